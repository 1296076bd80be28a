package dev.scoop.extract.content;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ThreadsTest {
  private static final String POST = "<article class='message message--post'><div class='message-cell message-cell--user'>Rider</div>"
      + "<div class='message-cell message-cell--main'><div class=bbWrapper id=%s><p>%s</p></div></div></article>";

  @Test
  void oneRepeatedPostWidensToTheListOfPosts() {
    Document doc = Jsoup.parse("<main><h1>Bike lanes?</h1><div id=thread class=block-body>" + String.format(POST, "op", "The lanes changed my route.")
        + String.format(POST, "r1", "Same here!") + String.format(POST, "r2", "Parking is fine.") + "</div></main>");
    assertSame(doc.getElementById("thread"), Threads.wholeThread(doc.getElementById("op"), doc.body()));
  }

  @Test
  void aRootInNoRepeatedPostStays() {
    Document doc = Jsoup.parse("<main><article id=story><p>The council voted.</p></article><div class=comments><div class=comment>"
        + "<p>Nice.</p></div></div></main>");
    Element story = doc.getElementById("story");
    assertSame(story, Threads.wholeThread(story, doc.body()));
    // repeated, but not named as posts: a grid of cards is no thread
    Document grid = Jsoup.parse("<main><div id=grid><div class=card id=c1><p>One</p></div><div class=card><p>Two</p></div></div></main>");
    assertSame(grid.getElementById("c1"), Threads.wholeThread(grid.getElementById("c1"), grid.body()));
  }
}
