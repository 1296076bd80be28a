package dev.scoop.fetch;

import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * robots.txt rules per origin, fetched once and kept for {@value #TTL_MS} ms (an unreachable
 * or failing robots.txt, which disallows everything, only {@value #UNREACHABLE_TTL_MS} ms), at
 * most {@value #MAX_ORIGINS} origins (least recently used dropped). Concurrent lookups of one
 * origin share one fetch. Must be used from one event loop.
 */
final class RobotsCache {
  static final long TTL_MS = 24 * 3600 * 1000L;
  static final long UNREACHABLE_TTL_MS = 10 * 60 * 1000L;
  static final int MAX_ORIGINS = 10_000;
  private final Function<String, Future<RobotsRules>> loader;
  private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > MAX_ORIGINS;
    }
  };

  private record Entry(Future<RobotsRules> rules, long loadedAt) {}

  /** {@code loader} fetches and parses the robots.txt of an origin ("https://host:port"). */
  RobotsCache(Function<String, Future<RobotsRules>> loader) {
    this.loader = loader;
  }

  private static long ttl(Entry e) {
    return e.rules().succeeded() && e.rules().result().unreachable() ? UNREACHABLE_TTL_MS : TTL_MS;
  }

  Future<RobotsRules> rules(String origin) {
    long now = System.currentTimeMillis();
    Entry e = entries.get(origin);
    if (e == null || now - e.loadedAt() > ttl(e)) {
      Entry fresh = new Entry(loader.apply(origin), now);
      entries.put(origin, fresh);
      // A host that failed outright (refused, unresolvable) is asked again next time.
      fresh.rules().onFailure(t -> entries.remove(origin, fresh));
      e = fresh;
    }
    return e.rules();
  }
}
