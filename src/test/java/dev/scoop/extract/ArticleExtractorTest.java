package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.FixtureServer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed story, once with full metadata (JSON-LD, OpenGraph) and once with none at all
 * (visible byline and dateline only, windows-1252): both must give the same article.
 */
class ArticleExtractorTest {
  private static final String URL = "https://www.newser.com/story/351784/south-korea-may-relent-on-selling-weapons-to-ukraine.html";
  private final ArticleExtractor extractor = new ArticleExtractor();

  private Article extract(String page) {
    String charset = page.contains("cp1252") ? null : "utf-8";
    return extractor.extract(FixtureServer.bytes("pages/" + page), charset, URL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-newser.html", "seed-newser-nometa-cp1252.html"})
  void readsTheSeedStoryMetadata(String page) {
    Article a = extract(page);
    assertAll(
        () -> assertEquals("South Korea May Relent on Selling Weapons to Ukraine", a.title()),
        () -> assertEquals("Possible reconsideration of weapons policy comes in response to Russia-North Korea pact", a.description()),
        () -> assertEquals(List.of("Kate Seamons"), a.authors()),
        () -> assertEquals("2024-06-21T08:17:00-05:00", a.publishedAt()),
        () -> assertEquals("Newser", a.siteName()),
        // dated, by a byline, a paragraph then bullet points: a story, with or without the type declared
        () -> assertEquals("article", a.pageType()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-newser.html", "seed-newser-nometa-cp1252.html"})
  void splitsCaptionFromCredit(String page) {
    Image image = extract(page).image();
    assertNotNull(image);
    assertEquals("A TV screen shows an image of Russian President Vladimir Putin in Hanoi, during a news program at the "
        + "Seoul Railway Station in Seoul, South Korea, Friday, June 21, 2024.", image.caption());
    assertEquals("AP Photo/Ahn Young-joon", image.credit());
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-newser.html", "seed-newser-nometa-cp1252.html"})
  void keepsEveryParagraphAndBulletInOrder(String page) {
    String text = extract(page).text();
    List<String> lines = List.of(text.split("\n"));
    assertEquals(6, lines.size(), text);
    assertTrue(lines.get(0).startsWith("South Korea is not taking North Korea and Russia's newly cemented partnership lightly."));
    assertTrue(lines.get(0).endsWith("It summoned the Russian ambassador on Friday. More:"));
    assertTrue(lines.get(1).startsWith("Why the weapons statement is a big deal: South Korea has a longstanding policy"));
    assertTrue(lines.get(2).startsWith("Context: As Voice of America explains"));
    assertTrue(lines.get(3).startsWith("Putin's response: The Russian president didn't take kindly"));
    assertTrue(lines.get(4).contains("our partners from the DPRK?\""));
    assertTrue(lines.get(5).startsWith("The ambassador angle:"));
    assertTrue(lines.get(5).endsWith("reports the AP."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-newser.html", "seed-newser-nometa-cp1252.html"})
  void leavesBoilerplateMetadataAndCaptionsOutOfTheText(String page) {
    String text = extract(page).text();
    for (String boilerplate : List.of("Tap to install", "Get the news faster", "Add to Home Screen", // app promo
        "Entertainment", "Privacy", // navigation, footer
        "Putin and Kim Sign Mutual Defense Pact", "Most Popular", // related, sidebar
        "really significant shift", "Reader123", // comments
        "Copyright 2024", "Kate Seamons", "Newser Staff", "Posted", "CDT", // footer, byline, dateline
        "A TV screen shows", "AP Photo", "Doesn't Take Kindly", // caption, credit, photo title
        "More South Korea stories", "Advertisement", "Share", "Tweet", "cookies")) {
      assertFalse(text.contains(boilerplate), "text contains '" + boilerplate + "'");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-newser.html", "seed-newser-nometa-cp1252.html"})
  void decodesTypographyOfEitherCharset(String page) {
    assertTrue(extract(page).text().contains("closest neighbors—our partners"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-newser.html", "seed-newser-nometa-cp1252.html"})
  void rendersStructureInBlocksAndMarkdown(String page) {
    Article a = extract(page);
    assertEquals(1, a.blocks().stream().filter(b -> b.type().equals("paragraph")).count());
    assertEquals(5, a.blocks().stream().filter(b -> b.type().equals("list_item")).count());
    assertEquals(1, a.blocks().stream().filter(b -> b.type().equals("figure")).count());
    assertTrue(a.markdown().contains("- **Context:** As [Voice of America](https://www.voanews.com/) explains"), a.markdown());
    assertTrue(a.html().contains("<li><strong>Why the weapons statement is a big deal:</strong>"), a.html());
    assertFalse(a.html().contains("<script"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-newser.html", "seed-newser-nometa-cp1252.html"})
  void countsWordsAndFingerprintsTheBody(String page) {
    Article a = extract(page);
    assertEquals(a.text().split("\\s+").length, a.wordCount());
    assertEquals(2, a.readingTimeMinutes());
    assertEquals(Fingerprint.hex(Fingerprint.simHash(a.text())), a.fingerprint());
  }

  @org.junit.jupiter.api.Test
  void bothVersionsOfTheStoryHaveTheSameBody() {
    assertEquals(extract("seed-newser.html").text(), extract("seed-newser-nometa-cp1252.html").text());
  }

  @org.junit.jupiter.api.Test
  void prefersDeclaredMetadataWhenPresent() {
    Article a = extract("seed-newser.html");
    assertEquals("en", a.language());
    assertEquals("World", a.section());
    assertEquals(List.of("South Korea", "Ukraine", "Russia", "North Korea", "Vladimir Putin"), a.tags());
    assertEquals(URL, a.canonicalUrl());
    assertTrue(a.image().url().contains("square-image"), "og:image is the lead image");
    assertEquals("article", a.pageType());
  }

  @org.junit.jupiter.api.Test
  void reportsNoContentForAnEmptyAppShell() {
    Article a = extractor.extract("<html><head><title>App</title></head><body><div id=root></div>"
        + "<script>boot()</script><nav><a href=/>Home</a><a href=/about>About us</a></nav></body></html>", null);
    assertTrue(a.isEmpty());
    assertEquals("", a.text());
  }

  @org.junit.jupiter.api.Test
  void aShellWhoseOnlyTextIsASkipLinkHasNoContent() {
    String shell = "<html><head><title>Shop</title></head><body>"
        + "<div style=\"display:none\"><h1>Shop</h1><ul><li><a href=\"#search\">I'm shopping for...</a></li></ul></div>"
        + "<div id=\"app\"></div><script>render()</script></body></html>";
    Article a = extractor.extract(shell, "https://shop.example/item/1");
    assertTrue(a.isEmpty(), a.text());
  }

  @org.junit.jupiter.api.Test
  void aShortListOfThreeLinksIsStillContent() {
    Article a = extractor.extract("<html><body><main><ul><li><a href=/a>First story</a></li><li><a href=/b>Second story</a></li>"
        + "<li><a href=/c>Third story</a></li></ul></main></body></html>", "https://example.com/");
    assertEquals("First story\nSecond story\nThird story", a.text());
  }

  @org.junit.jupiter.api.Test
  void linksAreCleanedAsBrowsersCleanThemInEveryOutput() {
    Article a = extractor.extract("<html><body><article><p>The council published <a href='https://example.com/plan\n '>its plan</a> "
        + "and <a href='https://example.com/min\tutes '>the minutes</a> of the meeting that voted on the new bike lanes.</p></article></body></html>",
        "https://example.com/news/");
    assertEquals(List.of("https://example.com/plan", "https://example.com/minutes"), a.links().stream().map(Article.Link::url).toList());
    assertTrue(a.markdown().contains("[its plan](https://example.com/plan) and [the minutes](https://example.com/minutes)"), a.markdown());
    assertTrue(a.html().contains("href=\"https://example.com/plan\"") && a.html().contains("href=\"https://example.com/minutes\""), a.html());
  }

  @org.junit.jupiter.api.Test
  void pagesOfMoreElementsThanTheLimitAreRefusedBeforeTheyAreRead() {
    ArticleExtractor small = new ArticleExtractor(1000);
    // html, head, body and the document itself are elements too: 996 paragraphs fill the limit
    String atLimit = java.util.stream.IntStream.range(0, 996)
        .mapToObj(i -> "<p>Paragraph " + i + " of the page, long enough to read as prose in an article body.")
        .collect(java.util.stream.Collectors.joining());
    assertEquals(996, small.extract(atLimit, null).text().split("\n").length);
    PageTooLargeException e = assertThrows(PageTooLargeException.class, () -> small.extract(atLimit + "<p>one more", null));
    assertEquals(1000, e.limit());
    assertThrows(IllegalArgumentException.class, () -> new ArticleExtractor(0));
  }

  /**
   * Discourse serves crawlers (and Scoop, whose User-Agent says "ScoopBot") a page of plain posts
   * instead of its JavaScript app: the thread's posts are the content, without the quote of an
   * earlier post, the related topics, the pager or the footer.
   */
  @org.junit.jupiter.api.Test
  void readsADiscourseThreadAsServedToCrawlers() {
    Article a = extractor.extract(FixtureServer.bytes("pages/discourse-crawler-view.html"), "utf-8",
        "https://forum.riverside.example/t/which-bike-lock-for-a-city-commute/4821");
    assertAll(
        () -> assertEquals("forum", a.pageType()),
        () -> assertEquals("Which bike lock for a city commute?", a.title()),
        () -> assertEquals(List.of("mara_k"), a.authors()),
        () -> assertEquals("2024-03-04T07:41:12Z", a.publishedAt()),
        () -> assertEquals(List.of(
            "I ride to work every day and leave the bike outside a train station for nine hours. Which lock would you trust there?",
            "I have been looking at U-locks and folding locks, but the good ones weigh nearly two kilos and I already carry a laptop.",
            "Leave the heavy chain locked to the rack at the station and carry only a small lock for the other end of the day.",
            "Two different kinds of lock also mean a thief needs two different tools, which is what makes them move on.",
            "Whatever you buy, register the frame number with the city's bike registry and keep a photo of the receipt."),
            List.of(a.text().split("\n"))));
  }
}
