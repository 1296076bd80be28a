package dev.scoop.pipeline;

/**
 * A failure with its result code; the message is safe to show to clients. For
 * {@link ErrorCode#HTTP_STATUS} it carries the status and, when the server sent one, the
 * Retry-After delay.
 */
public final class ScrapeException extends RuntimeException {
  private final ErrorCode code;
  private final Integer httpStatus;
  private final Long retryAfterMs;

  public ScrapeException(ErrorCode code, String message) {
    this(code, message, null, null);
  }

  public ScrapeException(ErrorCode code, String message, Integer httpStatus, Long retryAfterMs) {
    super(message, null, false, false);
    this.code = code;
    this.httpStatus = httpStatus;
    this.retryAfterMs = retryAfterMs;
  }

  public ErrorCode code() {
    return code;
  }

  /** The HTTP status of an {@code http_status} failure, else null. */
  public Integer httpStatus() {
    return httpStatus;
  }

  /** The server's Retry-After in milliseconds, else null. */
  public Long retryAfterMs() {
    return retryAfterMs;
  }
}
