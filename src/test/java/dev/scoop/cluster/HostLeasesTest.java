package dev.scoop.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared politeness record: concurrency, spacing of starts, pauses, lapsing leases. */
class HostLeasesTest {
  private final Map.Entry<String, HostLeases> host = new AbstractMap.SimpleEntry<>("example.org", null);

  @Test
  void concurrencyIsHeldAndAReleaseFreesASlot() {
    assertEquals(0L, new HostLeases.Acquire("a", 2, 0, 60_000).process(host));
    assertEquals(0L, new HostLeases.Acquire("b", 2, 0, 60_000).process(host));
    assertEquals(HostLeases.FULL_RETRY_MS, new HostLeases.Acquire("c", 2, 0, 60_000).process(host));
    new HostLeases.Release("a", 0).process(host);
    assertEquals(0L, new HostLeases.Acquire("c", 2, 0, 60_000).process(host));
  }

  @Test
  void startsAreSpacedByTheDelayAndAPauseHoldsThemBack() {
    assertEquals(0L, new HostLeases.Acquire("a", 8, 5_000, 60_000).process(host));
    long wait = new HostLeases.Acquire("b", 8, 5_000, 60_000).process(host);
    assertTrue(wait > 4_000 && wait <= 5_000, "wait " + wait);
    new HostLeases.Pause(30_000).process(host);
    assertTrue(new HostLeases.Acquire("b", 8, 5_000, 60_000).process(host) > 25_000);
  }

  @Test
  void theDelayCountsFromAFinishToo() {
    // a start long ago no longer holds the next one back, but a request that just finished does
    assertEquals(0L, new HostLeases.Acquire("a", 8, 5_000, 60_000).process(host));
    host.getValue().nextStart = 0;
    new HostLeases.Release("a", 5_000).process(host);
    long wait = new HostLeases.Acquire("b", 8, 5_000, 60_000).process(host);
    assertTrue(wait > 4_000 && wait <= 5_000, "wait " + wait);
  }

  @Test
  void aLeaseNeverReleasedLapses() throws InterruptedException {
    assertEquals(0L, new HostLeases.Acquire("dead-member", 1, 0, 50).process(host));
    assertEquals(HostLeases.FULL_RETRY_MS, new HostLeases.Acquire("b", 1, 0, 50).process(host));
    Thread.sleep(80);
    assertEquals(0L, new HostLeases.Acquire("b", 1, 0, 50).process(host));
  }
}
