package dev.scoop.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Named values that go with a log line (which job, which URL), kept apart from the message so
 * that the JSON format gives each its own field and the text format appends them as
 * {@code key=value}. Never for article bodies or tokens.
 */
public record LogFields(Map<String, Object> values) {

  /** The fields of one task of a job. */
  public static LogFields task(String jobId, String url) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("jobId", jobId);
    values.put("url", url);
    return new LogFields(values);
  }

  public LogFields with(String key, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(values);
    more.put(key, value);
    return new LogFields(more);
  }

  /** Logs {@code message} with these fields. */
  public void log(Logger logger, Level level, String message) {
    if (logger.isLoggable(level)) {
      logger.log(level, message, this);
    }
  }

  /** The fields of a log record, or none. */
  static LogFields of(Object[] parameters) {
    return parameters != null && parameters.length > 0 && parameters[0] instanceof LogFields
        ? (LogFields) parameters[0] : new LogFields(Map.of());
  }
}
