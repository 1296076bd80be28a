package dev.scoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final String P1 = "The city council voted on Tuesday to expand the bike lane network, adding forty kilometres of protected lanes over three years.";
  private static final String P2 = "Supporters said the plan would make cycling safer for children and older residents, while critics worried about parking.";
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private int run(String... args) {
    return new EvalCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  /** A two-page dataset laid out as WCXB is: ground-truth/ID.json beside html/ID.html. */
  private static Path wcxbDataset(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("ground-truth"));
    Files.createDirectories(dir.resolve("html"));
    Files.writeString(dir.resolve("html/0001.html"), "<html><head><title>Council expands bike lanes | City Paper</title></head><body>"
        + "<article><h1>Council expands bike lanes</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"
        + "<footer><p>Copyright 2024 City Paper. All rights reserved.</p></footer></body></html>");
    Files.writeString(dir.resolve("ground-truth/0001.json"), new JsonObject()
        .put("url", "https://news.example/bike-lanes")
        .put("_internal", new JsonObject().put("page_type", new JsonObject().put("primary", "article")))
        .put("ground_truth", new JsonObject().put("title", "Council expands bike lanes").put("main_content", P1 + "\n\n" + P2)
            .put("with", List.of("bike lane network")).put("without", List.of("All rights reserved")))
        .encode());
    String service = "We repair bicycles of every kind within two working days, with parts from our own shop and a free safety check.";
    Files.writeString(dir.resolve("html/0002.html"), "<html><body><main><h1>Bike repair</h1><p>" + service + "</p></main></body></html>");
    Files.writeString(dir.resolve("ground-truth/0002.json"), new JsonObject()
        .put("url", "https://shop.example/repair")
        .put("_internal", new JsonObject().put("page_type", new JsonObject().put("primary", "service")))
        .put("ground_truth", new JsonObject().put("title", "Bike repair").put("main_content", "Bike repair\n\n" + service))
        .encode());
    return dir;
  }

  @Test
  void printsScoresByTypeMetadataAndWorstPagesAndWritesPredictions(@TempDir Path dir) throws Exception {
    Path dataset = wcxbDataset(dir.resolve("wcxb"));
    Path predictions = dir.resolve("predictions.json");
    assertEquals(0, run(dataset.toString(), "--worst", "1", "--predictions", predictions.toString()));
    List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    assertTrue(lines.get(0).startsWith("all            pages    2  F1 0.9"), lines.toString());
    assertTrue(lines.contains("article        pages    1  F1 1.000  P 1.000  R 1.000  with 1.000  without 0.000"), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("service        pages    1  F1 0.9")), lines.toString());
    assertTrue(lines.contains("metadata       title 1.000 (2 pages)  author n/a (0 pages)  date n/a (0 pages)"), lines.toString());
    assertEquals("worst pages:", lines.get(lines.size() - 3), lines.toString());
    assertTrue(lines.get(lines.size() - 2).startsWith("  0002 "), "the worse page only: " + lines);
    assertEquals(P1 + "\n" + P2, new JsonObject(Files.readString(predictions)).getString("0001"));
  }

  @Test
  void badArgumentsAreUsageErrorsNamingTheProblem(@TempDir Path dir) throws Exception {
    assertTrue(assertThrows(UsageException.class, this::run).getMessage().contains("DATASET_DIR"));
    assertTrue(assertThrows(UsageException.class, () -> run(dir.resolve("missing").toString())).getMessage().contains("not a directory"));
    assertTrue(assertThrows(UsageException.class, () -> run(dir.toString())).getMessage().contains("is not a dataset"));
    Path dataset = wcxbDataset(dir.resolve("wcxb"));
    assertTrue(assertThrows(UsageException.class, () -> run(dataset.toString(), "--worst", "-1")).getMessage().contains("--worst"));
    assertTrue(assertThrows(UsageException.class, () -> run(dataset.toString(), "--predictions")).getMessage().contains("--predictions"));
    assertTrue(assertThrows(UsageException.class, () -> run(dataset.toString(), "--bogus")).getMessage().contains("--bogus"));
    assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing is printed for bad input");
  }
}
