package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import org.jsoup.nodes.Element;

/**
 * Pages that are not articles (services, listings, products, collections) spread their
 * content over many sections of short text, and the article scorer picks just one of them.
 * When the chosen root holds less than a third of what is left of the page after
 * cleaning, the page's {@code main} region (or, lacking one, the cleaned body) is taken
 * instead.
 */
final class PageWideContent {
  static final double MIN_SHARE = 1.0 / 3;

  private PageWideContent() {}

  static Element widen(Element top, Element body) {
    int pageText = body.text().length();
    if (pageText == 0 || top.text().length() >= MIN_SHARE * pageText) {
      return top;
    }
    Element main = body.selectFirst(Css.of("main, [role=main]"));
    return main != null && main.text().length() > top.text().length() ? main : body;
  }
}
