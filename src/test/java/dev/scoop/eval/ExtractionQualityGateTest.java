package dev.scoop.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The regression gate: extraction quality on the bundled benchmark pages must not fall below
 * the pinned floors. Raise a floor when the extractor improves; never lower one to make a
 * change pass. Measured when last pinned: AEB F1 0.9823, precision 0.9799, recall 0.9848,
 * accuracy 0.5193; WCXB sample F1 0.8258, articles 0.979, without 0.043. (Taking the page-wide
 * content of non-article pages raised the sample's F1 from 0.630 and its boilerplate rate from
 * 0.031, to 0.052 then: a deliberate trade; later rules brought it to 0.043, and keeping the
 * listings' linked headlines and excerpts to 0.047; widening off articles to sections adding a
 * tenth more prose took it to 0.0501, and a shop notice rule back to 0.048; shop, listing and
 * call-to-action labels to 0.044.)
 */
class ExtractionQualityGateTest {
  private static final Path DATASETS = Path.of("src/test/resources/datasets");

  @Test
  void articleExtractionBenchmark() {
    EvalReport.Summary s = new Evaluator().evaluate(Dataset.load(DATASETS.resolve("aeb")), null).overall();
    assertAll(
        () -> assertTrue(s.f1() >= 0.982, "AEB F1 " + s.f1()),
        () -> assertTrue(s.precision() >= 0.979, "AEB precision " + s.precision()),
        () -> assertTrue(s.recall() >= 0.984, "AEB recall " + s.recall()),
        () -> assertTrue(s.accuracy() >= 0.51, "AEB accuracy " + s.accuracy()));
  }

  @Test
  void webContentBenchmarkSample() {
    EvalReport report = new Evaluator().evaluate(Dataset.load(DATASETS.resolve("wcxb-sample")), null);
    EvalReport.Summary all = report.overall();
    EvalReport.Summary articles = report.byType().get("article");
    assertAll(
        () -> assertTrue(all.f1() >= 0.825, "WCXB sample F1 " + all.f1()),
        () -> assertTrue(articles.f1() >= 0.97, "WCXB sample article F1 " + articles.f1()),
        () -> assertTrue(all.without() <= 0.05, "WCXB sample boilerplate rate " + all.without()));
  }
}
