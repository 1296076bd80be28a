package dev.scoop.extract.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class-name rules' verdicts on the markers (class names and ids) of one page. No rule's
 * pattern spans two words, so a pattern matches a marker exactly when it matches one of its
 * words. Words repeat across pages (every theme and framework reuses its vocabulary: "container",
 * "entry-content", "wp-block-group"), so each word is judged by all rules once and its verdicts
 * are shared by every page and thread, in a cache of at most {@value #MAX_SHARED_WORDS} words
 * that is emptied when full. A page's whole markers repeat too, so they are kept per page. Not
 * thread-safe: one per page (the shared word cache is).
 */
final class ClassWords {
  static final int COMMENT = 0;
  static final int UNLIKELY = 1;
  static final int MAYBE = 2;
  static final int REVIEW = 3;
  static final int RESPONSIVE = 4;
  static final int POSTER = 5;
  static final int THREAD = 6;
  static final int QA_POST = 7;
  private static final ClassPattern[] RULES = {
      Boilerplate.COMMENTS, Boilerplate.UNLIKELY, Boilerplate.MAYBE, Boilerplate.REVIEWS, Boilerplate.RESPONSIVE, Boilerplate.POSTER,
      Boilerplate.THREAD, Boilerplate.QA_POST};
  static final int MAX_SHARED_WORDS = 50_000;
  /** Per word: bit k set when rule k matches it. */
  private static final Map<String, Integer> WORD_VERDICTS = new ConcurrentHashMap<>();

  /** Per marker: bit k set when rule k matches one of its words. */
  private final Map<String, Integer> markerVerdicts = new HashMap<>();

  /** Whether a word of {@code marker} (class names and/or id, any case) matches rule {@code kind}. */
  boolean has(String marker, int kind) {
    Integer v = markerVerdicts.get(marker);
    if (v == null) {
      v = wordVerdicts(marker);
      markerVerdicts.put(marker, v);
    }
    return (v & 1 << kind) != 0;
  }

  /** Every rule's verdict on the words of {@code marker}: one split of it, whichever rule is asked first. */
  private static int wordVerdicts(String marker) {
    int matched = 0;
    int start = -1;
    for (int i = 0; i <= marker.length(); i++) {
      boolean space = i == marker.length() || Character.isWhitespace(marker.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        matched |= verdicts(marker.substring(start, i));
        start = -1;
      }
    }
    return matched;
  }

  /** How many words the shared cache holds now. */
  static int sharedWords() {
    return WORD_VERDICTS.size();
  }

  /** Every rule's verdict on {@code word}, judged the first time it is seen on any page. */
  private static int verdicts(String word) {
    Integer known = WORD_VERDICTS.get(word);
    if (known != null) {
      return known;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    int matched = 0;
    for (int k = 0; k < RULES.length; k++) {
      if (RULES[k].find(lower)) {
        matched |= 1 << k;
      }
    }
    if (WORD_VERDICTS.size() >= MAX_SHARED_WORDS) {
      WORD_VERDICTS.clear(); // a crawl over many sites keeps meeting new words: start afresh rather than grow
    }
    WORD_VERDICTS.put(word, matched);
    return matched;
  }
}
