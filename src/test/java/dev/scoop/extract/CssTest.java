package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
}
