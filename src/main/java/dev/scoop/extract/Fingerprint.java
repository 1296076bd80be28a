package dev.scoop.extract;

import java.util.Locale;

/**
 * 64-bit SimHash of a text over word 3-shingles (word hashes combined, never concatenated): near-identical texts (the same wire story
 * with a different intro line, an AMP copy) differ in only a few bits. Thread-safe.
 */
public final class Fingerprint {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Fingerprint() {}

  /** The SimHash of {@code text}; 0 for text without words. */
  public static long simHash(String text) {
    long[] words = wordHashes(text.toLowerCase(Locale.ROOT));
    if (words.length == 0) {
      return 0;
    }
    // a bit is set in the hash when more than half of the shingles' hashes set it
    int[] ones = new int[64];
    int shingles = Math.max(1, words.length - 2);
    for (int i = 0; i < shingles; i++) {
      long h = words[i];
      for (int j = i + 1; j < Math.min(i + 3, words.length); j++) {
        h = mix(h * 0x9E3779B97F4A7C15L + words[j]);
      }
      for (int bit = 0; bit < 64; bit++) {
        ones[bit] += (int) ((h >>> bit) & 1);
      }
    }
    long hash = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (2 * ones[bit] > shingles) {
        hash |= 1L << bit;
      }
    }
    return hash;
  }

  /** FNV-1a of each run of letters and digits, without building the words as strings. */
  private static long[] wordHashes(String text) {
    long[] out = new long[16];
    int n = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ c) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = mix(h);
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** A final avalanche: FNV's low bits mix poorly, and SimHash weighs every bit. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /** The fingerprint as 16 lower-case hex digits. */
  public static String hex(long simHash) {
    String hex = Long.toHexString(simHash);
    return "0".repeat(16 - hex.length()) + hex;
  }

  /** Number of differing bits between two fingerprints. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }
}
