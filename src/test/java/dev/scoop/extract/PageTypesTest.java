package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a page says it is, and what that changes: on a discussion the replies are content. */
class PageTypesTest {
  private static final String STORY = "<p>The city council voted on Tuesday to expand the bike lane network, adding forty kilometres of lanes.</p>"
      + "<p>Supporters said the plan would make cycling safer for children and older residents, while critics worried.</p>";
  private static final String COMMENTS = "<div class=comments><div class=comment><p>Great news for cyclists, finally the council is doing something!</p></div></div>";
  private final ArticleExtractor extractor = new ArticleExtractor();

  private Article extract(String jsonLd, String url) {
    return extractor.extract("<html><head><script type='application/ld+json'>" + jsonLd + "</script></head><body><main><h1>T</h1>"
        + STORY + COMMENTS + "</main></body></html>", url);
  }

  @Test
  void theQuestionsOfAnFaqDoNotMakeAThread() {
    Article a = extract("{\"@context\":\"https://schema.org\",\"@type\":\"FAQPage\",\"mainEntity\":[{\"@type\":\"Question\","
        + "\"name\":\"When do works start?\",\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":\"In spring.\"}}]}", "https://city.example/bike-lanes");
    assertEquals("page", a.pageType());
    assertFalse(a.text().contains("Great news for cyclists"), a.text());
  }

  @Test
  void aQuestionPageIsADiscussionAndKeepsItsAnswers() {
    Article a = extract("{\"@context\":\"https://schema.org\",\"@type\":\"QAPage\",\"mainEntity\":{\"@type\":\"Question\",\"name\":\"Bike lanes?\"}}",
        "https://answers.example/q/1");
    assertEquals("forum", a.pageType());
    assertTrue(a.text().contains("Great news for cyclists"), a.text());
  }

  @Test
  void documentationIsKnownByItsGeneratorOrWhereItLives() {
    String page = "<html><head><meta name=generator content='Sphinx 7.2.6'></head><body><main><h1>Quickstart</h1>" + STORY + "</main></body></html>";
    assertEquals("documentation", extractor.extract(page, "https://flask.example/en/stable/quickstart/").pageType());
    String plain = "<html><head><meta property=og:type content=article></head><body><main><h1>Sudo</h1>" + STORY + "</main></body></html>";
    assertEquals("documentation", extractor.extract(plain, "https://docs.example.com/sudo").pageType());
    assertEquals("documentation", extractor.extract(plain, "https://example.com/docs/guide/sudo").pageType());
    assertEquals("documentation", extractor.extract(plain, "https://wiki.example.org/title/Sudo").pageType());
    assertEquals("documentation", extractor.extract(plain, "https://developer.example.com/terraform/language/resources").pageType());
    assertEquals("documentation", extractor.extract(plain, "https://v2.example.app/start/get-started/").pageType());
    assertEquals("article", extractor.extract(plain, "https://example.com/blog/sudo").pageType());
    String news = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Docs day\"}</script></head>"
        + "<body><main><h1>Docs day</h1>" + STORY + "</main></body></html>";
    assertEquals("article", extractor.extract(news, "https://news.example/docs/2024/docs-day").pageType(), "news stays news");
  }

  @Test
  void aProductSaysSo() {
    Article a = extract("{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Lock\"}", "https://shop.example/lock");
    assertEquals("product", a.pageType());
    // shops also declare the page a WebPage: the Product still says what it is
    Article both = extract("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"Lock | Shop\"},"
        + "{\"@type\":\"Product\",\"name\":\"Lock\"}]}", "https://shop.example/lock");
    assertEquals("product", both.pageType());
    assertEquals("Lock", both.title());
  }

  @Test
  void aProductPageLeavesCustomerReviewsOut() {
    String reviews = "<div id=reviews class=product-reviews><div class=review><p>Five stars, I bought two of these locks for the whole family!</p></div></div>";
    Article product = extractor.extract("<html><head><script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Lock\"}</script>"
        + "</head><body><main><h1>Lock</h1><div class=description>" + STORY + "</div>" + reviews + "</main></body></html>", "https://shop.example/lock");
    assertTrue(product.text().contains("bike lane network"), product.text());
    assertFalse(product.text().contains("Five stars"), product.text());
    // on an article "review" names the story itself (a film or product review), which stays
    Article review = extractor.extract("<html><body><article><h1>Lock review</h1><div class=review-body>" + STORY
        + "</div></article></body></html>", "https://news.example/lock-review");
    assertTrue(review.text().contains("bike lane network"), review.text());
  }

