package dev.scoop.cli;

import dev.scoop.eval.Dataset;
import dev.scoop.eval.EvalReport;
import dev.scoop.eval.Evaluator;
import dev.scoop.eval.PageScore;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code eval DATASET_DIR [--worst N] [--predictions FILE]}: extracts every page of an AEB or
 * WCXB dataset and prints precision, recall, F1 and accuracy computed as that benchmark does,
 * per page type, then the worst pages. {@code --predictions} writes the extracted texts in the
 * benchmark's own prediction format, for its Python scorer.
 */
public final class EvalCommand {
  public int run(List<String> args, PrintStream out) {
    Path dir = null;
    int worst = 10;
    Path predictionsFile = null;
    for (int i = 0; i < args.size(); i++) {
      switch (args.get(i)) {
        case "--worst":
          worst = parseCount(i + 1 < args.size() ? args.get(++i) : null);
          break;
        case "--predictions":
          if (i + 1 >= args.size()) {
            throw new UsageException("--predictions needs a file");
          }
          predictionsFile = Path.of(args.get(++i));
          break;
        default:
          if (args.get(i).startsWith("--") || dir != null) {
            throw new UsageException("eval: unexpected argument '" + args.get(i) + "'");
          }
          dir = Path.of(args.get(i));
      }
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("eval needs a DATASET_DIR" + (dir == null ? "" : "; not a directory: " + dir));
    }
    Dataset dataset = Dataset.load(dir);
    Map<String, String> predictions = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    EvalReport report = new Evaluator().evaluate(dataset, predictions);
    double seconds = (System.nanoTime() - start) / 1e9;
    print(report, worst, out);
    out.printf("%d pages in %.1f s%n", dataset.pages().size(), seconds);
    if (predictionsFile != null) {
      writePredictions(dataset.kind(), predictions, predictionsFile);
    }
    return 0;
  }

  private static void print(EvalReport report, int worst, PrintStream out) {
    for (Map.Entry<String, EvalReport.Summary> e : report.byType().entrySet()) {
      EvalReport.Summary s = e.getValue();
      if (report.kind() == Dataset.Kind.AEB) {
        out.printf("%-14s pages %4d  F1 %.4f  P %.4f  R %.4f  accuracy %.4f%n", e.getKey(), s.pages(), s.f1(),
            s.precision(), s.recall(), s.accuracy());
      } else {
        out.printf("%-14s pages %4d  F1 %.3f  P %.3f  R %.3f  with %.3f  without %.3f%n", e.getKey(), s.pages(),
            s.f1(), s.precision(), s.recall(), s.with(), s.without());
      }
    }
    List<EvalReport.FieldRate> meta = report.metadataRates();
    if (meta.stream().anyMatch(r -> r.pages() > 0)) {
      // Scoop's own measure: neither benchmark scores metadata (see MetadataScorer)
      out.println("metadata       " + field("title", meta.get(0)) + "  " + field("author", meta.get(1)) + "  " + field("date", meta.get(2)));
    }
    out.println("worst pages:");
    for (PageScore p : report.worst(worst)) {
      out.printf("  %-66s %-13s F1 %.3f  P %.3f  R %.3f%n", p.id(), p.type(), p.f1(), p.precision(), p.recall());
    }
  }

  /** A field's rate, or "n/a" where no page's ground truth has the field (a sample may keep titles only). */
  private static String field(String name, EvalReport.FieldRate rate) {
    return rate.pages() == 0 ? name + " n/a (0 pages)" : String.format(Locale.ROOT, "%s %.3f (%d pages)", name, rate.rate(), rate.pages());
  }

  private static void writePredictions(Dataset.Kind kind, Map<String, String> texts, Path file) {
    JsonObject json = new JsonObject();
    new TreeMap<>(texts).forEach((id, text) ->
        json.put(id, kind == Dataset.Kind.AEB ? new JsonObject().put("articleBody", text) : text));
    try {
      Files.writeString(file, json.encode());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int parseCount(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException | NullPointerException e) {
      // reported below
    }
    throw new UsageException("--worst needs a non-negative number");
  }
}
