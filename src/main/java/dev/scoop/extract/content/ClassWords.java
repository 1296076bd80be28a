package dev.scoop.extract.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The class-name rules' verdicts on the words (class names and ids) of one page. No rule's
 * pattern spans two words, so a pattern matches a marker exactly when it matches one of its
 * words; a page repeats a few hundred words over thousands of elements, so each word is judged
 * once. Not thread-safe: one per page.
 */
final class ClassWords {
  static final int COMMENT = 1;
  static final int UNLIKELY = 2;
  static final int MAYBE = 4;
  static final int REVIEW = 8;
  static final int RESPONSIVE = 16;
  static final int POSTER = 32;

  private final Map<String, Integer> kindsOfWord = new HashMap<>();

  /** The kinds of all words of {@code marker} (class names and/or id, any case), OR-ed. */
  int of(String marker) {
    int kinds = 0;
    int start = -1;
    for (int i = 0; i <= marker.length(); i++) {
      boolean space = i == marker.length() || Character.isWhitespace(marker.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        kinds |= kindsOfWord.computeIfAbsent(marker.substring(start, i), ClassWords::judge);
        start = -1;
      }
    }
    return kinds;
  }

  private static int judge(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return (Boilerplate.COMMENTS.matcher(w).find() ? COMMENT : 0)
        | (Boilerplate.UNLIKELY.matcher(w).find() ? UNLIKELY : 0)
        | (Boilerplate.MAYBE.matcher(w).find() ? MAYBE : 0)
        | (Boilerplate.REVIEWS.matcher(w).find() ? REVIEW : 0)
        | (Boilerplate.RESPONSIVE.matcher(w).find() ? RESPONSIVE : 0)
        | (Boilerplate.POSTER.matcher(w).find() ? POSTER : 0);
  }
}
