package dev.scoop.extract;

import org.jsoup.nodes.Element;

/** Where an element sits in its tree, for the rules that jsoup's selectors do not answer. */
public final class Trees {
  private Trees() {}

  /** Whether {@code e} lies inside {@code ancestor} (strictly: an element is not inside itself). */
  public static boolean isInside(Element e, Element ancestor) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
