package dev.scoop.extract.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ListedItemsTest {
  private static Element list() {
    return Jsoup.parse("<ul id=l><li class='item a'>1</li><li class='item b'>2</li><li class=item>3</li>"
        + "<li class=item>4</li><li class=other>5</li></ul>").getElementById("l");
  }

  @Test
  void itemsAreSiblingsOfOneTagAndFirstClass() {
    Element ul = list();
    ListedItems items = new ListedItems();
    assertEquals(4, items.sameAs(ul.child(0)));
    assertEquals(1, items.sameAs(ul.child(4)));
    assertTrue(items.isListed(ul.child(1)));
    assertFalse(items.isListed(ul.child(4)));
  }

  @Test
  void countsFollowTheTreeAsCleaningRemovesItems() {
    Element ul = list();
    ListedItems items = new ListedItems();
    assertEquals(4, items.sameAs(ul.child(0)));
    Element gone = ul.child(1);
    gone.remove();
    items.removed(gone, ul); // told: the counts follow without counting again
    assertEquals(3, items.sameAs(ul.child(0)));
    ul.child(1).remove(); // not told: the changed tree is counted again
    assertEquals(2, items.sameAs(ul.child(0)));
    assertFalse(items.isListed(ul.child(0)), "two items are no longer a list");
  }
}
