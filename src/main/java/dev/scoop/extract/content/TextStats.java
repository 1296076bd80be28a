package dev.scoop.extract.content;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, linked-text length and commas of every element under a root, computed in one pass
 * (instead of {@code Element.text()} per element, which is quadratic in nesting depth) and
 * kept current as elements are removed. Lengths are those of {@code text()} (whitespace runs
 * count as one space, none at the ends, blocks stand apart by one) except in preformatted text,
 * where a whitespace run at a text node's edge counts as one, and in elements of more than
 * {@value #RECOUNT_CHILDREN} children after a removal, where a joining space may be left over.
 * Not thread-safe: one per cleaning.
 */
final class TextStats {
  private static final int LEADING_SPACE = 1;
  private static final int TRAILING_SPACE = 2;
  private static final int BLOCK_CHILD = 4;
  private static final int RECOUNT_CHILDREN = 64;
  /** How far up jsoup looks for an element keeping whitespace. */
  private static final int PRESERVE_DEPTH = 6;
  private final Map<Element, int[]> stats = new IdentityHashMap<>();

  TextStats(Element root) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element) {
          stats.put((Element) node, sum((Element) node));
        }
      }
    }, root);
  }

  int text(Element e) {
    int[] s = stats.get(e);
    return s == null ? e.text().length() : s[0];
  }

  /** Commas in the element's text (Latin, CJK and Arabic ones): how many clauses it runs to. */
  int commas(Element e) {
    int[] s = stats.get(e);
    return s == null ? Texts.commas(e.text()) : s[2];
  }

  double linkDensity(Element e) {
    int[] s = stats.get(e);
    return s == null || s[0] == 0 ? 0 : Math.min(1.0, (double) s[1] / s[0]);
  }

  /**
   * Removes {@code e} from the tree and its counts from its ancestors. Each ancestor of at most
   * {@value #RECOUNT_CHILDREN} child nodes is counted again from its children, so the space that
   * joined {@code e} to its siblings goes too; a wider one (hostile markup: recounting would be
   * quadratic) loses what its child lost.
   */
  void remove(Element e) {
    int[] lost = stats.remove(e);
    Element parent = e.parent();
    e.remove();
    if (lost == null) {
      return;
    }
    for (Element p = parent; p != null; p = p.parent()) {
      int[] before = stats.get(p);
      if (before == null) {
        continue;
      }
      int[] after = p.childNodeSize() <= RECOUNT_CHILDREN ? sum(p)
          : new int[] {before[0] - lost[0], before[1] - lost[1], before[2] - lost[2], before[3]};
      if (Arrays.equals(before, after)) {
        return; // nothing changed here, so nothing above either
      }
      stats.put(p, after);
      lost = new int[] {before[0] - after[0], before[1] - after[1], before[2] - after[2]};
    }
  }

  /**
   * {@code e}'s text length, linked length, commas and edge spaces, from its children's. Spaces
   * join parts as jsoup's {@code text()} joins them: a run of whitespace between two parts is one
   * space; a block, a line break and a text boundary (a button, a select) start on one; what is
   * not inline (or holds a block) is followed by one when text or an inline element follows.
   */
  private int[] sum(Element e) {
    int text = 0;
    int links = 0;
    int commas = 0;
    boolean lead = false;
    boolean pending = false;
    boolean blockChild = false;
    Boolean preserve = null;
    for (Node child = e.firstChild(); child != null; child = child.nextSibling()) {
      boolean spaceBefore;
      int length;
      boolean spaceAfter;
      if (child instanceof TextNode) {
        String whole = ((TextNode) child).getWholeText();
        int first = 0;
        while (first < whole.length() && isSpace(whole.charAt(first))) {
          first++;
        }
        if (first == whole.length()) {
          spaceBefore = spaceAfter = first > 0;
          length = 0;
        } else {
          int last = whole.length() - 1;
          while (isSpace(whole.charAt(last))) {
            last--;
          }
          if (preserve == null) {
            preserve = preservesWhitespace(e);
          }
          spaceBefore = first > 0;
          spaceAfter = last < whole.length() - 1;
          length = preserve ? last - first + 1 : collapsedLength(whole);
          commas += Texts.commas(whole);
        }
      } else if (child instanceof Element) {
        Element el = (Element) child;
        int[] s = stats.get(el);
        length = s == null ? 0 : s[0];
        int edges = s == null ? 0 : s[3];
        blockChild |= el.isBlock();
        spaceBefore = el.isBlock() || el.nameIs("br") || el.tag().is(Tag.TextBoundary) && length > 0
            || (edges & LEADING_SPACE) != 0;
        Node next = el.nextSibling();
        spaceAfter = (el.tag().is(Tag.TextBoundary) || !el.tag().isInline() || (edges & BLOCK_CHILD) != 0)
            && (next instanceof TextNode || next instanceof Element && ((Element) next).tag().isInline())
            || (edges & TRAILING_SPACE) != 0;
        if (s != null) {
          links += s[1];
          commas += s[2];
        }
      } else {
        continue;
      }
      if (length == 0) {
        if (spaceBefore || spaceAfter) {
          lead |= text == 0;
          pending |= text > 0;
        }
        continue;
      }
      if (text == 0) {
        lead |= spaceBefore;
      } else if (pending || spaceBefore) {
        text++;
      }
      text += length;
      pending = spaceAfter;
    }
    int edges = (lead ? LEADING_SPACE : 0) | (pending ? TRAILING_SPACE : 0) | (blockChild ? BLOCK_CHILD : 0);
    return new int[] {text, e.normalName().equals("a") ? text : links, commas, edges};
  }

  /** Whether text in {@code e} keeps its whitespace (a {@code pre}, or inside one), as jsoup reads it. */
  private static boolean preservesWhitespace(Element e) {
    Element el = e;
    for (int i = 0; i < PRESERVE_DEPTH && el != null; i++, el = el.parent()) {
      if (el.tag().preserveWhitespace()) {
        return true;
      }
    }
    return false;
  }

  /** Whitespace as {@code text()} collapses it: ASCII's and the no-break space. */
  private static boolean isSpace(char c) {
    return StringUtil.isActuallyWhitespace(c);
  }

  /** Length with whitespace runs as one space, none at the ends and invisible characters dropped. */
  private static int collapsedLength(String s) {
    int n = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = n > 0;
      } else if (!StringUtil.isInvisibleChar(c)) {
        n += pendingSpace ? 2 : 1;
        pendingSpace = false;
      }
    }
    return n;
  }
}
