package dev.scoop.dedupe;

import dev.scoop.extract.Fingerprint;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The in-memory {@link FingerprintIndex}: band buckets hold slot numbers into flat arrays, so
 * an entry costs a few dozen bytes. Entries live and die with their URL entry. Not thread-safe.
 */
public final class LocalFingerprintIndex implements FingerprintIndex {
  private final int[][][] buckets = new int[BANDS][1 << 16][];
  private final int[][] bucketSizes = new int[BANDS][1 << 16];
  private final Map<UrlKey, Integer> slots = new HashMap<>();
  private long[] fingerprints = new long[1024];
  private UrlKey[] keys = new UrlKey[1024];
  private String[] urls = new String[1024];
  private int[] free = new int[16];
  private int freeCount;
  private int next;

  /** A stored fingerprint close to a new one: the URL it belongs to. */

  @Override
  public void add(UrlKey key, String url, long fingerprint) {
    remove(key);
    int slot = freeCount > 0 ? free[--freeCount] : next++;
    if (slot >= fingerprints.length) {
      fingerprints = Arrays.copyOf(fingerprints, fingerprints.length * 2);
      keys = Arrays.copyOf(keys, keys.length * 2);
      urls = Arrays.copyOf(urls, urls.length * 2);
    }
    fingerprints[slot] = fingerprint;
    keys[slot] = key;
    urls[slot] = url;
    slots.put(key, slot);
    for (int b = 0; b < BANDS; b++) {
      int band = FingerprintIndex.band(fingerprint, b);
      int[] bucket = buckets[b][band];
      int size = bucketSizes[b][band];
      if (bucket == null || size == bucket.length) {
        bucket = bucket == null ? new int[2] : Arrays.copyOf(bucket, size * 2);
        buckets[b][band] = bucket;
      }
      bucket[size] = slot;
      bucketSizes[b][band] = size + 1;
    }
  }

  @Override
  public void remove(UrlKey key) {
    Integer slot = slots.remove(key);
    if (slot == null) {
      return;
    }
    long fingerprint = fingerprints[slot];
    for (int b = 0; b < BANDS; b++) {
      int band = FingerprintIndex.band(fingerprint, b);
      int[] bucket = buckets[b][band];
      int size = bucketSizes[b][band];
      for (int i = 0; i < size; i++) {
        if (bucket[i] == slot) {
          bucket[i] = bucket[size - 1];
          bucketSizes[b][band] = size - 1;
          break;
        }
      }
    }
    keys[slot] = null;
    urls[slot] = null;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = slot;
  }

  @Override
  public Match nearest(long fingerprint, int maxDistance, UrlKey self) {
    Match best = null;
    for (int b = 0; b < BANDS; b++) {
      int band = FingerprintIndex.band(fingerprint, b);
      int[] bucket = buckets[b][band];
      for (int i = 0; i < bucketSizes[b][band]; i++) {
        int slot = bucket[i];
        int d = Fingerprint.distance(fingerprints[slot], fingerprint);
        if (d <= maxDistance && !keys[slot].equals(self) && (best == null || d < best.distance())) {
          best = new Match(keys[slot], urls[slot], d);
        }
      }
    }
    return best;
  }

  @Override
  public int size() {
    return slots.size();
  }

}
