package dev.scoop.extract.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.extract.BundledPages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassPatternTest {
  /** Every class word and every class/id marker of the AEB pages, lower case, plus edge cases. */
  private static final Set<String> TEXTS = new TreeSet<>(List.of("", "ads", "bad", "roads", "main-ad-slot", "adslot",
      "nav", "mynav", "nav-item", "comment", "comment-list", "commentary", "comments_area", "x comments", "hidden-xs",
      "unhidden-x", "d-none", "d-nonesuch", "mobile-only", "mobile-onlyx", "automobile", "tags", "hashtags", "hid", "hide",
      "naïve-nav", "nav\u00e9", "é-ads", "ads-é"));

  @BeforeAll
  static void collectClassNames() {
    for (Path page : BundledPages.files("aeb")) {
      for (Element e : Jsoup.parse(BundledPages.html(page)).select("[class], [id]")) {
        String marker = Boilerplate.marker(e);
        TEXTS.add(marker);
        TEXTS.addAll(List.of(marker.split("\\s+")));
      }
    }
  }

  static List<ClassPattern> rules() {
    return List.of(Boilerplate.UNLIKELY, Boilerplate.MAYBE, Boilerplate.POSITIVE, Boilerplate.NEGATIVE, Boilerplate.COMMENTS,
        Boilerplate.REVIEWS, Boilerplate.POSTER, Boilerplate.RESPONSIVE, Boilerplate.RELATED_TITLE, Boilerplate.CAPTION, Boilerplate.THREAD, Boilerplate.QA_POST);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void everyRuleFindsExactlyWhatItsRegexFindsOnRealClassNames(ClassPattern rule) {
    assertTrue(TEXTS.size() > 10_000, "the AEB pages give the corpus: " + TEXTS.size());
    Pattern regex = rule.regex();
    List<String> differing = new ArrayList<>();
    int found = 0;
    for (String text : TEXTS) {
      boolean expected = regex.matcher(text).find();
      found += expected ? 1 : 0;
      if (rule.find(text) != expected) {
        differing.add(text);
      }
    }
    assertEquals(List.of(), differing, regex.pattern());
    assertTrue(found > 0, "the rule matches something: " + regex.pattern());
  }

  private static void assertFinds(ClassPattern p, List<String> found, List<String> notFound) {
    found.forEach(text -> assertTrue(p.find(text), text));
    notFound.forEach(text -> assertFalse(p.find(text), text));
  }

  @Test
  void optionalCharactersGroupsAndBoundariesExpand() {
    assertFinds(ClassPattern.compile("ad-?slot|\\bads?\\b|more-?(?:stories|posts)|s?qu"),
        List.of("adslot", "main-ad-slot", "ads", "top-ad", "morestories", "more-posts", "qu", "squ"),
        List.of("bad", "adsense", "more-story", "q", "ad_slot"));
  }

  @Test
  void partsMustBeWholePartsOfAName() {
    assertFinds(ClassPattern.parts("comments?|reply-?form"),
        List.of("comment-list", "post_comments", "replyform"), List.of("commentary", "nocomment"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.b", "[ab]c", "a\\sb", "(ab)", "a*", "a+b", "x\\bz", "^a", "a|", "(?:a|)", "ab)c", "(?:ab"})
  void syntaxBeyondAListOfWordsIsRefused(String rule) {
    assertThrows(IllegalArgumentException.class, () -> ClassPattern.compile(rule));
  }

  @Test
  void aBoundaryIsRefusedInsideAPartsRule() {
    assertThrows(IllegalArgumentException.class, () -> ClassPattern.parts("\\bads"));
  }

  @Test
  void matchingIsCaseSensitiveBecauseMarkersAreLowerCasedOnce() {
    assertFinds(Boilerplate.UNLIKELY, List.of("SIDEBAR".toLowerCase(Locale.ROOT)), List.of("SIDEBAR"));
  }
}
