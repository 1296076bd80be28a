package dev.scoop.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class LocalArticleStoreTest {
  private static JsonObject result(int chars) {
    return new JsonObject().put("url", "u").put("text", "x".repeat(chars));
  }

  @Test
  void staysWithinItsByteBoundDroppingTheLeastRecentlyUsed() {
    int size = result(1000).encode().length();
    ArticleStore store = new LocalArticleStore(size * 2L);
    UrlKey a = UrlKey.of("a");
    UrlKey b = UrlKey.of("b");
    UrlKey c = UrlKey.of("c");
    store.put(a, result(1000));
    store.put(b, result(1000));
    store.get(a);
    store.put(c, result(1000));
    assertNull(store.get(b));
    assertNotNull(store.get(a));
    assertNotNull(store.get(c));
    assertTrue(store.stats().getLong("articleBytes") <= size * 2L);
    assertEquals(1L, store.stats().getLong("articlesDropped"));
  }

  @Test
  void aResultLargerThanTheWholeBoundIsNotKept() {
    ArticleStore store = new LocalArticleStore(100);
    store.put(UrlKey.of("a"), result(500));
    assertEquals(0, store.stats().getInteger("articles"));
  }
}
