package dev.scoop.dedupe;

/**
 * Stored 64-bit SimHashes, searchable by Hamming distance. Implementations cut a fingerprint
 * into {@value #BANDS} 16-bit bands and list, per band value, the fingerprints that share it:
 * two fingerprints at most {@value #MAX_DISTANCE} bits apart agree on at least one band
 * (pigeonhole), so looking at the four matching lists finds every match up to that distance.
 */
public interface FingerprintIndex {
  int MAX_DISTANCE = 3;
  int BANDS = 4;

  /** A stored fingerprint close to a new one: the URL it belongs to. */
  record Match(UrlKey key, String url, int distance) {}

  /** Adds (or replaces) the fingerprint of {@code key}, whose page is at {@code url}. */
  void add(UrlKey key, String url, long fingerprint);

  void remove(UrlKey key);

  /** The closest stored fingerprint within {@code maxDistance} (≤ 3), other than {@code self}'s, or null. */
  Match nearest(long fingerprint, int maxDistance, UrlKey self);

  /** Fingerprints stored (on this node, for a shared index). */
  int size();

  /** Band {@code b} (0..3) of a fingerprint. */
  static int band(long fingerprint, int b) {
    return (int) (fingerprint >>> (16 * b)) & 0xFFFF;
  }
}
