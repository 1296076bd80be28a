package dev.scoop.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash of a text over word 3-shingles: near-identical texts (the same wire story
 * with a different intro line, an AMP copy) differ in only a few bits. Thread-safe.
 */
public final class Fingerprint {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Fingerprint() {}

  /** The SimHash of {@code text}; 0 for text without words. */
  public static long simHash(String text) {
    List<String> found = words(text.toLowerCase(Locale.ROOT));
    String[] words = found.toArray(new String[0]);
    int[] weights = new int[64];
    int shingles = 0;
    for (int i = 0; i + 2 < words.length || i == 0 && words.length > 0; i++) {
      StringBuilder shingle = new StringBuilder();
      for (int j = i; j < Math.min(i + 3, words.length); j++) {
        shingle.append(words[j]).append(' ');
      }
      if (shingle.toString().isBlank()) {
        continue;
      }
      long h = fnv1a(shingle.toString());
      shingles++;
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
      }
    }
    if (shingles == 0) {
      return 0;
    }
    long hash = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        hash |= 1L << bit;
      }
    }
    return hash;
  }

  /** Runs of letters and digits; faster than a regex split on long texts. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
    }
    return out;
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

  private static long fnv1a(String s) {
    long h = FNV_OFFSET;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= FNV_PRIME;
    }
    // FNV's low bits mix poorly; a final avalanche spreads every input bit over all 64.
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
