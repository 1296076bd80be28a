// Extraction time per page over every page of one or more dataset folders: mean, median, 99th
// percentile and the slowest pages (the JMH benchmark gives the mean over the AEB pages only).
//
//   mvn -B -q package -DskipTests
//   java -Xmx4g -cp target/scoop.jar bench/ExtractionLatency.java ../shared/datasets/aeb/html ../shared/datasets/wcxb-dev/html
//
// Pages are decoded up front; two warm-up rounds over all pages, then each page is timed over
// three extractions, on one thread, with a base URL so that links are resolved.
import dev.scoop.extract.ArticleExtractor;
import dev.scoop.extract.HtmlDecoder;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

public class ExtractionLatency {
  private static final String BASE = "https://www.example.com/news/2026/11/story.html";
  private static final int ROUNDS = 3;

  record Page(String name, String html) {}

  record Timing(String name, int chars, double millis) {}

  public static void main(String[] args) throws Exception {
    List<Page> pages = new ArrayList<>();
    for (String dir : args) {
      try (var files = Files.list(Path.of(dir))) {
        for (Path f : files.sorted().toList()) {
          byte[] bytes = Files.readAllBytes(f);
          if (f.toString().endsWith(".gz")) {
            bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
          }
          pages.add(new Page(f.getFileName().toString(), HtmlDecoder.decode(bytes, null)));
        }
      }
    }
    ArticleExtractor extractor = new ArticleExtractor();
    for (int warmUp = 0; warmUp < 2; warmUp++) {
      pages.forEach(p -> extractor.extract(p.html(), BASE));
    }
    List<Timing> timings = new ArrayList<>();
    for (Page p : pages) {
      long start = System.nanoTime();
      for (int i = 0; i < ROUNDS; i++) {
        extractor.extract(p.html(), BASE);
      }
      timings.add(new Timing(p.name(), p.html().length(), (System.nanoTime() - start) / 1e6 / ROUNDS));
    }
    timings.sort(Comparator.comparingDouble(Timing::millis));
    double mean = timings.stream().mapToDouble(Timing::millis).average().orElse(0);
    System.out.printf("%d pages: mean %.2f ms, median %.2f ms, p99 %.1f ms, max %.1f ms%n", timings.size(), mean,
        timings.get(timings.size() / 2).millis(), timings.get((int) (timings.size() * 0.99)).millis(), timings.get(timings.size() - 1).millis());
    System.out.println("slowest:");
    for (int i = timings.size() - 1; i >= Math.max(0, timings.size() - 5); i--) {
      Timing t = timings.get(i);
      System.out.printf("  %6.1f ms  %s  (%,d characters)%n", t.millis(), t.name(), t.chars());
    }
  }
}
