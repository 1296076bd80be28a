package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import org.jsoup.nodes.Element;

/**
 * Pages that are not articles (services, listings, products, collections) spread their
 * content over many sections of short text, and the article scorer picks just one of them.
 * When the chosen root holds less than a third of what is left of the page after
 * cleaning, or is one part of a page about something else (its questions and answers, whose
 * prose outscores the short sections above them; one panel of a set of tabs), the page's
 * {@code main} region (or, lacking one, the cleaned body) is taken instead.
 */
final class PageWideContent {
  static final double MIN_SHARE = 1.0 / 3;
  /** How far above the root a block naming it may sit (the section around an FAQ's list, a panel's wrappers). */
  private static final int PART_LEVELS = 3;

  private PageWideContent() {}

  static Element widen(Element top, Element body) {
    int pageText = body.text().length();
    if (pageText == 0 || top.text().length() >= MIN_SHARE * pageText && !isPartOfPage(top, body)) {
      return top;
    }
    Element main = body.selectFirst(Css.of("main, [role=main]"));
    return main != null && main.text().length() > top.text().length() ? main : body;
  }

  /**
   * Whether {@code top} is one part of a page about something else: its frequently asked questions
   * (a block so named up to {@value #PART_LEVELS} levels above it, or whose first heading says so), or
   * one panel of a set of tabs (the page's content spans the panels and what stands around them).
   */
  private static boolean isPartOfPage(Element top, Element body) {
    Element e = top;
    for (int level = 0; level <= PART_LEVELS && e != null && e != body; level++, e = e.parent()) {
      String marker = Boilerplate.marker(e);
      if (Boilerplate.FAQ.find(marker) || Boilerplate.TAB_PANEL.find(marker) || e.attr("role").equals("tabpanel")) {
        return true;
      }
    }
    Element heading = top.selectFirst(Css.of("h1, h2, h3"));
    return heading != null && Boilerplate.FAQ_TITLE.matcher(heading.text()).find();
  }
}
