package dev.scoop.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalSeenStoreTest {
  private final AtomicLong now = new AtomicLong(1_000);
  private final LocalSeenStore store = new LocalSeenStore(2, 100, now::get);

  @Test
  void entriesExpireAfterTheTtl() {
    store.put("a", new JsonObject());
    now.addAndGet(99);
    assertNotNull(store.get("a"));
    now.addAndGet(1);
    assertNull(store.get("a"));
  }

  @Test
  void leastRecentlyUsedIsEvictedAtTheLimit() {
    store.put("a", new JsonObject());
    store.put("b", new JsonObject());
    store.get("a");
    store.put("c", new JsonObject());
    assertNull(store.get("b"));
    assertNotNull(store.get("a"));
    assertNotNull(store.get("c"));
    assertEquals(1L, store.stats().getLong("evictions"));
    assertEquals(2, store.stats().getInteger("size"));
  }
}
