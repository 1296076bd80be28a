package dev.scoop.extract.render;

import dev.scoop.extract.EntityReferences;
import java.util.function.IntFunction;

/**
 * What keeps a page's text reading as text in CommonMark: backslash escapes for the characters
 * that would start syntax, and destinations that read whole. A text like "&lt;The Palace&gt;",
 * "AT&amp;amp;T" or a paragraph starting "1984. The year" would otherwise be read as an HTML tag,
 * an entity or an ordered list. Thread-safe (stateless).
 */
final class MarkdownEscapes {
  /** CommonMark reads at most nine digits as an ordered list's number. */
  private static final int MAX_LIST_NUMBER_DIGITS = 9;
  private static final int MAX_HEADING_LEVEL = 6;

  private MarkdownEscapes() {}

  /** {@code text} with what would start inline syntax escaped: emphasis, code, links, raw HTML, entity references. */
  static String inline(String text) {
    return replaceEach(text, i -> {
      char c = text.charAt(i);
      boolean syntax = c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<'
          || c == '&' && EntityReferences.startsAt(text, i);
      return syntax ? "\\" + c : null;
    });
  }

  /**
   * A line of a paragraph or list item with the marker escaped that would make it another block:
   * a heading, quote, list item, thematic break, setext underline or code fence. Inline syntax is
   * escaped already, and the renderer's own syntax never starts with these markers.
   */
  static String lineStart(String line) {
    if (line.isEmpty()) {
      return line;
    }
    char c = line.charAt(0);
    switch (c) {
      case '>':
        return "\\" + line;
      case '#':
        int hashes = run(line, 0, '#');
        return hashes <= MAX_HEADING_LEVEL && blankOrSpaceAt(line, hashes) ? "\\" + line : line;
      case '-': case '+':
        return blankOrSpaceAt(line, 1) || c == '-' && only(line, "- ") ? "\\" + line : line;
      case '=':
        return only(line, "= ") ? "\\" + line : line;
      case '~':
        return run(line, 0, '~') >= 3 ? "\\" + line : line;
      default:
        int digits = 0;
        while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
          digits++;
        }
        boolean listNumber = digits > 0 && digits <= MAX_LIST_NUMBER_DIGITS && digits < line.length()
            && (line.charAt(digits) == '.' || line.charAt(digits) == ')') && blankOrSpaceAt(line, digits + 1);
        return listNumber ? line.substring(0, digits) + "\\" + line.substring(digits) : line;
    }
  }

  /** A heading's text with a closing run of {@code #} escaped ("C #" would lose its "#" as a closing sequence). */
  static String closingHashes(String heading) {
    int start = heading.length();
    while (start > 0 && heading.charAt(start - 1) == '#') {
      start--;
    }
    boolean closing = start < heading.length() && (start == 0 || heading.charAt(start - 1) == ' ');
    return closing ? heading.substring(0, start) + "\\" + heading.substring(start) : heading;
  }

  /** Escapes a "!" that ends {@code sb} before a link is appended: "available![Get Details](…)" would be an image. */
  static void beforeLink(StringBuilder sb) {
    if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '!' && trailingBackslashes(sb, 1) % 2 == 0) {
      sb.insert(sb.length() - 1, '\\');
    }
  }

  /** How many backslashes come before the last {@code skip} characters of {@code sb}: an odd number escapes the next. */
  static int trailingBackslashes(CharSequence sb, int skip) {
    int backslashes = 0;
    while (skip + backslashes < sb.length() && sb.charAt(sb.length() - 1 - skip - backslashes) == '\\') {
      backslashes++;
    }
    return backslashes;
  }

  /**
   * A link or image destination CommonMark reads whole: spaces, angle brackets and parentheses
   * percent-encoded, which names the same resource.
   */
  static String destination(String url) {
    return replaceEach(url, i -> {
      char c = url.charAt(i);
      return c == ' ' ? "%20" : c == '<' ? "%3C" : c == '>' ? "%3E" : c == '(' ? "%28" : c == ')' ? "%29" : null;
    });
  }

  /**
   * {@code s} with each character replaced by what {@code replacement} gives for its index (null:
   * kept); {@code s} itself, uncopied, when nothing is replaced, as most text needs no escape.
   */
  private static String replaceEach(String s, IntFunction<String> replacement) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      String replaced = replacement.apply(i);
      if (replaced != null && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        if (replaced != null) {
          out.append(replaced);
        } else {
          out.append(s.charAt(i));
        }
      }
    }
    return out == null ? s : out.toString();
  }

  private static int run(String s, int from, char c) {
    int i = from;
    while (i < s.length() && s.charAt(i) == c) {
      i++;
    }
    return i - from;
  }

  private static boolean blankOrSpaceAt(String s, int i) {
    return i >= s.length() || s.charAt(i) == ' ' || s.charAt(i) == '\t';
  }

  /** Whether {@code s} is made of the characters of {@code chars} alone. */
  private static boolean only(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
