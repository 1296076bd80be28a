package dev.scoop.extract.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.extract.Article;
import dev.scoop.extract.ArticleExtractor;
import dev.scoop.extract.BundledPages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Markdown of real pages, read back by a CommonMark parser (with GFM tables), says what the
 * sanitized HTML of the same content says: every character of its text, and a space wherever
 * the HTML's text has one (the Markdown may set more words apart, never fewer). Text that reads
 * as syntax ("&lt;The Palace&gt;", "1) Lego", "offseason**.**"), an image that swallows a link
 * after "!", paragraphs run together and captions left out all fail here.
 */
class MarkdownRoundTripTest {
  private static final List<Extension> GFM = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(GFM).build();
  private static final HtmlRenderer TO_HTML = HtmlRenderer.builder().extensions(GFM).build();

  private final ArticleExtractor extractor = new ArticleExtractor();

  @ParameterizedTest
  @ValueSource(strings = {"aeb", "wcxb-sample"})
  void markdownReadsBackAsTheContentsText(String dataset) {
    List<Path> pages = BundledPages.files(dataset);
    List<String> failures = new ArrayList<>();
    for (Path page : pages) {
      Article article = extractor.extract(BundledPages.html(page), "https://example.com/article");
      String expected = Jsoup.parse(article.html()).text();
      String actual = Jsoup.parse(TO_HTML.render(PARSER.parse(article.markdown()))).text();
      String difference = difference(expected, actual);
      if (difference != null) {
        failures.add(page.getFileName() + ": " + difference);
      }
    }
    assertTrue(pages.size() > 50, "pages read: " + pages.size());
    assertEquals(List.of(), failures);
  }

  /**
   * Where {@code actual} first loses a character of {@code expected}, gains one, or runs two
   * words together that {@code expected} has apart; null when it does none of these.
   */
  static String difference(String expected, String actual) {
    int i = 0;
    int j = 0;
    boolean spaceExpected = false;
    boolean spaceActual = false;
    while (true) {
      while (i < expected.length() && isSpace(expected.charAt(i))) {
        spaceExpected = true;
        i++;
      }
      while (j < actual.length() && isSpace(actual.charAt(j))) {
        spaceActual = true;
        j++;
      }
      if (i == expected.length() || j == actual.length()) {
        return i == expected.length() && j == actual.length() ? null : context(expected, i, actual, j);
      }
      if (expected.charAt(i) != actual.charAt(j) || spaceExpected && !spaceActual && j > 0) {
        return context(expected, i, actual, j);
      }
      spaceExpected = false;
      spaceActual = false;
      i++;
      j++;
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String context(String expected, int i, String actual, int j) {
    return "expected …" + expected.substring(Math.max(0, i - 50), Math.min(expected.length(), i + 30))
        + "… but read …" + actual.substring(Math.max(0, j - 50), Math.min(actual.length(), j + 30)) + "…";
  }
}
