package dev.scoop.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {
  @ParameterizedTest
  @CsvSource({
      "HTTP://Example.COM/a, http://example.com/a",
      "http://example.com, http://example.com/",
      "http://example.com:80/a, http://example.com/a",
      "https://example.com:443/a, https://example.com/a",
      "https://example.com:8443/a, https://example.com:8443/a",
      "http://example.com/a#frag, http://example.com/a",
      "http://example.com/a/./b/../c, http://example.com/a/c",
      "http://example.com/?b=2&a=1, http://example.com/?a=1&b=2",
      "http://example.com/?utm_source=x&id=3&fbclid=y, http://example.com/?id=3",
      "http://example.com./a, http://example.com/a",
      "http://bücher.example/a, http://xn--bcher-kva.example/a",
  })
  void canonicalForms(String input, String expected) {
    assertEquals(expected, UrlCanonicalizer.canonicalize(input));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ftp://example.com/", "javascript:alert(1)", "/relative", "http://", "http://u:p@example.com/", "not a url"})
  void refusesUnfetchableUrls(String input) {
    assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize(input));
  }
}
