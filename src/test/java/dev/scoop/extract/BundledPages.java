package dev.scoop.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The benchmark pages bundled with the tests ({@code src/test/resources/datasets/NAME/html}, gzipped). */
public final class BundledPages {
  private static final Path DATASETS = Path.of("src/test/resources/datasets");

  private BundledPages() {}

  /** The page files of {@code dataset} ("aeb", "wcxb-sample"), in name order. */
  public static List<Path> files(String dataset) {
    try (Stream<Path> files = Files.list(DATASETS.resolve(dataset).resolve("html"))) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page's bytes, as served. */
  public static byte[] bytes(Path page) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page's text, decoded as the extractor decodes it. */
  public static String html(Path page) {
    return HtmlDecoder.decode(bytes(page), null);
  }
}
