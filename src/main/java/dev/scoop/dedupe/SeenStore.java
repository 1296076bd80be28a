package dev.scoop.dedupe;

import io.vertx.core.json.JsonObject;

/**
 * The seen-URL index by canonical URL key: the one seam between the cache logic and where
 * entries live (in memory here; shared data when clustered). Bounded: implementations evict
 * beyond their size limit and expire entries after their time-to-live.
 */
public interface SeenStore {
  /** The entry for {@code key}, or null when absent or expired. */
  Seen get(UrlKey key);

  /** Whether {@code key} has a live entry. */
  boolean contains(UrlKey key);

  /** Stores an entry, evicting the least recently used beyond the limit. */
  void put(UrlKey key, Seen seen);

  /** Counts for logs and job status: evictions, expired, size. */
  JsonObject stats();
}
