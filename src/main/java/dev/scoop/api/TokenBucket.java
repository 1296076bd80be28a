package dev.scoop.api;

/**
 * A token bucket: {@code capacity} tokens, refilled continuously at {@code perSecond}.
 * Taking more than is there takes nothing and says how long until there would be enough.
 * Not thread-safe: each client's buckets are used on one event loop.
 */
final class TokenBucket {
  private final double capacity;
  private final double perMs;
  private double tokens;
  private long updatedAt;

  TokenBucket(double capacity, double perSecond, long now) {
    this.capacity = capacity;
    this.perMs = perSecond / 1000.0;
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** Takes {@code n} tokens and returns 0, or returns the ms to wait until {@code n} are there (never for n > capacity: -1). */
  long take(int n, long now) {
    tokens = Math.min(capacity, tokens + (now - updatedAt) * perMs);
    updatedAt = now;
    if (n > capacity) {
      return -1;
    }
    if (tokens >= n) {
      tokens -= n;
      return 0;
    }
    return (long) Math.ceil((n - tokens) / perMs);
  }
}
