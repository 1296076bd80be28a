package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {
  private static String resolve(String href, String base) {
    Element a = Jsoup.parse("<a href=\"" + href + "\">x</a>", base).selectFirst("a");
    return Urls.absolute(a, "href");
  }

  @ParameterizedTest(name = "{0} against {1}")
  @CsvSource({
      "/minutes,                    https://example.com/news/a.html, https://example.com/minutes",
      "b.html,                      https://example.com/news/a.html, https://example.com/news/b.html",
      "./img/x.png,                 https://example.com/news/a.html, https://example.com/news/img/x.png",
      "../../x,                     https://example.com/news/a.html, https://example.com/x",
      "?page=2,                     https://example.com/news/a.html, https://example.com/news/a.html?page=2",
      "//cdn.example.net/i.png,     https://example.com/news/a.html, https://cdn.example.net/i.png",
      "#top,                        https://example.com/news/a.html, https://example.com/news/a.html#top",
      "mailto:desk@example.com,     https://example.com/news/a.html, mailto:desk@example.com",
      "/minutes,                    https://other.example/,          https://other.example/minutes",
      "/minutes,                    '',                              /minutes",
      "' https://example.com/x\t ', https://example.com/,             https://example.com/x"})
  void resolvesAsJsoupDoesAndCleansAsBrowsersDo(String href, String base, String expected) {
    assertEquals(expected, resolve(href, base));
    // the same link through jsoup's own resolving, where it resolves at all
    Element a = Jsoup.parse("<a href=\"" + href + "\">x</a>", base).selectFirst("a");
    if (!a.absUrl("href").isEmpty()) {
      assertEquals(a.absUrl("href"), resolve(href, base));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "https://example.com/a, true",
      "http://example.com/a,  true",
      "http/ngx_http_core_module.html, false",
      "httpdocs/a.html,       false",
      "mailto:desk@example.com, false",
      "//cdn.example.net/i.png, false"})
  void onlyAbsoluteHttpAndHttpsAddressesAreWeb(String url, boolean web) {
    assertEquals(web, Urls.isWeb(url));
  }
}
