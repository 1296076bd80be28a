package dev.scoop.dedupe;

import io.vertx.core.json.JsonObject;

/**
 * Storage of finished results by canonical URL. The one seam between the cache logic and
 * where entries live (in memory here; shared data when clustered).
 */
public interface SeenStore {
  /** The stored result for {@code key}, or null when absent or expired. */
  JsonObject get(String key);

  /** Stores {@code result}, evicting as the store's bounds require. */
  void put(String key, JsonObject result);

  /** Counts for logs and job status: hits, misses, evictions, size. */
  JsonObject stats();
}
