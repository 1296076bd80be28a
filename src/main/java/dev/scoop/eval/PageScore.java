package dev.scoop.eval;

/**
 * One page's score: precision, recall, F1 as the benchmark defines them per page; {@code exact}
 * for AEB's accuracy; {@code with}/{@code without} snippet rates for WCXB (null when the page
 * has no such snippets). {@code countsForPrecision}/{@code countsForRecall} follow AEB's rule
 * of leaving out pages where the measure is undefined.
 */
public record PageScore(String id, String type, double precision, double recall, double f1, boolean exact,
                        Double with, Double without, boolean countsForPrecision, boolean countsForRecall) {}
