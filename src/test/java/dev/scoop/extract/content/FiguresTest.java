package dev.scoop.extract.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.scoop.extract.Image;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {
  /** The image's real source: a lazy loader's attribute, then src, then srcset's first candidate, made absolute; an inline placeholder is none. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "<img data-src='/big.jpg' src='data:image/gif;base64,R0lGOD'>         | https://example.com/big.jpg",
      "<img data-src='data:image/svg+xml;utf8,' src='/real.jpg'>            | https://example.com/real.jpg",
      "<img srcset='/a-800.jpg 800w, /a-400.jpg 400w'>                     | https://example.com/a-800.jpg",
      "<img src='data:image/gif;base64,R0lGOD' srcset='data:image/svg+xml;utf8,'> | ",
      "<img alt='no source at all'>                                           | "})
  void imageSourceSkipsPlaceholdersAndResolvesSrcset(String html, String expected) {
    Image image = Figures.read(Jsoup.parse("<figure>" + html + "</figure>", "https://example.com/news/a.html").selectFirst("figure"));
    if (expected == null) {
      assertNull(image);
    } else {
      assertEquals(expected, image.url());
    }
  }
}
