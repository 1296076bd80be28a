package dev.scoop.pipeline;

import java.util.Locale;

/**
 * Why a URL ended in {@code error}: the one list of machine-readable codes, documented in the
 * README. {@link #id()} is the code that appears in results.
 */
public enum ErrorCode {
  INVALID_URL,
  BLOCKED_ADDRESS,
  ROBOTS_DISALLOWED,
  DNS_FAILED,
  CONNECT_FAILED,
  FETCH_TIMEOUT,
  HTTP_STATUS,
  TOO_MANY_REDIRECTS,
  TOO_LARGE,
  UNSUPPORTED_CONTENT_TYPE,
  NO_CONTENT,
  EXTRACT_FAILED,
  OVERLOADED,
  TASK_TIMEOUT,
  /** The node stopped (SIGTERM) before the URL finished, within {@code jobs.shutdownGraceMs}. */
  SHUTDOWN,
  INTERNAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The code for {@code id}, or {@link #INTERNAL} for an unknown one. */
  public static ErrorCode fromId(String id) {
    for (ErrorCode c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    return INTERNAL;
  }
}
