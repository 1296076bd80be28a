package dev.scoop.cli;

import dev.scoop.extract.Article;
import dev.scoop.extract.ArticleExtractor;
import dev.scoop.extract.PageTooLargeException;
import dev.scoop.pipeline.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code extract [--url URL] [--format json|text|markdown] FILE|DIR...}: extracts local
 * {@code .html} and {@code .html.gz} files (directories recursively, in name order).
 * JSON prints one Article per line with a {@code file} field naming its input.
 */
public final class ExtractCommand {
  /** Refuse files larger than this: the same bound the fetcher applies to pages. */
  private static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
  private final ArticleExtractor extractor = new ArticleExtractor();

  public int run(List<String> args, PrintStream out, PrintStream err) {
    String url = null;
    String format = "json";
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--url")) {
        url = value(args, ++i, "--url");
      } else if (arg.equals("--format")) {
        format = value(args, ++i, "--format");
        if (!List.of("json", "text", "markdown").contains(format)) {
          throw new UsageException("--format must be json, text or markdown, not '" + format + "'");
        }
      } else if (arg.startsWith("--")) {
        throw new UsageException("unknown option " + arg);
      } else {
        Path p = Path.of(arg);
        if (!Files.exists(p)) {
          throw new UsageException("no such file or directory: " + arg);
        }
        inputs.add(p);
      }
    }
    if (inputs.isEmpty()) {
      throw new UsageException("extract needs at least one FILE or DIR");
    }
    int failures = 0;
    for (Path file : expand(inputs)) {
      try {
        Article a = extractor.extract(read(file), null, url);
        out.println(render(a, format, file));
      } catch (IOException | UncheckedIOException e) {
        err.println("scoop: cannot read " + file + ": " + e.getMessage());
        failures++;
      } catch (PageTooLargeException e) {
        err.println("scoop: " + file + ": " + e.getMessage());
        failures++;
      }
    }
    return failures == 0 ? 0 : 1;
  }

  private static String render(Article a, String format, Path file) {
    switch (format) {
      case "text": return a.text();
      case "markdown": return a.markdown();
      default: return ArticleJson.toJson(a).put("file", file.toString()).encode();
    }
  }

  private static List<Path> expand(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(ExtractCommand::isHtml).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  private static boolean isHtml(Path p) {
    String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
  }

  /** Reads a file, gunzipping {@code .gz}; at most {@link #MAX_FILE_BYTES} after decompression. */
  static byte[] read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        throw new IOException("larger than " + MAX_FILE_BYTES + " bytes");
      }
      return bytes;
    }
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }
}
