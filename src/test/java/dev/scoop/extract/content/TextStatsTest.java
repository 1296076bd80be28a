package dev.scoop.extract.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass lengths agree with jsoup's own {@code text()} for every element, whatever joins the parts. */
class TextStatsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "<p>such as the <b>S&amp;P 500</b> or <b>Nasdaq</b>, and more.</p>",
      "<div><div>block</div><a>inline after a block</a></div>",
      "<div><span>inline</span><div>block after</div> tail</div>",
      "<p>line<br>break <button>Buy</button>now<select><option>one</select>after</p>",
      "<p>a\u00a0\u00a0b \u200bzero-width, soft\u00adhyphen</p>",
      "<div> <strong>lead</strong> </div> <time>Mon</time>",
      "<ul><li>one, two</li><li><p>three</p></li></ul><img src=x.png>alt text",
      "<table><tr><td>cell<table><tr><td>nested, cell</td></tr></table></td></tr></table>",
      "<span>inline <div>holding a block</div></span>follows"})
  void lengthsAndCommasAreThoseOfTheText(String html) {
    Element body = Jsoup.parse(html).body();
    TextStats stats = new TextStats(body);
    for (Element e : body.getAllElements()) {
      assertEquals(e.text().length(), stats.text(e), e.outerHtml());
      assertEquals(Texts.commas(e.text()), stats.commas(e), e.outerHtml());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void removalsKeepTheAncestorsCurrent(int removed) {
    Element body = Jsoup.parse("<div><p>first, one</p><p>second, two</p><p><a href=/x>linked</a> third</p></div>").body();
    TextStats stats = new TextStats(body);
    for (int i = 0; i < removed; i++) {
      stats.remove(body.selectFirst("p"));
    }
    Element div = body.selectFirst("div");
    assertEquals(div.text().length(), stats.text(div));
    assertEquals(Texts.commas(div.text()), stats.commas(div));
    assertEquals((double) "linked".length() / div.text().length(), stats.linkDensity(div), 1e-9);
  }
}
