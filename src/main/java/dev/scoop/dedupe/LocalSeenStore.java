package dev.scoop.dedupe;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * In-memory LRU store with a time-to-live. At {@code maxEntries} the least recently used entry
 * is evicted; entries older than {@code ttlMs} read as absent and are dropped. Not thread-safe:
 * used from the cache verticle's event loop only.
 */
public final class LocalSeenStore implements SeenStore {
  private final int maxEntries;
  private final long ttlMs;
  private final LongSupplier clock;
  private final LinkedHashMap<String, Entry> entries;
  private long hits;
  private long misses;
  private long evictions;

  private record Entry(JsonObject result, long storedAt) {}

  public LocalSeenStore(int maxEntries, long ttlMs, LongSupplier clock) {
    this.maxEntries = maxEntries;
    this.ttlMs = ttlMs;
    this.clock = clock;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        boolean evict = size() > LocalSeenStore.this.maxEntries;
        if (evict) {
          evictions++;
        }
        return evict;
      }
    };
  }

  @Override
  public JsonObject get(String key) {
    Entry e = entries.get(key);
    if (e != null && clock.getAsLong() - e.storedAt() >= ttlMs) {
      entries.remove(key);
      e = null;
    }
    if (e == null) {
      misses++;
      return null;
    }
    hits++;
    return e.result();
  }

  @Override
  public void put(String key, JsonObject result) {
    entries.put(key, new Entry(result, clock.getAsLong()));
  }

  @Override
  public JsonObject stats() {
    return new JsonObject().put("hits", hits).put("misses", misses).put("evictions", evictions)
        .put("size", entries.size());
  }
}
