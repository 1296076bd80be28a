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
  // a benchmark's pages are trusted and all must be scored: no element bound
  private final ArticleExtractor extractor = new ArticleExtractor(Integer.MAX_VALUE);

  /** Extracted text per page id, then the scores. */
  public EvalReport evaluate(Dataset dataset, Map<String, String> predictions) {
    Map<String, String> texts = predictions == null ? new ConcurrentHashMap<>() : predictions;
    Map<String, MetadataScorer.Score> metadata = new ConcurrentHashMap<>();
    dataset.pages().parallelStream().forEach(page -> {
      Article a = extractor.extract(read(page.html()), null, page.url());
      texts.put(page.id(), a.text());
      metadata.put(page.id(), MetadataScorer.score(page.metadata(), a));
    });
    List<PageScore> scores = new ArrayList<>();
    List<MetadataScorer.Score> metadataScores = new ArrayList<>();
    for (Dataset.Page page : dataset.pages()) {
      String text = texts.get(page.id());
      scores.add(dataset.kind() == Dataset.Kind.AEB
          ? AebScorer.score(page.id(), page.truth(), text)
          : WcxbScorer.score(page.id(), page.type(), page.truth(), text, page.with(), page.without()));
      metadataScores.add(metadata.get(page.id()));
    }
    return new EvalReport(dataset.kind(), scores, metadataScores);
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