  @Test
  void aThreadKeepsItsRepliesButNotThePostersCardsAndSignatures() {
    String post = "<div class=post><div class=postprofile><span>Posts: 4,198</span> <span>Joined: Dec 2009</span></div>"
        + "<div class=content><p>%s</p></div><div class=signature>220 gallon cichlid tank, 90 gallon planted.</div></div>";
    Article a = extractor.extract("<html><head><meta name=generator content='phpBB'></head><body><main><h1>Bike lanes?</h1>"
        + String.format(post, "The city council voted on Tuesday to expand the bike lane network, adding forty kilometres.")
        + String.format(post, "Supporters said the plan would make cycling safer for children and older residents.")
        + "</main></body></html>", "https://forum.example/viewtopic.php?t=1");
    assertEquals("forum", a.pageType());
    assertTrue(a.text().contains("Supporters said the plan"), a.text());
    assertFalse(a.text().contains("Posts: 4,198"), a.text());
    assertFalse(a.text().contains("cichlid"), a.text());
  }

  @Test
  void aThreadIsKnownByItsEnginesUrlWhenThePageDeclaresNothing() {
    String page = "<html><body><main><h1>Bike lanes?</h1><div class=post><p>" + STORY + "</p></div>"
        + "<div class=post><p>Supporters said the plan would make cycling safer for children and older residents.</p></div>"
        + "</main></body></html>";
    for (String thread : new String[] {"https://community.example/thread-222085.html", // MyBB's search-friendly URLs
        "https://www.example.org/community/index.php?topic=589061.0", // Simple Machines Forum
        "https://forum.example/viewtopic.php?t=1", "https://forum.example/threads/bike-lanes.12/"}) {
      assertEquals("forum", extractor.extract(page, thread).pageType(), thread);
    }
    for (String other : new String[] {"https://news.example/2024/thread-count-sheets", "https://help.example/index.php?topics=all"}) {
      assertFalse(extractor.extract(page, other).pageType().equals("forum"), other);
    }
  }

  @Test
  void aThreadWithoutADeclaredAuthorIsByItsFirstPoster() {
    String post = "<div class=post><dl class=postprofile><dt><a href='./memberlist.php?u=%d' class=username>%s</a></dt></dl>"
        + "<div class=content><p>%s</p></div></div>";
    String page = "<html><head><meta name=generator content='phpBB'></head><body><header><span class=username>Log in</span></header>"
        + "<main><h1>Bike lanes?</h1>"
        + String.format(post, 1, "b.scherer", "The city council voted on Tuesday to expand the bike lane network, adding forty kilometres.")
        + String.format(post, 2, "galitsyn", "Supporters said the plan would make cycling safer for children and older residents.")
        + "</main></body></html>";
    assertEquals(java.util.List.of("b.scherer"), extractor.extract(page, "https://forum.example/viewtopic.php?t=1").authors());
    // Reddit and XenForo name the poster on the post itself
    assertEquals(java.util.List.of("EuroStepJam"), extractor.extract("<html><body><shreddit-post author='EuroStepJam' post-title='Pans'>"
        + "<h1>Enameled cast iron pan and metal utensils</h1><p>" + STORY + "</p></shreddit-post></body></html>",
        "https://www.reddit.com/r/Cooking/comments/1rl0nt4/pans/").authors());
    // outside a discussion, a user-name mark is not a byline
    assertEquals(java.util.List.of(), extractor.extract(page.replace("<meta name=generator content='phpBB'>", ""),
        "https://city.example/bike-lanes").authors());
  }

  @Test
  void postsNamedAsCommentsAreTheThreadOnADiscussion() {
    String reply = "<li class='Item ItemComment'><div class=Comment><div class=Message>%s</div></div></li>";
    Article a = extractor.extract("<html><head><meta name=generator content='Vanilla'></head><body><main><h1>Bike lanes?</h1>"
        + "<div class=Discussion><div class=Message><p>" + "The council voted on Tuesday to expand the bike lane network. ".repeat(3) + "</p></div></div>"
        + "<ul class='MessageList Comments'>" + String.format(reply, "Really sad to see the old parking go, but it was coming.")
        + String.format(reply, "Hi all, the works start in spring according to the city's own timetable.")
        + "</ul></main></body></html>", "https://forum.example/discussion/39620/bike-lanes");
    assertTrue(a.text().contains("Really sad to see") && a.text().contains("the works start in spring"), a.text());
  }
}
