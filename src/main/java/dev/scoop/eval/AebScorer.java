package dev.scoop.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction-benchmark score: 4-word shingles of {@link Words#tokens}, per-page
 * TP/FP/FN normalised to sum 1, precision and recall averaged over the pages where each is
 * defined, F1 from the two averages, accuracy = exact token-sequence match.
 */
public final class AebScorer {
  private static final int SHINGLE = 4;

  private AebScorer() {}

  public static PageScore score(String id, String truth, String predicted) {
    List<String> t = Words.tokens(truth);
    List<String> p = Words.tokens(predicted);
    Map<List<String>, Integer> a = Words.bag(shingles(t));
    Map<List<String>, Integer> b = Words.bag(shingles(p));
    int common = Words.overlap(a, b);
    int fpCount = Words.size(b) - common;
    int fnCount = Words.size(a) - common;
    double sum = common + fpCount + fnCount;
    double tp = sum == 0 ? 0 : common / sum;
    double fp = sum == 0 ? 0 : fpCount / sum;
    double fn = sum == 0 ? 0 : fnCount / sum;
    double precision = fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    double recall = fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new PageScore(id, "article", precision, recall, f1, t.equals(p), null, null, tp + fp > 0, tp + fn > 0);
  }

  /** Python's {@code range(max(1, n - 3))} with non-empty slices: short texts give one short shingle. */
  static List<List<String>> shingles(List<String> tokens) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
      List<String> s = tokens.subList(Math.min(i, tokens.size()), Math.min(i + SHINGLE, tokens.size()));
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
