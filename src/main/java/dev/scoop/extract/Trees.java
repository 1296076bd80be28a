package dev.scoop.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Where an element sits in its tree, for the rules that jsoup's selectors do not answer. */
public final class Trees {
  private Trees() {}

  /**
   * The children of {@code parent} with one of these tag names, in order: read from the children,
   * as a selector ({@code > ul}) would search every element nested below too.
   */
  public static List<Element> childrenNamed(Element parent, String... names) {
    List<Element> named = new ArrayList<>();
    for (Element child : parent.children()) {
      for (String name : names) {
        if (child.nameIs(name)) {
          named.add(child);
          break;
        }
      }
    }
    return named;
  }

  /** Whether {@code e} lies inside {@code ancestor} (strictly: an element is not inside itself). */
  public static boolean isInside(Element e, Element ancestor) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The elements inside a {@code <pre>} under {@code root}: code, kept as written. A highlighter
   * wraps each token in a span whose class names its kind ("hljs-comment", "token comment"), and
   * neither that class nor a lone "=", "." or "()" says anything about the page.
   */
  public static Set<Element> insidePre(Element root) {
    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element pre : root.select(Css.of("pre"))) {
      for (Element e : pre.getAllElements()) {
        if (e != pre) {
          inside.add(e);
        }
      }
    }
    return inside;
  }

  /** The sibling before {@code node}, past blank text; null when only blanks come before it. */
  public static Node previousNonBlank(Node node) {
    Node n = node.previousSibling();
    while (isBlank(n)) {
      n = n.previousSibling();
    }
    return n;
  }

  /** The sibling after {@code node}, past blank text; null when only blanks follow it. */
  public static Node nextNonBlank(Node node) {
    Node n = node.nextSibling();
    while (isBlank(n)) {
      n = n.nextSibling();
    }
    return n;
  }

  /** Whether {@code node} is a {@code <br>}. */
  public static boolean isLineBreak(Node node) {
    return node instanceof Element e && e.nameIs("br");
  }

  private static boolean isBlank(Node n) {
    return n instanceof TextNode t && t.isBlank();
  }
}
