package dev.scoop.extract.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the page-wide cleaning removes in every pass, before any content is scored. */
class DocumentCleanerTest {
  private static final PageFacts ARTICLE = new PageFacts(false, true, false);

  /**
   * A teaser card's links are its hidden thumbnail link, its linked title in its header and its
   * "Read more" in its footer: all gone before the titled block is judged. Its cards are still
   * {@code <article>}s, each a teaser.
   */
  @Test
  void aTitledBlockOfTeaserArticlesGoesEvenWhenTheirLinksWentFirst() {
    String card = "<div class=slide><article class='entry post'><a aria-hidden=true href=/%1$s><img src=/%1$s.jpg></a>"
        + "<header><h3><a href=/%1$s>Title</a></h3></header><div class=summary><p>%2$s</p></div>"
        + "<footer><a href=/%1$s>Read more</a></footer></article></div>";
    Document doc = Jsoup.parse("<main><div class=post-body><p>The council voted for the lanes.</p></div>"
        + "<div class=inner><h2>You might also like</h2><div class=carousel><div class=track>"
        + String.format(card, "h", "The harbour festival returns next summer.")
        + String.format(card, "l", "The new central library opens in May.") + "</div></div></div></main>");
    DocumentCleaner.clean(doc, Pass.LENIENT, ARTICLE);
    assertTrue(doc.text().contains("The council voted"));
    assertFalse(doc.text().contains("harbour festival"), doc.body().html());
    assertFalse(doc.text().contains("You might also like"));
  }
}
