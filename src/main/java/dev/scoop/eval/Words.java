package dev.scoop.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens as Python's {@code re.findall(r'\w+', text)} finds them: runs of letters, decimal
 * digits, letter numbers, other numbers and {@code _}. Combining marks split words, as in
 * Python. (Java's {@code \w}, with or without UNICODE_CHARACTER_CLASS, differs.)
 */
public final class Words {
  private Words() {}

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** A multiset of items. */
  static <T> Map<T, Integer> bag(List<T> items) {
    Map<T, Integer> bag = new HashMap<>();
    for (T t : items) {
      bag.merge(t, 1, Integer::sum);
    }
    return bag;
  }

  /** Size of the multiset intersection of two bags. */
  static <T> int overlap(Map<T, Integer> a, Map<T, Integer> b) {
    int n = 0;
    for (Map.Entry<T, Integer> e : a.entrySet()) {
      Integer other = b.get(e.getKey());
      if (other != null) {
        n += Math.min(e.getValue(), other);
      }
    }
    return n;
  }

  static int size(Map<?, Integer> bag) {
    int n = 0;
    for (int v : bag.values()) {
      n += v;
    }
    return n;
  }
}
