package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageElementsTest {
  private static final String PAGE = "<html><head><title>T</title><meta name=author content='Ann Lee'>"
      + "<meta name=citation_author content='Lee, Ann'><link rel=Canonical href=/story>"
      + "<script type='application/LD+json'>{}</script></head><body class=b><h1>Head</h1>"
      + "<p itemprop=description>Dek <time datetime=2024-06-21>June 21</time></p><div><span>x</span></div></body></html>";

  @Test
  void listsEveryElementInDocumentOrderAsGetAllElementsDoes() {
    Document doc = Jsoup.parse(PAGE);
    PageElements page = PageElements.of(doc);
    assertEquals(doc.getAllElements(), page.all());
    assertSame(doc, page.all().get(0), "the document comes first");
    assertEquals(doc.body().getAllElements(), page.inBody());
  }

  @Test
  void selectsWhatJsoupSelects() {
    Document doc = Jsoup.parse(PAGE);
    PageElements page = PageElements.of(doc);
    // every selector the metadata sources ask of the list
    for (String query : new String[] {"meta[content]", "meta[name=citation_author][content]", "link[rel~=(?i)^canonical$][href]",
        "script[type~=(?i)application/ld\\+json]", "[itemprop]", "time[datetime]", "[class], [itemprop=description]", "h1", "*",
        "p, span, div, li, address, dt, small, strong, h2, h3, h4, h5, h6"}) {
      assertEquals(doc.select(Css.of(query)), page.select(Css.of(query)), query);
      assertSame(doc.selectFirst(Css.of(query)), page.selectFirst(Css.of(query)), query);
      assertEquals(doc.body().select(Css.of(query)), page.selectInBody(Css.of(query)), query);
    }
    assertNull(page.selectFirst(Css.of("article")));
  }

  @Test
  void stopsAtTheFirstElementOverTheLimit() {
    Document doc = Jsoup.parse(PAGE);
    int count = doc.getAllElements().size();
    assertNotNull(PageElements.list(doc, count), "a page at the limit is read");
    assertNull(PageElements.list(doc, count - 1), "one element over is refused");
    assertEquals(count, PageElements.list(doc, count).all().size());
  }
}
