package dev.scoop.fetch;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
final class RetryAfter {
  private RetryAfter() {}

  /** The delay in milliseconds from now, or null when absent or unreadable. */
  static Long millis(String header, long nowMillis) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String h = header.trim();
    if (h.matches("\\d{1,9}")) {
      return Long.parseLong(h) * 1000;
    }
    try {
      long at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
      return Math.max(0, at - nowMillis);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
