package dev.scoop.pipeline;

import java.util.Locale;

/**
 * Why a URL ended in {@code error}: the one list of machine-readable codes, documented in the
 * README. {@link #id()} is the code that appears in results.
 */
public enum ErrorCode {
  INVALID_URL("the URL is not an absolute http(s) URL"),
  BLOCKED_ADDRESS("the host resolves to a non-public address"),
  ROBOTS_DISALLOWED("robots.txt disallows this URL"),
  DNS_FAILED("the host name does not resolve"),
  CONNECT_FAILED("the connection failed or was reset"),
  FETCH_TIMEOUT("the server was too slow"),
  HTTP_STATUS("the server answered with a non-success status"),
  TOO_MANY_REDIRECTS("too many redirects, or a redirect loop"),
  TOO_LARGE("the body exceeds the size limit"),
  UNSUPPORTED_CONTENT_TYPE("the response is not HTML"),
  NO_CONTENT("the page has no main content"),
  EXTRACT_FAILED("the page could not be parsed"),
  OVERLOADED("too much work is queued for this host or node"),
  TASK_TIMEOUT("the task did not finish within jobs.taskTimeoutMs"),
  INTERNAL("an unexpected internal failure");

  private final String description;

  ErrorCode(String description) {
    this.description = description;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
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
