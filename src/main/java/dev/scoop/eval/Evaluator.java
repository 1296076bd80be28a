package dev.scoop.eval;

import dev.scoop.extract.Article;
import dev.scoop.extract.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/** Runs the extractor over a dataset (in parallel: one shared, thread-safe extractor) and scores it. */
public final class Evaluator {
  private final ArticleExtractor extractor = new ArticleExtractor();

  /** Extracted text per page id, then the scores. */
  public EvalReport evaluate(Dataset dataset, Map<String, String> predictions) {
    Map<String, String> texts = predictions == null ? new ConcurrentHashMap<>() : predictions;
    dataset.pages().parallelStream().forEach(page -> texts.put(page.id(), extract(page)));
    List<PageScore> scores = new ArrayList<>();
    for (Dataset.Page page : dataset.pages()) {
      String text = texts.get(page.id());
      scores.add(dataset.kind() == Dataset.Kind.AEB
          ? AebScorer.score(page.id(), page.truth(), text)
          : WcxbScorer.score(page.id(), page.type(), page.truth(), text, page.with(), page.without()));
    }
    return new EvalReport(dataset.kind(), scores);
  }

  private String extract(Dataset.Page page) {
    Article a = extractor.extract(read(page.html()), null, page.url());
    return a.text();
  }

  static byte[] read(Path file) {
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
