package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import dev.scoop.extract.Trees;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A short line set in italics right under an image, with nothing else beside them, is its caption,
 * as blogs write one without a caption element: in the image's own block after a line break
 * ({@code <img><br><em>…</em>}), or alone in the next block (Blogger's centred {@code div}s). Each
 * such pair becomes a {@code figure} with its {@code figcaption}, so the line leaves the text for
 * the image's caption.
 */
final class ItalicCaptions {
  /** An italic line under an image longer than this is a paragraph of its own, not its caption. */
  private static final int MAX_CHARS = 150;
  /** A caption line is a few nodes deep: a bigger block is not read at all. */
  private static final int MAX_NODES = 24;

  private ItalicCaptions() {}

  static void mark(Element content) {
    for (Element img : content.select(Css.of("img"))) {
      Element unit = img.parent() != null && img.parent().nameIs("a") && img.parent().childrenSize() == 1 ? img.parent() : img;
      Element holder = unit.parent();
      if (holder == null || holder == content || holder.parent() == null || holder.closest(Css.of("figure")) != null
          || Trees.previousNonBlank(unit) != null) {
        continue;
      }
      Element inline = lineAfter(unit);
      Element next = holder.nextElementSibling();
      if (inline != null) {
        holder.tagName("figure");
        inline.tagName("figcaption");
      } else if (onlyBreaksAfter(unit) && next != null && isItalicLine(next) && next.selectFirst(Css.of("img")) == null) {
        Element figure = new Element("figure");
        holder.before(figure);
        figure.appendChild(holder);
        figure.appendChild(next);
        next.tagName("figcaption");
      }
    }
  }

  /** The italic line that closes {@code unit}'s block after it, past line breaks; else null. */
  private static Element lineAfter(Node unit) {
    Node n = Trees.nextNonBlank(unit);
    while (Trees.isLineBreak(n)) {
      n = Trees.nextNonBlank(n);
    }
    return n instanceof Element line && isItalicLine(line) && Trees.nextNonBlank(line) == null ? line : null;
  }

  /** Whether nothing but blanks and line breaks follows {@code unit} in its block. */
  private static boolean onlyBreaksAfter(Node unit) {
    Node n = Trees.nextNonBlank(unit);
    while (Trees.isLineBreak(n)) {
      n = Trees.nextNonBlank(n);
    }
    return n == null;
  }

  /** An element whose whole text is in italics (em, i): a short line of a few nodes, without a link. */
  private static boolean isItalicLine(Element e) {
    if (!hasAtMost(e, new int[] {MAX_NODES})) {
      return false;
    }
    String text = e.text().trim();
    if (text.isEmpty() || text.length() > MAX_CHARS || !Texts.hasWord(text) || e.selectFirst(Css.of("a")) != null) {
      return false;
    }
    for (Element em : e.select(Css.of("em, i"))) {
      if (em.text().trim().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAtMost(Node node, int[] budget) {
    if (--budget[0] < 0) {
      return false;
    }
    for (Node child : node.childNodes()) {
      if (!hasAtMost(child, budget)) {
        return false;
      }
    }
    return true;
  }
}
