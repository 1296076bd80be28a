package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

class CssTest {
  @Test
  void aSelectorIsCompiledOnceAndShared() {
    assertSame(Css.of("p, li"), Css.of("p, li"));
  }

  @Test
  void pastTheLimitSelectorsStillWorkButAreNotKept() {
    Css.Compiled compiled = new Css.Compiled(2);
    compiled.get("p");
    compiled.get("li");
    Element div = Jsoup.parse("<div class=late>x</div>").selectFirst("div");
    assertTrue(div.is(compiled.get("div.late")));
    assertNotSame(compiled.get("div.late"), compiled.get("div.late"), "a selector past the limit is parsed each time");
    assertSame(compiled.get("p"), compiled.get("p"));
  }

  @Test
  void aListOfTagNamesSelectsWhatJsoupWouldInTheSameOrder() {
    Element body = Jsoup.parse("<div><p>a</p><ul><li>b</li></ul><section role=navigation><span>c</span></section>"
        + "<div class=x><a href=/>d</a><b>e</b></div><aside aria-modal=true>f</aside></div>").body();
    for (String selector : new String[] {"p, li, section", "span, [role~=(?i)^(navigation|banner)$], aside",
        "li, div:has(> a, > b), p", "b, a[href], div.x, ul"}) {
      assertEquals(body.select(QueryParser.parse(selector)), body.select(Css.compile(selector)), selector);
    }
  }

  @Test
  void aListOfClassNamesSelectsWhatJsoupWouldInTheSameOrder() {
    Element body = Jsoup.parse("<div class='row  HIDE'><p class=hidden-xs>a</p><p class='x\thidden'>b</p>"
        + "<span class=d-none>c</span><span class=d-nonex>d</span><i class=''>e</i><b hidden>f</b></div>").body();
    for (String selector : new String[] {".hide, .hidden, .d-none", ".hidden, .d-none, [hidden], b", "p, span, .hide, .x"}) {
      assertEquals(body.select(QueryParser.parse(selector)), body.select(Css.compile(selector)), selector);
    }
    assertEquals(3, body.select(Css.compile(".hide, .hidden, .d-none")).size());
  }
}
