package dev.scoop.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // scheme and host
      "HTTP://Example.COM/a|http://example.com/a",
      "hTTpS://WWW.Example.com/Path|https://www.example.com/Path",
      "http://example.com./a|http://example.com/a",
      "http://bücher.example/a|http://xn--bcher-kva.example/a",
      "http://BÜCHER.example/a|http://xn--bcher-kva.example/a",
      "https://例え.jp/記事|https://xn--r8jz45g.jp/記事",
      "http://xn--bcher-kva.example/a|http://xn--bcher-kva.example/a",
      "http://127.0.0.1:8080/a|http://127.0.0.1:8080/a",
      "http://[::1]:8080/a|http://[::1]:8080/a",
      "http://[2001:DB8::1]/a|http://[2001:db8::1]/a",
      "http://127.1/a|http://127.0.0.1/a",
      "http://0x7f.1:8080/a|http://127.0.0.1:8080/a",
      "http://2130706433/a|http://127.0.0.1/a",
      "http://0177.0.0.1/a|http://127.0.0.1/a",
      "http://127.0.0.1./a|http://127.0.0.1/a",
      // ports
      "http://example.com:80/a|http://example.com/a",
      "https://example.com:443/a|https://example.com/a",
      "http://example.com:443/a|http://example.com:443/a",
      "https://example.com:80/a|https://example.com:80/a",
      "https://example.com:8443/a|https://example.com:8443/a",
      // empty path and trailing slash
      "http://example.com|http://example.com/",
      "http://example.com/|http://example.com/",
      "http://example.com?a=1|http://example.com/?a=1",
      "http://example.com/a/|http://example.com/a/",
      "http://example.com/a|http://example.com/a",
      "http://example.com/a//b|http://example.com/a/b",
      // fragments
      "http://example.com/a#frag|http://example.com/a",
      "http://example.com/a#|http://example.com/a",
      "http://example.com/#!/route|http://example.com/",
      "http://example.com/a?b=1#c|http://example.com/a?b=1",
      // dot segments
      "http://example.com/a/./b|http://example.com/a/b",
      "http://example.com/a/b/../c|http://example.com/a/c",
      "http://example.com/a/b/../../c|http://example.com/c",
      "http://example.com/../a|http://example.com/a",
      "http://example.com/./a/.|http://example.com/a/",
      // percent-encoding
      "http://example.com/%7Euser|http://example.com/~user",
      "http://example.com/%41%42c|http://example.com/ABc",
      "http://example.com/a%2fb|http://example.com/a%2Fb",
      "http://example.com/a%2Fb|http://example.com/a%2Fb",
      "http://example.com/caf%c3%a9|http://example.com/caf%C3%A9",
      "http://example.com/a%20b|http://example.com/a%20b",
      "http://example.com/?q=%7e|http://example.com/?q=~",
      "http://example.com/?q=a%2bb|http://example.com/?q=a%2Bb",
      "http://example.com/%2D%2E%5F|http://example.com/-._",
      // query order and empties
      "http://example.com/?b=2&a=1|http://example.com/?a=1&b=2",
      "http://example.com/?a=2&a=1|http://example.com/?a=1&a=2",
      "http://example.com/?a=1&&b=2&|http://example.com/?a=1&b=2",
      "http://example.com/?|http://example.com/",
      "http://example.com/?flag&a=1|http://example.com/?a=1&flag",
      "http://example.com/?a=|http://example.com/?a=",
      "http://example.com/?B=1&a=2|http://example.com/?B=1&a=2",
      // tracking parameters
      "http://example.com/?utm_source=x&id=3&fbclid=y|http://example.com/?id=3",
      "http://example.com/?UTM_Medium=email&id=3|http://example.com/?id=3",
      "http://example.com/a?gclid=abc|http://example.com/a",
      "http://example.com/a?mc_cid=1&mc_eid=2|http://example.com/a",
      "http://example.com/a?ref_src=twsrc%5Etfw|http://example.com/a",
      "http://example.com/a?utm_campaign=x&utm_content=y&utm_term=z|http://example.com/a",
      "http://example.com/a?msclkid=1&page=2|http://example.com/a?page=2",
      "http://example.com/a?_ga=2.1&x=1|http://example.com/a?x=1",
      "http://example.com/a?ref=home|http://example.com/a?ref=home",
      "http://example.com/a?utmsource=x|http://example.com/a?utmsource=x",
      // everything at once
      "HTTPS://News.Example.COM:443/world/../politics/./story.html?utm_source=tw&id=7&a=1#top|https://news.example.com/politics/story.html?a=1&id=7",
      "http://EXAMPLE.com:80/%7ejane/?b=&a=%2f#x|http://example.com/~jane/?a=%2F&b=",
      " http://example.com/a |http://example.com/a",
  })
  void canonicalForms(String input, String expected) {
    assertEquals(expected, UrlCanonicalizer.canonicalize(input));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "ftp://example.com/", "javascript:alert(1)", "mailto:a@b.c", "file:///etc/passwd",
      "data:text/html,x", "/relative/path", "example.com/a", "http://", "http:///a", "http://u:p@example.com/",
      "http://user@example.com/", "not a url", "http://exa mple.com/", "http://example.com:99999/", "http://example.com:0/",
      "http://example.com:abc/"})
  void refusesUnfetchableUrls(String input) {
    assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize(input));
  }

  @Test
  void trackingListIsConfigurable() {
    UrlCanonicalizer custom = new UrlCanonicalizer(List.of("Session", "ref"));
    assertEquals("http://example.com/a?x=1", custom.apply("http://example.com/a?ref=home&session=9&x=1&utm_id=3"));
    assertEquals("http://example.com/a", custom.apply("http://example.com/a?fbclid=1"), "the built-in list still applies");
  }

  @Test
  void variantsOfOneUrlShareOneForm() {
    List<String> variants = List.of("https://news.example.com/a/story?id=1", "HTTPS://NEWS.EXAMPLE.COM/a/story?id=1#c",
        "https://news.example.com:443/a/./story?utm_source=x&id=1", "https://news.example.com/a/b/../story?id=%31",
        "https://news.example.com./a/story?id=1&fbclid=z");
    variants.forEach(v -> assertEquals(UrlCanonicalizer.canonicalize(variants.get(0)), UrlCanonicalizer.canonicalize(v), v));
  }
}
