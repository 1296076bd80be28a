package dev.scoop.logging;

import dev.scoop.config.ScoopConfig;
import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The process's log output (java.util.logging, to stderr): {@code log.format} "text", one
 * readable line per record, or "json", one JSON object per line with {@code time},
 * {@code level}, {@code logger}, {@code thread}, {@code message}, the record's
 * {@link LogFields} and any {@code error}. Hazelcast and Vert.x log through the same handler.
 */
public final class LogFormats {
  /**
   * Vert.x registers some of its event-bus gauges twice; Micrometer warns on every start and keeps
   * the first, which is right. Held here: java.util.logging keeps loggers only weakly.
   */
  private static final Logger MICROMETER = Logger.getLogger("io.micrometer.core.instrument.MeterRegistry");

  private LogFormats() {}

  public static void install(ScoopConfig.Log log) {
    Logger root = Logger.getLogger("");
    for (Handler h : root.getHandlers()) {
      root.removeHandler(h);
    }
    ConsoleHandler handler = new ConsoleHandler();
    handler.setLevel(Level.ALL);
    handler.setFormatter(log.format().equals("json") ? new Json() : new Text());
    root.addHandler(handler);
    root.setLevel(Level.parse(log.level()));
    MICROMETER.setLevel(Level.SEVERE);
  }

  /** {@code 2026-11-28T12:00:00.000Z INFO dev.scoop.Foo: message jobId=... url=...} */
  static final class Text extends Formatter {
    @Override
    public String format(LogRecord r) {
      StringBuilder line = new StringBuilder().append(Instant.ofEpochMilli(r.getMillis())).append(' ')
          .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ").append(formatMessage(r));
      LogFields.of(r.getParameters()).values().forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
      if (r.getThrown() != null) {
        line.append('\n').append(stackTrace(r.getThrown()));
      }
      return line.append('\n').toString();
    }
  }

  static final class Json extends Formatter {
    @Override
    public String format(LogRecord r) {
      JsonObject line = new JsonObject()
          .put("time", Instant.ofEpochMilli(r.getMillis()).toString())
          .put("level", r.getLevel().getName())
          .put("logger", r.getLoggerName())
          .put("thread", Thread.currentThread().getName())
          .put("message", formatMessage(r));
      LogFields.of(r.getParameters()).values().forEach((k, v) -> line.put(k, v == null ? null : String.valueOf(v)));
      if (r.getThrown() != null) {
        line.put("error", stackTrace(r.getThrown()));
      }
      return line.encode() + "\n";
    }
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString().strip();
  }
}
