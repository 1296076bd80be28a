package dev.scoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.FixtureServer;
import dev.scoop.extract.ArticleExtractor;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new ExtractCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void directoriesAreReadRecursivelyIncludingGzip(@TempDir Path dir) throws Exception {
    Path nested = Files.createDirectories(dir.resolve("a/b"));
    Files.write(dir.resolve("one.html"), FixtureServer.bytes("pages/seed-newser.html"));
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(nested.resolve("two.html.gz")))) {
      gz.write(FixtureServer.bytes("pages/seed-newser-nometa-cp1252.html"));
    }
    Files.writeString(dir.resolve("notes.txt"), "not html");
    assertEquals(0, run(dir.toString()));
    String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
    assertEquals(2, lines.length);
    JsonObject first = new JsonObject(lines[0]);
    assertEquals(nested.resolve("two.html.gz").toString(), first.getString("file"));
    assertEquals("South Korea May Relent on Selling Weapons to Ukraine", first.getString("title"));
    assertEquals(dir.resolve("one.html").toString(), new JsonObject(lines[1]).getString("file"));
  }

  @Test
  void textAndMarkdownFormats(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.html");
    Files.write(file, FixtureServer.bytes("pages/seed-newser.html"));
    assertEquals(0, run("--format", "text", file.toString()));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("South Korea is not taking North Korea"));
    out.reset();
    assertEquals(0, run("--format", "markdown", "--url", "https://www.newser.com/x", file.toString()));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("- **Context:**"));
  }

  @Test
  void aPageOfTooManyElementsFailsAloneAndTheOthersAreRead(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a.html"), FixtureServer.bytes("pages/seed-newser.html"));
    Files.writeString(dir.resolve("b.html"), "<p>x".repeat(ArticleExtractor.DEFAULT_MAX_ELEMENTS + 1));
    assertEquals(1, run(dir.toString()));
    assertEquals(1, out.toString(StandardCharsets.UTF_8).trim().split("\n").length, "a.html is still read");
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("b.html: the page has more than 100000 elements"), err.toString());
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertTrue(assertThrows(UsageException.class, () -> run()).getMessage().contains("at least one FILE"));
    assertTrue(assertThrows(UsageException.class, () -> run("--format", "pdf", "x")).getMessage().contains("--format"));
    assertTrue(assertThrows(UsageException.class, () -> run("/no/such/file.html")).getMessage().contains("no such file"));
    assertTrue(assertThrows(UsageException.class, () -> run("--bogus")).getMessage().contains("unknown option"));
  }
}
