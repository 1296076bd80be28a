package dev.scoop.pipeline;

/** A failure with its result code; the message is safe to show to clients. */
public final class ScrapeException extends RuntimeException {
  private final ErrorCode code;

  public ScrapeException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
