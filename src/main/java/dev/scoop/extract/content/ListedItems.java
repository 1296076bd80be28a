package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import org.jsoup.nodes.Element;

/**
 * A listing's items (products, teasers, results): elements repeated as siblings of one tag and
 * (first) class. They are links by nature, so the link-density rules, made for link lists around an
 * article, must spare them on pages that list things.
 */
final class ListedItems {
  static final int MIN_ITEMS = 3;
  /** A root this regular is a list of items whatever the page declares itself. */
  static final int MIN_LIST_ITEMS = 5;
  static final double MIN_LIST_SHARE = 0.8;

  private ListedItems() {}

  /** One of at least {@value #MIN_ITEMS} repeated items, or a container of such items. */
  static boolean isListed(Element e) {
    return isRepeated(e) || e.childrenSize() >= MIN_ITEMS && isRepeated(e.child(0)) && isRepeated(e.child(e.childrenSize() - 1));
  }

  /** Whether {@code e} lies inside one of the repeated items (a product's name, a card's title). */
  static boolean isInsideItem(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (isRepeated(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code e} is itself a list of items: at least {@value #MIN_LIST_ITEMS} children, most of
   * them ({@value #MIN_LIST_SHARE}) of one tag and first class.
   */
  static boolean isItemList(Element e) {
    int n = e.childrenSize();
    if (n < MIN_LIST_ITEMS) {
      return false;
    }
    Element middle = e.child(n / 2);
    return middle.is(Css.of("li, article, div")) && sameAs(middle) >= MIN_LIST_SHARE * n;
  }

  private static boolean isRepeated(Element e) {
    Element parent = e.parent();
    return parent != null && parent.childrenSize() >= MIN_ITEMS && (e.is(Css.of("li, article, div")) || isCardLink(e))
        && sameAs(e) >= MIN_ITEMS;
  }

  /** A link wrapping a whole card (picture and title blocks): an item, as much as a {@code <div>} card is. */
  private static boolean isCardLink(Element e) {
    return e.nameIs("a") && e.selectFirst(Css.of("> div, > h2, > h3, > h4, > p, > figure")) != null;
  }

  /**
   * Siblings of {@code e} (itself included) with its tag and first class name: shops and CMSs add
   * per-item classes after the shared one ({@code product post-2334 instock}).
   */
  static int sameAs(Element e) {
    String kind = firstClass(e);
    int same = 0;
    for (Element sibling : e.parent().children()) {
      if (sibling.normalName().equals(e.normalName()) && firstClass(sibling).equals(kind)) {
        same++;
      }
    }
    return same;
  }

  private static String firstClass(Element e) {
    String classes = e.className().strip();
    int space = classes.indexOf(' ');
    return space < 0 ? classes : classes.substring(0, space);
  }
}
