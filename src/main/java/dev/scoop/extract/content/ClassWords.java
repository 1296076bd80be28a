package dev.scoop.extract.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The class-name rules' verdicts on the words (class names and ids) of one page. No rule's
 * pattern spans two words, so a pattern matches a marker exactly when it matches one of its
 * words; a page repeats a few hundred words over thousands of elements, so each word is judged
 * once per rule, and only for the rules that are asked about it. Not thread-safe: one per page.
 */
final class ClassWords {
  static final int COMMENT = 0;
  static final int UNLIKELY = 1;
  static final int MAYBE = 2;
  static final int REVIEW = 3;
  static final int RESPONSIVE = 4;
  static final int POSTER = 5;
  static final int THREAD = 6;
  private static final ClassPattern[] RULES = {
      Boilerplate.COMMENTS, Boilerplate.UNLIKELY, Boilerplate.MAYBE, Boilerplate.REVIEWS, Boilerplate.RESPONSIVE, Boilerplate.POSTER,
      Boilerplate.THREAD};

  /** Per word, and per marker (a page repeats its markers too): bit k set in [0] once rule k was judged, and in [1] when it matched. */
  private final Map<String, int[]> verdicts = new HashMap<>();
  private final Map<String, int[]> markerVerdicts = new HashMap<>();

  /** Whether a word of {@code marker} (class names and/or id, any case) matches rule {@code kind}. */
  boolean has(String marker, int kind) {
    return judged(markerVerdicts, marker, kind, this::anyWordMatches);
  }

  private boolean anyWordMatches(String marker, int kind) {
    int start = -1;
    for (int i = 0; i <= marker.length(); i++) {
      boolean space = i == marker.length() || Character.isWhitespace(marker.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        if (judged(verdicts, marker.substring(start, i), kind, (word, k) -> RULES[k].find(word.toLowerCase(Locale.ROOT)))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  /** The verdict of rule {@code kind} on {@code key}, judged by {@code judge} the first time only. */
  private static boolean judged(Map<String, int[]> cache, String key, int kind, Judge judge) {
    int[] v = cache.computeIfAbsent(key, k -> new int[2]);
    int bit = 1 << kind;
    if ((v[0] & bit) == 0) {
      v[0] |= bit;
      if (judge.matches(key, kind)) {
        v[1] |= bit;
      }
    }
    return (v[1] & bit) != 0;
  }

  @FunctionalInterface
  private interface Judge {
    boolean matches(String key, int kind);
  }
}
