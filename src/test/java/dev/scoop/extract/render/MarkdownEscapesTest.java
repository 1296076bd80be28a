package dev.scoop.extract.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownEscapesTest {
  /** A line's start is escaped only where CommonMark would start another block; text close to a marker stays as it is. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1984. The year       | 1984\\. The year",
      "2019) foo            | 2019\\) foo",
      "7.                   | 7\\.",
      "1234567890. ten digits | 1234567890. ten digits",
      "3.5 million          | 3.5 million",
      "## Heading           | \\## Heading",
      "####### seven        | ####### seven",
      "#hashtag             | #hashtag",
      "- item               | \\- item",
      "-5 degrees           | -5 degrees",
      "- - -                | \\- - -",
      "+ item               | \\+ item",
      "+1 555               | +1 555",
      "> quote              | \\> quote",
      "===                  | \\===",
      "=> arrow             | => arrow",
      "~~~ fence            | \\~~~ fence",
      "~~ two               | ~~ two"})
  void lineStartEscapesOnlyBlockMarkers(String line, String escaped) {
    assertEquals(escaped, MarkdownEscapes.lineStart(line));
  }

  @Test
  void inlineEscapesSyntaxAndEntityReferencesOnly() {
    assertEquals("a\\*b\\_c \\[d\\] \\`e\\` \\\\ \\<tag> AT&T \\&amp; \\&#169; fish & chips; a&b",
        MarkdownEscapes.inline("a*b_c [d] `e` \\ <tag> AT&T &amp; &#169; fish & chips; a&b"));
  }

  @Test
  void closingHashesOfAHeadingAreEscapedOnlyWhenCommonMarkWouldDropThem() {
    assertEquals("Learn C \\#", MarkdownEscapes.closingHashes("Learn C #"));
    assertEquals("C#", MarkdownEscapes.closingHashes("C#"));
    assertEquals("\\###", MarkdownEscapes.closingHashes("###"));
  }

  @Test
  void destinationsReadWhole() {
    assertEquals("https://x.org/a%20b%28c%29%3Cd%3E?q=1", MarkdownEscapes.destination("https://x.org/a b(c)<d>?q=1"));
    String plain = "https://x.org/a_b";
    assertEquals(plain, MarkdownEscapes.destination(plain));
  }

  @Test
  void emphasisFlanksItsWordsOrNotAtAll() {
    assertTrue(MarkdownEmphasis.flanks(' ', "word", ' '));
    assertTrue(MarkdownEmphasis.flanks('a', "word", 'b')); // "*" works inside a word
    assertFalse(MarkdownEmphasis.flanks('n', ".", ' ')); // offseason**.**
    assertFalse(MarkdownEmphasis.flanks(0, "(CNN)", 'P')); // *(CNN)*President
    assertTrue(MarkdownEmphasis.flanks(0, "(CNN)", ' '));
    assertTrue(MarkdownEmphasis.flanks('“', "“Quote”", '”'));
  }

  @Test
  void trailingDelimitersCountOnlyUnescapedStars() {
    assertEquals(2, MarkdownEmphasis.trailingDelimiters("**bold**"));
    assertEquals(0, MarkdownEmphasis.trailingDelimiters("a \\*"));
    assertEquals(1, MarkdownEmphasis.trailingDelimiters("a \\\\*"));
    assertEquals(0, MarkdownEmphasis.trailingDelimiters("plain"));
  }
}
