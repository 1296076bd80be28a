package dev.scoop.eval;

import dev.scoop.cli.UsageException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benchmark on disk: AEB ({@code ground-truth.json} + {@code html/KEY.html.gz}) or WCXB
 * ({@code ground-truth/ID.json} + {@code html/ID.html.gz}).
 */
public record Dataset(Kind kind, List<Page> pages) {
  public enum Kind { AEB, WCXB }

  /**
   * One page with its reference text; {@code with}/{@code without} are empty for AEB, and so is
   * the expected metadata (AEB has none).
   */
  public record Page(String id, Path html, String url, String type, String truth, List<String> with, List<String> without,
                     MetadataScorer.Expected metadata) {}

  public static Dataset load(Path dir) {
    try {
      if (Files.isRegularFile(dir.resolve("ground-truth.json"))) {
        return aeb(dir);
      }
      if (Files.isDirectory(dir.resolve("ground-truth"))) {
        return wcxb(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new UsageException(dir + " is not a dataset: expected ground-truth.json (AEB) or ground-truth/ (WCXB) next to html/");
  }

  private static Dataset aeb(Path dir) throws IOException {
    JsonObject truth = new JsonObject(Files.readString(dir.resolve("ground-truth.json")));
    List<Page> pages = new ArrayList<>();
    for (String key : truth.fieldNames().stream().sorted().toList()) {
      JsonObject gt = truth.getJsonObject(key);
      pages.add(new Page(key, html(dir, key), gt.getString("url"), "article", gt.getString("articleBody", ""), List.of(), List.of(),
          MetadataScorer.Expected.NONE));
    }
    return new Dataset(Kind.AEB, pages);
  }

  private static Dataset wcxb(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String id = f.getFileName().toString().replace(".json", "");
        JsonObject d = new JsonObject(Files.readString(f));
        JsonObject gt = d.getJsonObject("ground_truth", new JsonObject());
        Object pt = d.getJsonObject("_internal", new JsonObject()).getValue("page_type");
        String type = pt instanceof JsonObject ? ((JsonObject) pt).getString("primary", "article")
            : pt instanceof String ? (String) pt : "article";
        pages.add(new Page(id, html(dir, id), d.getString("url"), type.equals("category") ? "collection" : type,
            gt.getString("main_content", ""), strings(gt.getJsonArray("with")), strings(gt.getJsonArray("without")),
            new MetadataScorer.Expected(text(gt, "title"), text(gt, "author"), text(gt, "publish_date"))));
      }
    }
    return new Dataset(Kind.WCXB, pages);
  }

  private static Path html(Path dir, String id) {
    Path gz = dir.resolve("html").resolve(id + ".html.gz");
    return Files.exists(gz) ? gz : dir.resolve("html").resolve(id + ".html");
  }

  /** A string field, or null when absent, null or not a string. */
  private static String text(JsonObject o, String key) {
    Object v = o.getValue(key);
    return v instanceof String ? (String) v : null;
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(o -> out.add(String.valueOf(o)));
    }
    return out;
  }
}
