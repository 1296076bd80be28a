package dev.scoop.extract.content;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An element's text as a reader sees it. Like jsoup's {@code text()}, with one difference: two
 * sibling elements with no space between them ({@code <span>2026</span><span>1h 54m</span>},
 * a year and a running time set apart by CSS) are two words, not one. An element following text
 * is left alone: a drop cap ({@code <span>T</span>he}) and styled word parts stay whole.
 */
public final class InlineText {
  private static final Set<String> BREAKS = Set.of(
      "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
      "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
      "section", "table", "td", "th", "tr", "ul");

  /** "3" + "rd": an ordinal's suffix set smaller by hand, as word processors export it. */
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  private InlineText() {}

  static String of(Element e) {
    StringBuilder out = new StringBuilder();
    append(e, out);
    return Texts.collapseWhitespace(out.toString());
  }

  /** Appends the text of {@code e}'s children. */
  private static void append(Element e, StringBuilder out) {
    Node previous = null;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode) {
        out.append(((TextNode) child).getWholeText());
      } else if (child instanceof Element) {
        Element el = (Element) child;
        if (breaksWords(el) || previous instanceof Element && startsNewWord(out, (Element) previous, el)) {
          out.append(' ');
        }
        append(el, out);
        if (breaksWords(el)) {
          out.append(' ');
        }
      }
      previous = child;
    }
  }

  /** Whether {@code e} sets its words apart from its neighbours' (a paragraph, a cell, a line break), wherever it stands. */
  public static boolean breaksWords(Element e) {
    return BREAKS.contains(e.normalName());
  }

  /**
   * Whether {@code next}, following the sibling element {@code previous} with nothing between them,
   * starts a new word: {@code previous} holds at least two characters, the text so far ends with a
   * digit or two letters, and {@code next} starts with two letters or digits. Characters set one by
   * one (a drop cap, a styled initial, the digits of a counter) and superscripts
   * ({@code 3<sup>rd</sup>}, or an ordinal's suffix in a span of its own) are parts of one word.
   */
  public static boolean startsNewWord(CharSequence so, Element previous, Element next) {
    int n = so.length();
    if (n == 0 || !Character.isLetterOrDigit(so.charAt(n - 1)) || next.normalName().equals("sup")
        || next.normalName().equals("sub") || previous.text().length() < 2) {
      return false;
    }
    boolean afterDigit = Character.isDigit(so.charAt(n - 1));
    if (!afterDigit && (n < 2 || !Character.isLetterOrDigit(so.charAt(n - 2)))) {
      return false; // one letter set apart: a styled initial ("p" + "roducts")
    }
    StringBuilder start = new StringBuilder(2);
    firstChars(next, start);
    if (start.length() < 2 || !Character.isLetterOrDigit(start.charAt(0)) || !Character.isLetterOrDigit(start.charAt(1))) {
      return false;
    }
    return !(afterDigit && ORDINAL_SUFFIXES.contains(start.toString().toLowerCase(Locale.ROOT)));
  }

  /** Collects up to two first characters of {@code e}'s text. */
  private static void firstChars(Element e, StringBuilder start) {
    for (Node child : e.childNodes()) {
      if (start.length() == 2) {
        return;
      }
      if (child instanceof TextNode) {
        String text = ((TextNode) child).getWholeText();
        start.append(text, 0, Math.min(text.length(), 2 - start.length()));
      } else if (child instanceof Element) {
        firstChars((Element) child, start);
      }
    }
  }
}
