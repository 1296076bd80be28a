package dev.scoop.dedupe;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * In-memory LRU index with a time-to-live. At {@code maxEntries} the least recently used entry
 * is evicted; entries older than {@code ttlMs} read as absent and are dropped. Every entry
 * that leaves is reported to {@code onRemove}, so the stores that hang off it (articles,
 * fingerprints) stay bounded by it. Not thread-safe: used from the cache verticle only.
 */
public final class LocalSeenStore implements SeenStore {
  private final int maxEntries;
  private final long ttlMs;
  private final LongSupplier clock;
  private final Consumer<UrlKey> onRemove;
  private final LinkedHashMap<UrlKey, Seen> entries;
  private long evictions;
  private long expired;

  public LocalSeenStore(int maxEntries, long ttlMs, LongSupplier clock, Consumer<UrlKey> onRemove) {
    this.maxEntries = maxEntries;
    this.ttlMs = ttlMs;
    this.clock = clock;
    this.onRemove = onRemove;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<UrlKey, Seen> eldest) {
        boolean evict = size() > LocalSeenStore.this.maxEntries;
        if (evict) {
          evictions++;
          onRemove.accept(eldest.getKey());
        }
        return evict;
      }
    };
  }

  @Override
  public Seen get(UrlKey key) {
    return live(key);
  }

  @Override
  public boolean contains(UrlKey key) {
    return live(key) != null;
  }

  @Override
  public void put(UrlKey key, Seen seen) {
    entries.put(key, seen);
  }

  @Override
  public JsonObject stats() {
    return new JsonObject().put("evictions", evictions)
        .put("expired", expired).put("size", entries.size());
  }

  private Seen live(UrlKey key) {
    Seen seen = entries.get(key);
    if (seen != null && clock.getAsLong() - seen.storedAt() >= ttlMs) {
      entries.remove(key);
      expired++;
      onRemove.accept(key);
      return null;
    }
    return seen;
  }
}
