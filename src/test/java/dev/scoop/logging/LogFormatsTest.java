package dev.scoop.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class LogFormatsTest {
  private static LogRecord record() {
    LogRecord r = new LogRecord(Level.WARNING, "scrape failed: \"boom\"\nsecond line");
    r.setLoggerName("dev.scoop.pipeline.ScrapeVerticle");
    r.setParameters(new Object[] {LogFields.task("job-1", "https://example.com/a").with("code", "internal")});
    r.setThrown(new IllegalStateException("cause"));
    return r;
  }

  @Test
  void jsonIsOneObjectPerLineWithTheTaskFields() {
    String line = new LogFormats.Json().format(record());
    assertEquals(1, line.strip().lines().count(), "one line, newlines escaped");
    JsonObject o = new JsonObject(line);
    assertEquals("WARNING", o.getString("level"));
    assertEquals("dev.scoop.pipeline.ScrapeVerticle", o.getString("logger"));
    assertEquals("scrape failed: \"boom\"\nsecond line", o.getString("message"));
    assertEquals("job-1", o.getString("jobId"));
    assertEquals("https://example.com/a", o.getString("url"));
    assertEquals("internal", o.getString("code"));
    assertTrue(o.getString("error").startsWith("java.lang.IllegalStateException: cause"));
    assertTrue(o.getString("time").endsWith("Z"));
  }

  @Test
  void textAppendsTheFieldsAsKeyValuePairs() {
    String line = new LogFormats.Text().format(record());
    assertTrue(line.contains("WARNING dev.scoop.pipeline.ScrapeVerticle: scrape failed"), line);
    assertTrue(line.contains("jobId=job-1 url=https://example.com/a code=internal"), line);
  }
}
