package dev.scoop.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The elements of a page as parsed, in document order (the document first, as
 * {@code getAllElements()} lists them), read by one walk. The stages that read the whole page
 * before content cleaning changes it — the element limit, the metadata sources, the page type —
 * scan this list instead of each walking the tree again: a walk pays for every sibling step, a
 * scan only for the test. Valid while no element is added or removed; text may change (mojibake
 * repair). Immutable once listed.
 */
public final class PageElements {
  private final Document doc;
  private final List<Element> all;
  private final Element body;
  private final int bodyStart;
  private final int bodyEnd;

  private PageElements(Document doc, List<Element> all, Element body, int bodyStart, int bodyEnd) {
    this.doc = doc;
    this.all = Collections.unmodifiableList(all);
    this.body = body;
    this.bodyStart = bodyStart;
    this.bodyEnd = bodyEnd;
  }

  /** All elements of {@code doc}, however many. */
  public static PageElements of(Document doc) {
    return list(doc, Integer.MAX_VALUE);
  }

  /**
   * The elements of {@code doc}, or null when it has more than {@code max}: the walk stops at
   * the first one over, so a hostile page costs no more than the limit.
   */
  public static PageElements list(Document doc, int max) {
    Element body = doc.body(); // asked first: on a page without one, jsoup makes it
    List<Element> all = new ArrayList<>();
    int[] bodyRange = {0, 0};
    boolean[] over = {false};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e) {
          if (all.size() == max) {
            over[0] = true;
            return FilterResult.STOP;
          }
          if (e == body) {
            bodyRange[0] = all.size();
          }
          all.add(e);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node == body) {
          bodyRange[1] = all.size();
        }
        return FilterResult.CONTINUE;
      }
    }, doc);
    return over[0] ? null : new PageElements(doc, all, body, bodyRange[0], bodyRange[1]);
  }

  public Document document() {
    return doc;
  }

  /** Every element, the document first. */
  public List<Element> all() {
    return all;
  }

  /** The elements {@code selector} matches, in document order: {@code document().select(selector)}. */
  public List<Element> select(Evaluator selector) {
    return matching(selector, doc, all);
  }

  /** The first element {@code selector} matches, or null: {@code document().selectFirst(selector)}. */
  public Element selectFirst(Evaluator selector) {
    for (Element e : all) {
      if (selector.matches(doc, e)) {
        return e;
      }
    }
    return null;
  }

  /** The body and the elements inside it, in document order. */
  public List<Element> inBody() {
    return all.subList(bodyStart, bodyEnd);
  }

  /** The elements of the body {@code selector} matches: {@code document().body().select(selector)}. */
  public List<Element> selectInBody(Evaluator selector) {
    return matching(selector, body, inBody());
  }

  private static List<Element> matching(Evaluator selector, Element root, List<Element> elements) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements) {
      if (selector.matches(root, e)) {
        out.add(e);
      }
    }
    return out;
  }
}
