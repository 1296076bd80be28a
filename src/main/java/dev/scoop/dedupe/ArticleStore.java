package dev.scoop.dedupe;

import io.vertx.core.json.JsonObject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results (with articles) of finished URLs, for duplicates to share and for
 * {@code GET /api/v1/articles}. Bounded by the total size of the stored JSON,
 * {@code maxBytes}: beyond it the least recently used result is dropped, while its URL stays
 * known to the {@link SeenStore} (a later duplicate then names it but carries no article).
 * Not thread-safe: used from the cache verticle only.
 */
public final class ArticleStore {
  private final long maxBytes;
  private final LinkedHashMap<UrlKey, Stored> results = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;
  private long dropped;

  private record Stored(JsonObject result, int bytes) {}

  public ArticleStore(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The stored result (status, url, article), or null. */
  public JsonObject get(UrlKey key) {
    Stored s = results.get(key);
    return s == null ? null : s.result();
  }

  public void put(UrlKey key, JsonObject result) {
    int size = result.encode().length();
    remove(key);
    if (size > maxBytes) {
      dropped++;
      return;
    }
    results.put(key, new Stored(result, size));
    bytes += size;
    for (Iterator<Map.Entry<UrlKey, Stored>> it = results.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
      Stored eldest = it.next().getValue();
      it.remove();
      bytes -= eldest.bytes();
      dropped++;
    }
  }

  public void remove(UrlKey key) {
    Stored s = results.remove(key);
    if (s != null) {
      bytes -= s.bytes();
    }
  }

  public JsonObject stats() {
    return new JsonObject().put("articles", results.size()).put("articleBytes", bytes).put("articlesDropped", dropped);
  }
}
