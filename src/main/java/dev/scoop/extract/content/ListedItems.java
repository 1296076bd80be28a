package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A listing's items (products, teasers, results): elements repeated as siblings of one tag and
 * (first) class. They are links by nature, so the link-density rules, made for link lists around an
 * article, must spare them on pages that list things. Each parent's children are counted by kind
 * once (a list of N items would otherwise count N siblings N times) and counted again only when
 * the parent has lost children, as cleaning removes them. Not thread-safe: one per cleaning.
 */
final class ListedItems {
  static final int MIN_ITEMS = 3;
  /** A root this regular is a list of items whatever the page declares itself. */
  static final int MIN_LIST_ITEMS = 5;
  static final double MIN_LIST_SHARE = 0.8;
  /** Headlines run to several words; navigation and tags to one or two. */
  private static final int HEADLINE_LINK_WORDS = 5;
  /** How deep a lone wrapper may hold its grid (page builders nest a few levels): asked of every link-dense block, so never the whole depth of a nested page. */
  private static final int MAX_WRAPPER_LEVELS = 8;
  /** Items more linked than this are bare links, not cards. */
  private static final double CARD_MAX_LINK_DENSITY = 0.9;

  /** Per parent: its child nodes when counted, its child elements, and how many of each kind. */
  private final Map<Element, Kinds> kindsByParent = new IdentityHashMap<>();

  /**
   * Validated by the parent's number of child nodes, which jsoup keeps at hand: its list of child
   * elements is rebuilt, in time linear in the children, after every change.
   */
  private static final class Kinds {
    int nodes;
    int elements;
    final Map<String, Integer> counts = new HashMap<>();
  }

  /**
   * One of at least {@value #MIN_ITEMS} repeated items, or a container of such items, or a lone
   * wrapper around a container of cards (a grid's {@code <div>} around its {@code <ul>}). Items that
   * are nothing but links (a language menu) make a wrapper no listing: cards hold a price, a brand
   * or a date beside their links.
   */
  boolean isListed(Element e) {
    if (isRepeated(e)) {
      return true;
    }
    if (e.childrenSize() >= MIN_ITEMS) {
      return holdsItems(e);
    }
    Element items = e;
    for (int level = 0; level < MAX_WRAPPER_LEVELS && items.childrenSize() == 1; level++) {
      items = items.child(0);
    }
    return items != e && items.childrenSize() >= MIN_ITEMS && holdsItems(items) && Texts.linkDensity(items.child(0)) < CARD_MAX_LINK_DENSITY;
  }

  /** Whether the first and the last of {@code e}'s children are repeated items. */
  private boolean holdsItems(Element e) {
    return isRepeated(e.child(0)) && isRepeated(e.child(e.childrenSize() - 1));
  }

  /** Whether {@code e} lies inside one of the repeated items (a product's name, a card's title). */
  boolean isInsideItem(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (isRepeated(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code e}, inside one of the items, holds a link that reads as a headline or an
   * excerpt (at least {@value #HEADLINE_LINK_WORDS} words): a teaser's title and summary, which
   * cards link whole, and the wrappers between them and the item. Short links inside an item
   * (author names, tags, "Quick view", a forum post's toolbar) are not content by themselves.
   */
  boolean holdsTeaserText(Element e) {
    if (!isInsideItem(e)) {
      return false;
    }
    for (Element a : e.select(Css.of("a"))) {
      if (Texts.words(a.text()) >= HEADLINE_LINK_WORDS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code e} is itself a list of items: at least {@value #MIN_LIST_ITEMS} children, most of
   * them ({@value #MIN_LIST_SHARE}) of one tag and first class.
   */
  boolean isItemList(Element e) {
    int n = e.childrenSize();
    if (n < MIN_LIST_ITEMS) {
      return false;
    }
    Element middle = e.child(n / 2);
    return middle.is(Css.of("li, article, div")) && sameAs(middle) >= MIN_LIST_SHARE * n;
  }

  private boolean isRepeated(Element e) {
    Element parent = e.parent();
    return parent != null && kindsOf(parent).elements >= MIN_ITEMS && (e.is(Css.of("li, article, div")) || isCardLink(e))
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
  int sameAs(Element e) {
    return kindsOf(e.parent()).counts.getOrDefault(kind(e), 0);
  }

  private Kinds kindsOf(Element parent) {
    Kinds kinds = kindsByParent.get(parent);
    if (kinds == null || kinds.nodes != parent.childNodeSize()) {
      kinds = new Kinds();
      for (Element sibling : parent.children()) {
        kinds.counts.merge(kind(sibling), 1, Integer::sum);
        kinds.elements++;
      }
      kinds.nodes = parent.childNodeSize();
      kindsByParent.put(parent, kinds);
    }
    return kinds;
  }

  /**
   * Takes {@code e}, just removed from {@code parent}, out of the parent's counts, so that a list
   * losing many children one by one is not counted again after each.
   */
  void removed(Element e, Element parent) {
    Kinds kinds = parent == null ? null : kindsByParent.get(parent);
    if (kinds != null && kinds.nodes == parent.childNodeSize() + 1) {
      kinds.nodes--;
      kinds.elements--;
      kinds.counts.merge(kind(e), -1, Integer::sum);
    }
  }

  private static String kind(Element e) {
    return e.normalName() + ' ' + firstClass(e);
  }

  private static String firstClass(Element e) {
    String classes = e.className().strip();
    int space = classes.indexOf(' ');
    return space < 0 ? classes : classes.substring(0, space);
  }
}
