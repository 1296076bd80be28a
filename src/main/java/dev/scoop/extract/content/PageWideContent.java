package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import org.jsoup.nodes.Element;

/**
 * Pages that are not articles (services, listings, products, collections) spread their
 * content over many sections of short text, and the article scorer picks just one of them.
 * When the chosen root holds less than a third of what is left of the page after
 * cleaning, or is the page's questions and answers (whose prose outscores the short sections
 * above them, but which close a page about something else), the page's {@code main} region
 * (or, lacking one, the cleaned body) is taken instead.
 */
final class PageWideContent {
  static final double MIN_SHARE = 1.0 / 3;
  /** How far above the root a block naming it an FAQ may sit (the section around its list). */
  private static final int FAQ_LEVELS = 3;

  private PageWideContent() {}

  static Element widen(Element top, Element body) {
    int pageText = body.text().length();
    if (pageText == 0 || top.text().length() >= MIN_SHARE * pageText && !isFaq(top, body)) {
      return top;
    }
    Element main = body.selectFirst(Css.of("main, [role=main]"));
    return main != null && main.text().length() > top.text().length() ? main : body;
  }

  /** Whether {@code top} is a block of frequently asked questions, by its name or its first heading. */
  private static boolean isFaq(Element top, Element body) {
    Element e = top;
    for (int level = 0; level <= FAQ_LEVELS && e != null && e != body; level++, e = e.parent()) {
      if (Boilerplate.FAQ.find(Boilerplate.marker(e))) {
        return true;
      }
    }
    Element heading = top.selectFirst(Css.of("h1, h2, h3"));
    return heading != null && Boilerplate.FAQ_TITLE.matcher(heading.text()).find();
  }
}
