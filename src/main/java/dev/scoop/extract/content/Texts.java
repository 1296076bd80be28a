package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Text measures shared by the content stages and the facade. */
public final class Texts {
  /** A clock time beside a date ("17:32", "10h30", "8.15"). */
  static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}[:.h]\\d{2}\\b");
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

  private Texts() {}

  /** Whether {@code text} holds a letter or a digit: a word, not a glyph or a rule. */
  static boolean hasWord(String text) {
    return LETTER_OR_DIGIT.matcher(text).find();
  }

  /** Share of an element's text that sits inside links (0 when it has no text). */
  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select(Css.of("a"))) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / total);
  }

  /** {@code text} with each whitespace run (no-break spaces too) as one space, trimmed. */
  static String collapseWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whitespace as the text measures read it: Java's, and the no-break space pages use for layout. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }

  /** The words of what a date left of a line ({@link dev.scoop.extract.dates.DateParser.Found#rest}), clock times aside. */
  static int wordsBesideDate(String rest) {
    return words(CLOCK_TIME.matcher(rest).replaceAll(" "));
  }

  /** Runs of non-whitespace characters. */
  public static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  /** Commas, Latin, CJK and Arabic: how many clauses a text runs to. */
  static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
        n++;
      }
    }
    return n;
  }
}
