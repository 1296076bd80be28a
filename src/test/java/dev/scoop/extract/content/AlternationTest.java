package dev.scoop.extract.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlternationTest {
  private static final String WORDS = "-ad-|\\bads?\\b|advert|ad-?slot|banner|nav\\b|navbar|(?:x|y)z|[ab|c]d|s?qu";

  @Test
  void splitsOnlyAtTopLevelBars() {
    assertEquals(List.of("a", "(?:b|c)", "[d|e]", "f\\|g"), Alternation.topLevel("a|(?:b|c)|[d|e]|f\\|g"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ads", "main-ad-slot", "ad-slot", "adslot", "top-banner", "nav", "nav-item", "navbar", "mynav",
      "navigation", "xz", "yz", "bd", "|d", "cd", "advertorial", "bad", "roads", "header", "", "qu", "squ", "s"})
  void findsExactlyWhatTheOriginalAlternationFinds(String word) {
    assertEquals(Pattern.compile(WORDS).matcher(word).find(), Alternation.compile(WORDS).matcher(word).find(), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sidebar", "site-header", "share-tools", "ad-container", "ads", "most-popular", "related-posts",
      "main-nav", "navbar", "entry", "content", "story-body", "css-1x2y3z", "col-md-6"})
  void theFurnitureRuleMatchesAsItsWordListDoes(String word) {
    assertEquals(Pattern.compile(Boilerplate.UNLIKELY_WORDS).matcher(word).find(), Boilerplate.UNLIKELY.matcher(word).find(), word);
  }
}
