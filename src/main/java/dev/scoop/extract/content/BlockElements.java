package dev.scoop.extract.content;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Which elements of the cleaned content stand as blocks of their own in the typed blocks and the
 * Markdown: the block-level tags, and any other element that holds one. Pages wrap paragraphs in
 * elements of their own making ({@code <block>}, a {@code <span>} around {@code <p>}s); read as
 * inline text, their paragraphs would run together.
 */
public final class BlockElements {
  private static final Set<String> TAGS = Set.of(
      "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt", "figcaption",
      "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
      "p", "picture", "pre", "section", "summary", "table", "ul");

  private BlockElements() {}

  /** Whether {@code e} is a block-level element or holds one. */
  public static boolean isBlock(Element e) {
    return isBlockLevel(e) || holdsBlock(e);
  }

  /** Whether {@code e}'s tag is a block-level one. */
  public static boolean isBlockLevel(Element e) {
    return TAGS.contains(e.normalName());
  }

  private static boolean holdsBlock(Element e) {
    for (Element child : e.children()) {
      if (isBlock(child)) {
        return true;
      }
    }
    return false;
  }
}
