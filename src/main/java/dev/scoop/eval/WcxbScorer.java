package dev.scoop.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WCXB score: lower-cased {@link Words#tokens} as bags, per-page precision, recall and F1
 * (an empty reference scores 1 only for an empty prediction), and the share of required
 * ({@code with}) and boilerplate ({@code without}) snippets found in the prediction.
 */
public final class WcxbScorer {
  private WcxbScorer() {}

  public static PageScore score(String id, String type, String reference, String predicted,
                                List<String> with, List<String> without) {
    String prediction = predicted == null ? "" : predicted;
    List<String> p = Words.tokens(prediction.toLowerCase(Locale.ROOT));
    List<String> r = Words.tokens(reference.toLowerCase(Locale.ROOT));
    double precision;
    double recall;
    double f1;
    if (r.isEmpty()) {
      precision = recall = f1 = p.isEmpty() ? 1 : 0;
    } else if (p.isEmpty()) {
      precision = recall = f1 = 0;
    } else {
      Map<String, Integer> pb = Words.bag(p);
      int hit = Words.overlap(pb, Words.bag(r));
      precision = (double) hit / p.size();
      recall = (double) hit / r.size();
      f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
    String low = prediction.toLowerCase(Locale.ROOT);
    return new PageScore(id, type, precision, recall, f1, false, rate(low, with), rate(low, without), true, true);
  }

  private static Double rate(String low, List<String> snippets) {
    if (snippets.isEmpty()) {
      return null;
    }
    int found = 0;
    for (String s : snippets) {
      if (low.contains(s.toLowerCase(Locale.ROOT))) {
        found++;
      }
    }
    return (double) found / snippets.size();
  }
}
