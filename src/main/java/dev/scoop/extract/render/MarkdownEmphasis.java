package dev.scoop.extract.render;

import dev.scoop.extract.content.BlockElements;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Bold and italics in the Markdown, written only where CommonMark reads them as such: its
 * delimiters must flank the words they mark, and delimiters side by side make one run. Where they
 * would not work the words go without them — the words matter more than their style.
 * Thread-safe (stateless).
 */
final class MarkdownEmphasis {
  private MarkdownEmphasis() {}

  /** The delimiter of an emphasis element ({@code **} bold, {@code *} italics), or null. */
  static String delimiterOf(Element e) {
    switch (e.normalName()) {
      case "strong": case "b":
        return "**";
      case "em": case "i": case "cite":
        return "*"; // rather than "_": "*" may open and close inside a word
      default:
        return null;
    }
  }

  /** Whether an element of the same emphasis holds {@code e} on its line: bold inside bold would close it early. */
  static boolean withinSame(Element e, String delimiter) {
    for (Element up = e.parent(); up != null && !BlockElements.isBlockLevel(up); up = up.parent()) {
      if (delimiter.equals(delimiterOf(up))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends {@code inner} (no spaces at its edges) marked by {@code delimiter}, or alone where the
   * marks would not work; {@code after} is the code point the line continues with, 0 at its end.
   * A run right after one of the same style continues it ("**Game D****ay**" would show its
   * asterisks); one right after another style's goes without marks.
   */
  static void append(StringBuilder sb, String inner, String delimiter, int after) {
    int closing = trailingDelimiters(sb);
    if (closing == delimiter.length() && flanks(0, inner, after)) {
      sb.setLength(sb.length() - closing);
      sb.append(inner).append(delimiter);
    } else if (closing == 0 && flanks(sb.length() == 0 ? 0 : sb.codePointBefore(sb.length()), inner, after)) {
      sb.append(delimiter).append(inner).append(delimiter);
    } else {
      sb.append(inner);
    }
  }

  /** The first code point rendered after {@code e} on its line, or 0 at the line's end (a block's edge or a break). */
  static int firstCodePointAfter(Element e) {
    Node n = e;
    while (true) {
      Node next = n.nextSibling();
      while (next == null) {
        if (!(n.parentNode() instanceof Element up) || BlockElements.isBlockLevel(up)) {
          return 0;
        }
        n = up;
        next = n.nextSibling();
      }
      n = next;
      while (n instanceof Element el) { // down to the first text, or to where the line ends
        if (BlockElements.isBlockLevel(el) || el.nameIs("br")) {
          return 0;
        }
        if (el.nameIs("img")) {
          return '!';
        }
        if (el.childNodeSize() == 0) {
          break;
        }
        n = el.childNode(0);
      }
      String text = n instanceof TextNode t ? t.text() : "";
      if (!text.isEmpty()) {
        return text.codePointAt(0);
      }
    }
  }

  /**
   * Whether delimiters around {@code inner} take effect between the code points {@code before}
   * and {@code after} (0 for a line's edge): the opening one must be left-flanking and the
   * closing one right-flanking. "offseason**.**" or "*(CNN)*President" would show their asterisks.
   */
  static boolean flanks(int before, String inner, int after) {
    int first = inner.codePointAt(0);
    int last = inner.codePointBefore(inner.length());
    boolean opens = !isWhitespace(first) && (!isPunctuation(first) || isSpaceOrPunctuation(before));
    boolean closes = !isWhitespace(last) && (!isPunctuation(last) || isSpaceOrPunctuation(after));
    return opens && closes;
  }

  /** How many delimiters ({@code *}) end {@code sb} unescaped: a run the renderer closed. */
  static int trailingDelimiters(CharSequence sb) {
    int stars = 0;
    while (stars < sb.length() && sb.charAt(sb.length() - 1 - stars) == '*') {
      stars++;
    }
    return stars > 0 && MarkdownEscapes.trailingBackslashes(sb, stars) % 2 == 1 ? stars - 1 : stars;
  }

  /** CommonMark's whitespace: Java's, and the no-break spaces (Unicode's space separators); delimiters next to one do not work. */
  static boolean isWhitespace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isSpaceOrPunctuation(int c) {
    return c == 0 || isWhitespace(c) || isPunctuation(c);
  }

  /** CommonMark's punctuation: ASCII punctuation and Unicode's punctuation and symbol categories. */
  private static boolean isPunctuation(int c) {
    if (c < 0x80) {
      return c > ' ' && c < 0x7f && !Character.isLetterOrDigit(c);
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION: case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION: case Character.MATH_SYMBOL: case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL: case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }
}
