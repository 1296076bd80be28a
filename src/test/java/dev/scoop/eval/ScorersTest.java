package dev.scoop.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scorers agree with the benchmarks' Python scorers; expected values computed with Python 3.11. */
class ScorersTest {
  private static final String TRICKY = "café naïve x_y ½ ٣ Ⅻ e\u0301t 東京タワー don’t 3.14 İstanbul";

  @Test
  void tokensFollowPythonsWordClass() {
    assertEquals(List.of("café", "naïve", "x_y", "½", "٣", "Ⅻ", "e", "t", "東京タワー", "don", "t", "3", "14", "İstanbul"),
        Words.tokens(TRICKY));
    assertEquals(List.of("café", "naïve", "x_y", "½", "٣", "ⅻ", "e", "t", "東京タワー", "don", "t", "3", "14", "i", "stanbul"),
        Words.tokens(TRICKY.toLowerCase(Locale.ROOT)));
  }

  @Test
  void aebScoresShinglesAndExactMatch() {
    PageScore same = AebScorer.score("a", "One two three four five.", "One two, three four five");
    assertEquals(1.0, same.f1());
    assertTrue(same.exact(), "punctuation is not part of the tokens");
    PageScore cased = AebScorer.score("a2", "One two three four five.", "one two three four five");
    assertEquals(0.5, cased.precision(), 1e-9, "tokens are case-sensitive, as in Python");
    assertFalse(cased.exact());
    PageScore half = AebScorer.score("b", "a b c d e f", "a b c d x y");
    // shingles: truth {abcd, bcde, cdef}, prediction {abcd, bcdx, cdxy}: tp 1/5, fp 2/5, fn 2/5
    assertEquals(1.0 / 3, half.precision(), 1e-9);
    assertEquals(1.0 / 3, half.recall(), 1e-9);
    PageScore empty = AebScorer.score("c", "a b c d", "");
    assertEquals(0.0, empty.recall());
    assertFalse(empty.countsForPrecision(), "no predicted shingle: precision undefined, left out");
    assertTrue(AebScorer.score("d", "", "").exact());
  }

  @Test
  void wcxbScoresWordBagsAndSnippets() {
    PageScore s = WcxbScorer.score("p", "article", "The cat sat on the mat", "the cat sat. Subscribe now!",
        List.of("cat sat", "on the mat"), List.of("Subscribe"));
    assertEquals(3.0 / 5, s.precision(), 1e-9);
    assertEquals(3.0 / 6, s.recall(), 1e-9);
    assertEquals(0.5, s.with());
    assertEquals(1.0, s.without());
    assertEquals(1.0, WcxbScorer.score("q", "service", "", "", List.of(), List.of()).f1(), "empty reference, empty prediction");
    assertEquals(0.0, WcxbScorer.score("r", "service", "", "text", List.of(), List.of()).f1());
  }

  @Test
  void metadataMatchesTitleAuthorAndDayLoosely() {
    dev.scoop.extract.Article a = new dev.scoop.extract.ArticleExtractor().extract(
        "<html><head><title>Top 10 Health Trends</title><meta name=author content='Andrew King'>"
            + "<meta property='article:published_time' content='2025-09-04T10:00:00-04:00'></head><body><p>x</p></body></html>", null);
    MetadataScorer.Score right = MetadataScorer.score(new MetadataScorer.Expected("Top 10: Health trends", "Andrew King", "2025-09-04"), a);
    assertEquals(new MetadataScorer.Score(true, true, true), right);
    MetadataScorer.Score wrong = MetadataScorer.score(new MetadataScorer.Expected("Health", "Jane Doe", "2025-09-05"), a);
    assertEquals(new MetadataScorer.Score(false, false, false), wrong);
    assertEquals(new MetadataScorer.Score(null, null, null), MetadataScorer.score(MetadataScorer.Expected.NONE, a));
  }

  @Test
  void authorsMatchWhateverWayTheirListIsWritten() {
    dev.scoop.extract.Article a = new dev.scoop.extract.ArticleExtractor().extract(
        "<html><head><meta name=author content='Danielle DeSiato, Donna Enzmann and Natalie Nguyen'></head><body><p>x</p></body></html>", null);
    assertEquals(List.of("Danielle DeSiato", "Donna Enzmann", "Natalie Nguyen"), a.authors());
    assertEquals(true, MetadataScorer.score(new MetadataScorer.Expected(null, "Danielle DeSiato, Donna Enzmann, and Natalie Nguyen", null), a).author());
    assertEquals(true, MetadataScorer.score(new MetadataScorer.Expected(null, "Nguyen, Natalie", null), a).author());
    assertEquals(false, MetadataScorer.score(new MetadataScorer.Expected(null, "Natalie Nguyen-Smith", null), a).author());
  }

  @Test
  void metadataRatesCountOnlyPagesThatExpectTheField() {
    EvalReport report = new EvalReport(Dataset.Kind.WCXB, List.of(), List.of(
        new MetadataScorer.Score(true, null, false), new MetadataScorer.Score(false, true, null)));
    assertEquals(List.of(new EvalReport.FieldRate(1, 2), new EvalReport.FieldRate(1, 1), new EvalReport.FieldRate(0, 1)),
        report.metadataRates());
  }
}
