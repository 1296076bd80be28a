package dev.scoop.dedupe;

import io.vertx.core.json.JsonObject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The in-memory {@link ArticleStore}, bounded by the total size of the stored JSON,
 * {@code maxBytes}: beyond it the least recently used result is dropped. Not thread-safe:
 * used from the cache verticle only.
 */
public final class LocalArticleStore implements ArticleStore {
  private final long maxBytes;
  private final LinkedHashMap<UrlKey, Stored> results = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;
  private long dropped;

  private record Stored(JsonObject result, int bytes) {}

  public LocalArticleStore(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public JsonObject get(UrlKey key) {
    Stored s = results.get(key);
    return s == null ? null : s.result();
  }

  @Override
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

  @Override
  public void remove(UrlKey key) {
    Stored s = results.remove(key);
    if (s != null) {
      bytes -= s.bytes();
    }
  }

  @Override
  public JsonObject stats() {
    return new JsonObject().put("articles", results.size()).put("articleBytes", bytes).put("articlesDropped", dropped);
  }
}
