package dev.scoop.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * HTML entity references left in text: a CMS that escaped a value twice leaves "&amp;#8230;" in
 * the page, which reads "&#8230;" once parsed. Only complete references count (a name, or a
 * number, and the semicolon, as CommonMark reads them), so "Q&A", "R&D" and "AT&T" are text.
 * Thread-safe (stateless).
 */
public final class EntityReferences {
  private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private EntityReferences() {}

  /** Whether a complete entity reference starts at {@code index} of {@code text}. */
  public static boolean startsAt(String text, int index) {
    return REFERENCE.matcher(text).region(index, text.length()).lookingAt();
  }

  /** {@code text} with its complete entity references decoded. */
  public static String decode(String text) {
    return text.indexOf('&') < 0 ? text
        : REFERENCE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Parser.unescapeEntities(m.group(), false)));
  }
}
