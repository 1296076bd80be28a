package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One extractor shared by many threads gives exactly what it gives one thread at a time. */
class SharedExtractorTest {
  private static final int PAGES = 60;
  private static final int THREADS = 4;

  @Test
  void concurrentExtractionsEqualSequentialOnes() throws Exception {
    List<byte[]> pages = pages();
    ArticleExtractor shared = new ArticleExtractor();
    List<Article> sequential = new ArrayList<>();
    for (byte[] page : pages) {
      sequential.add(shared.extract(page, null, "https://news.example/a"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < 2; round++) {
        List<Future<Article>> concurrent = new ArrayList<>();
        for (byte[] page : pages) {
          concurrent.add(pool.submit(() -> shared.extract(page, null, "https://news.example/a")));
        }
        for (int i = 0; i < pages.size(); i++) {
          assertEquals(sequential.get(i), concurrent.get(i).get(), "page " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<byte[]> pages() {
    return BundledPages.files("aeb").stream().limit(PAGES).map(BundledPages::bytes).toList();
  }
}
