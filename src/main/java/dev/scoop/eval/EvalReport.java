package dev.scoop.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Aggregates page scores the way each benchmark does, and Scoop's own metadata scores (one per
 * page, in the same order) where the ground truth has metadata.
 */
public record EvalReport(Dataset.Kind kind, List<PageScore> pages, List<MetadataScorer.Score> metadata) {

  /** How many of the pages whose ground truth has a field got it right. */
  public record FieldRate(int matched, int pages) {
    public double rate() {
      return pages == 0 ? Double.NaN : (double) matched / pages;
    }
  }

  /** Title, author and date rates, in that order; all zero pages when the dataset has no metadata. */
  public List<FieldRate> metadataRates() {
    int[] matched = new int[3];
    int[] total = new int[3];
    for (MetadataScorer.Score s : metadata) {
      Boolean[] fields = {s.title(), s.author(), s.date()};
      for (int i = 0; i < 3; i++) {
        if (fields[i] != null) {
          total[i]++;
          matched[i] += fields[i] ? 1 : 0;
        }
      }
    }
    return List.of(new FieldRate(matched[0], total[0]), new FieldRate(matched[1], total[1]), new FieldRate(matched[2], total[2]));
  }

  /** The summary of a group of pages. */
  public record Summary(int pages, double precision, double recall, double f1, double accuracy, double with, double without) {}

  /** AEB: F1 of the mean precision and mean recall. WCXB: means of the per-page values. */
  public Summary summary(List<PageScore> group) {
    if (kind == Dataset.Kind.AEB) {
      double p = mean(group.stream().filter(PageScore::countsForPrecision).toList(), PageScore::precision);
      double r = mean(group.stream().filter(PageScore::countsForRecall).toList(), PageScore::recall);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Summary(group.size(), p, r, f1, mean(group, s -> s.exact() ? 1 : 0), Double.NaN, Double.NaN);
    }
    return new Summary(group.size(), mean(group, PageScore::precision), mean(group, PageScore::recall),
        mean(group, PageScore::f1), Double.NaN,
        mean(group.stream().filter(s -> s.with() != null).toList(), PageScore::with),
        mean(group.stream().filter(s -> s.without() != null).toList(), PageScore::without));
  }

  public Summary overall() {
    return summary(pages);
  }

  /** Summaries per page type, largest group first; "all" first of all. */
  public Map<String, Summary> byType() {
    Map<String, List<PageScore>> groups = new TreeMap<>();
    for (PageScore s : pages) {
      groups.computeIfAbsent(s.type(), k -> new ArrayList<>()).add(s);
    }
    Map<String, Summary> out = new LinkedHashMap<>();
    out.put("all", overall());
    if (groups.size() < 2) {
      return out;
    }
    groups.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, List<PageScore>> e) -> -e.getValue().size()))
        .forEach(e -> out.put(e.getKey(), summary(e.getValue())));
    return out;
  }

  public List<PageScore> worst(int n) {
    return pages.stream().sorted(Comparator.comparingDouble(PageScore::f1)).limit(n).toList();
  }

  private static double mean(List<PageScore> xs, ToDoubleFunction<PageScore> f) {
    return xs.isEmpty() ? Double.NaN : xs.stream().mapToDouble(f).average().orElse(Double.NaN);
  }
}
