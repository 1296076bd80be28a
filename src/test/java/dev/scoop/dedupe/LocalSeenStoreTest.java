package dev.scoop.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalSeenStoreTest {
  private static final UrlKey A = UrlKey.of("http://a.example/");
  private static final UrlKey B = UrlKey.of("http://b.example/");
  private static final UrlKey C = UrlKey.of("http://c.example/");
  private final AtomicLong now = new AtomicLong(1_000);
  private final List<UrlKey> removed = new ArrayList<>();
  private final LocalSeenStore store = new LocalSeenStore(2, 100, now::get, removed::add);

  private Seen seen() {
    return new Seen(now.get(), 0, null);
  }

  @Test
  void entriesExpireAfterTheTtlAndAreReported() {
    store.put(A, seen());
    now.addAndGet(99);
    assertNotNull(store.get(A));
    now.addAndGet(1);
    assertNull(store.get(A));
    assertEquals(List.of(A), removed);
    assertEquals(1L, store.stats().getLong("expired"));
  }

  @Test
  void leastRecentlyUsedIsEvictedAtTheLimit() {
    store.put(A, seen());
    store.put(B, seen());
    store.get(A);
    store.put(C, seen());
    assertFalse(store.contains(B));
    assertTrue(store.contains(A) && store.contains(C));
    assertEquals(List.of(B), removed);
    assertEquals(1L, store.stats().getLong("evictions"));
    assertEquals(2, store.stats().getInteger("size"));
  }

  @Test
  void keysOfDifferentUrlsDiffer() {
    assertEquals(UrlKey.of("http://a.example/x"), UrlKey.of("http://a.example/x"));
    assertFalse(UrlKey.of("http://a.example/x").equals(UrlKey.of("http://a.example/y")));
  }
}
