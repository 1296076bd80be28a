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
  private static final ClassPattern[] RULES = {
      Boilerplate.COMMENTS, Boilerplate.UNLIKELY, Boilerplate.MAYBE, Boilerplate.REVIEWS, Boilerplate.RESPONSIVE, Boilerplate.POSTER};

  /** Per word: bit k set in [0] once rule k was judged, and in [1] when it matched. */
  private final Map<String, int[]> verdicts = new HashMap<>();

  /** Whether a word of {@code marker} (class names and/or id, any case) matches rule {@code kind}. */
  boolean has(String marker, int kind) {
    int start = -1;
    for (int i = 0; i <= marker.length(); i++) {
      boolean space = i == marker.length() || Character.isWhitespace(marker.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        if (matches(marker.substring(start, i), kind)) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  private boolean matches(String word, int kind) {
    int[] v = verdicts.computeIfAbsent(word, w -> new int[2]);
    int bit = 1 << kind;
    if ((v[0] & bit) == 0) {
      v[0] |= bit;
      if (RULES[kind].find(word.toLowerCase(Locale.ROOT))) {
        v[1] |= bit;
      }
    }
    return (v[1] & bit) != 0;
  }
}
