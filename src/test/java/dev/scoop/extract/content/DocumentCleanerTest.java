package dev.scoop.extract.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the page-wide cleaning removes in every pass, before any content is scored. */
class DocumentCleanerTest {
  private static final PageFacts ARTICLE = new PageFacts(false, true, false, false);

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
    DocumentCleaner.clean(doc, Pass.LENIENT, ARTICLE, new ClassWords());
    assertTrue(doc.text().contains("The council voted"));
    assertFalse(doc.text().contains("harbour festival"), doc.body().html());
    assertFalse(doc.text().contains("You might also like"));
  }

  /** A forum's own titles for the threads it links under a thread: "Similar threads", "Suggested topics". */
  @Test
  void similarThreadsAndSuggestedTopicsAreRelatedLinks() {
    for (String title : new String[] {"Similar threads", "Suggested topics"}) {
      String item = "<div class=item><div class=item-title><a href=/t/%1$s>%2$s</a></div><dl><dt>Replies</dt><dd>%1$s</dd></dl></div>";
      Document doc = Jsoup.parse("<main><div class=thread><p>Is it car rental or car rent?</p></div><div class=block><h3>" + title
          + "</h3><div class=block-body><div class=items>" + String.format(item, 2, "Car rental vs car hire")
          + String.format(item, 6, "Rent a car or hire a car?") + "</div></div></div></main>");
      DocumentCleaner.clean(doc, Pass.LENIENT, new PageFacts(true, false, false, false), new ClassWords());
      assertTrue(doc.text().contains("car rental or car rent"), title);
      assertFalse(doc.text().contains("hire a car"), title);
    }
  }

  /**
   * A carousel's track between its button bars, emptied before (buttons are never content): the
   * bars show nothing, so the track's linked cards are the block's teasers, one by one.
   */
  @Test
  void emptiedButtonBarsBesideACarouselsTrackDoNotHideItsTeasers() {
    String card = "<li><a href=/%1$s><img src=/%1$s.jpg>%2$s</a></li>";
    Document doc = Jsoup.parse("<main><div class=story><p>The council voted for the lanes.</p></div><div><h2>More from City Paper</h2>"
        + "<div class=carousel><div class=prev><button>Previous</button></div><ul>" + String.format(card, "h", "Harbour festival returns")
        + String.format(card, "l", "Library opens in May") + "</ul><div class=next><button>Next</button></div></div></div></main>");
    DocumentCleaner.clean(doc, Pass.LENIENT, ARTICLE, new ClassWords());
    assertTrue(doc.text().contains("The council voted"));
    assertFalse(doc.text().contains("Harbour festival"), doc.body().html());
  }

  /** What a disclosure button opens stays when it is prose; a menu toggled the same way is links, and goes. */
  @Test
  void aToggledPanelOfProseStaysAndAToggledMenuGoes() {
    Document doc = Jsoup.parse("<header><button aria-expanded=false aria-controls=menu>Menu</button></header><div id=menu hidden><ul>"
        + "<li><a href=/a>Sections and more sections</a></li><li><a href=/b>Opinion and analysis</a></li></ul></div>"
        + "<main><p>The council voted for the lanes.</p><button aria-expanded=false aria-controls=more>Costs</button>"
        + "<div id=more hidden><p>The lanes will cost four million over three years.</p></div></main>");
    DocumentCleaner.clean(doc, Pass.LENIENT, ARTICLE, new ClassWords());
    assertTrue(doc.text().contains("four million"), doc.body().html());
    assertFalse(doc.text().contains("Sections and more sections"), doc.body().html());
  }
}
