package dev.scoop.fetch;

import dev.scoop.pipeline.ErrorCode;
import dev.scoop.pipeline.ScrapeException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed fetch is tried again: network failures, timeouts, 5xx, 408 and 429, at most
 * {@code maxRetries} times, after {@code baseDelayMs × 2^attempt} with ±50 % jitter, or after
 * the server's Retry-After when it sent one (up to {@code maxRetryAfterMs}; a longer wait
 * is not retried). Other 4xx and every policy failure (robots, blocked, too large...) are
 * final. Immutable.
 */
final class RetryPolicy {
  static final long NO_RETRY = -1;
  private final int maxRetries;
  private final long baseDelayMs;
  private final long maxRetryAfterMs;

  RetryPolicy(int maxRetries, long baseDelayMs, long maxRetryAfterMs) {
    this.maxRetries = maxRetries;
    this.baseDelayMs = baseDelayMs;
    this.maxRetryAfterMs = maxRetryAfterMs;
  }

  /** Milliseconds to wait before attempt {@code attempt + 1}, or {@link #NO_RETRY}. */
  long delay(ScrapeException failure, int attempt) {
    if (attempt >= maxRetries || !retryable(failure)) {
      return NO_RETRY;
    }
    Long retryAfter = failure.retryAfterMs();
    if (retryAfter != null) {
      return retryAfter <= maxRetryAfterMs ? retryAfter : NO_RETRY;
    }
    double jitter = 0.5 + ThreadLocalRandom.current().nextDouble();
    return (long) (baseDelayMs * (1L << Math.min(attempt, 20)) * jitter);
  }

  /** How long the host should rest after this failure (its Retry-After, capped), or 0. */
  long hostPause(ScrapeException failure) {
    Long retryAfter = failure.retryAfterMs();
    return retryAfter == null ? 0 : Math.min(retryAfter, maxRetryAfterMs);
  }

  static boolean retryable(ScrapeException e) {
    if (e.code() == ErrorCode.CONNECT_FAILED || e.code() == ErrorCode.FETCH_TIMEOUT) {
      return true;
    }
    Integer status = e.httpStatus();
    return e.code() == ErrorCode.HTTP_STATUS && status != null && (status >= 500 || status == 408 || status == 429);
  }
}
