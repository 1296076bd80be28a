package dev.scoop.bench;

import dev.scoop.extract.ArticleExtractor;
import dev.scoop.extract.HtmlDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction time per page on the AEB pages, against the baseline of jsoup alone parsing the
 * same page and taking its body text, and against Readability4J (Mozilla Readability's port). Pages are decoded to strings up front, so both sides
 * start from the same input. One operation = one pass over all pages; scores are per page.
 *
 * <pre>
 * mvn -B -Pjmh package -DskipTests
 * java -jar target/benchmarks.jar ExtractionBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExtractionBenchmark {
  static final int PAGES = 181;

  @Param("src/test/resources/datasets/aeb/html")
  public String dir;

  private final ArticleExtractor extractor = new ArticleExtractor();
  private List<String> pages;

  @Setup
  public void load() throws IOException {
    pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      for (Path f : files.sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          pages.add(HtmlDecoder.decode(in.readAllBytes(), null));
        }
      }
    }
    if (pages.size() != PAGES) {
      throw new IllegalStateException("expected " + PAGES + " pages in " + dir + ", found " + pages.size());
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAGES)
  public void jsoupParseAndBodyText(Blackhole bh) {
    for (String html : pages) {
      bh.consume(Jsoup.parse(html, "https://example.com/").body().text());
    }
  }

  /** Mozilla Readability's JVM port on the same pages, for comparison (its text only, no renderings). */
  @Benchmark
  @OperationsPerInvocation(PAGES)
  public void readability4j(Blackhole bh) {
    for (String html : pages) {
      bh.consume(new Readability4J("https://example.com/", html).parse().getTextContent());
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAGES)
  public void scoopExtract(Blackhole bh) {
    for (String html : pages) {
      bh.consume(extractor.extract(html, "https://example.com/"));
    }
  }
}
