package dev.scoop.extract.content;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length and linked-text length of every element under a root, computed in one pass
 * (instead of {@code Element.text()} per element, which is quadratic in nesting depth) and
 * kept current as elements are removed. Whitespace runs inside a text count as one character,
 * whitespace between tags as none and a block after text as one space, close to {@code text()}. Not thread-safe: one per cleaning.
 */
final class TextStats {
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

  double linkDensity(Element e) {
    int[] s = stats.get(e);
    return s == null || s[0] == 0 ? 0 : Math.min(1.0, (double) s[1] / s[0]);
  }

  /** Removes {@code e} from the tree and its lengths from its ancestors. */
  void remove(Element e) {
    int[] s = stats.remove(e);
    if (s != null) {
      for (Element p = e.parent(); p != null; p = p.parent()) {
        int[] ps = stats.get(p);
        if (ps != null) {
          ps[0] -= s[0];
          ps[1] -= s[1];
        }
      }
    }
    e.remove();
  }

  private int[] sum(Element e) {
    int text = 0;
    int links = 0;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode) {
        text += collapsedLength(((TextNode) child).getWholeText());
      } else if (child instanceof Element) {
        int[] s = stats.get(child);
        if (s != null && s[0] > 0) {
          // text() puts a space between a block's text and what came before it
          text += s[0] + (text > 0 && ((Element) child).isBlock() ? 1 : 0);
          links += s[1];
        }
      }
    }
    return new int[] {text, e.normalName().equals("a") ? text : links};
  }

  /** Length with whitespace runs as one space and none at the ends: whitespace between tags counts 0. */
  private static int collapsedLength(String s) {
    int n = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Texts.isSpace(c)) {
        pendingSpace = n > 0;
      } else {
        n += pendingSpace ? 2 : 1;
        pendingSpace = false;
      }
    }
    return n;
  }
}
