package dev.scoop.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalFingerprintIndexTest {
  private final FingerprintIndex index = new LocalFingerprintIndex();

  @Test
  void findsEveryFingerprintWithinThreeBitsAndNothingFarther() {
    Random random = new Random(42);
    long[] stored = new long[5000];
    for (int i = 0; i < stored.length; i++) {
      stored[i] = random.nextLong();
      index.add(UrlKey.of("u" + i), "https://site.example/" + i, stored[i]);
    }
    for (int i = 0; i < stored.length; i += 97) {
      for (int distance = 0; distance <= 4; distance++) {
        long probe = stored[i];
        for (int bit = 0; bit < distance; bit++) {
          probe ^= 1L << (bit * 16 + 3);    // spread over the bands: the hardest case for banding
        }
        FingerprintIndex.Match m = index.nearest(probe, 3, UrlKey.of("new"));
        if (distance <= 3) {
          assertEquals("https://site.example/" + i, m.url(), "distance " + distance);
          assertEquals(distance, m.distance());
        } else {
          assertNull(m, "4 bits away is not a near duplicate");
        }
      }
    }
  }

  @Test
  void removedAndOwnFingerprintsAreNotMatches() {
    UrlKey a = UrlKey.of("a");
    index.add(a, "https://a.example/", 0x1234_5678_9abc_def0L);
    assertNull(index.nearest(0x1234_5678_9abc_def0L, 3, a), "a page is not its own duplicate");
    index.remove(a);
    assertNull(index.nearest(0x1234_5678_9abc_def0L, 3, UrlKey.of("b")));
    assertEquals(0, index.size());
  }
}
