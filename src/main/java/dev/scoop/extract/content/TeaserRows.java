package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Teaser rows of any tag: a "latest posts" strip under an article, {@value #MIN_BLOCKS} or more
 * sibling blocks of one tag and class, every one of them short (a title, a date, an excerpt: at
 * most {@value #MAX_TEASER_CHARS} characters) and under a heading that links elsewhere, worded as a
 * headline. Their excerpts read like prose, but they are other pages'.
 */
final class TeaserRows {
  /** A heading that links elsewhere, or a link around a heading: a teaser's title (story cards' too). */
  static final String LINKED_HEADING = "h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4";
  private static final int MIN_BLOCKS = 3;
  private static final int MAX_TEASER_CHARS = 1000;
  /** A headline is a phrase; a linked name above a block (a poster's, a brand's) is not. */
  private static final int MIN_HEADLINE_WORDS = 3;
  /** How far above its linked heading a teaser's block may start. */
  private static final int MAX_LEVELS = 6;

  private TeaserRows() {}

  /** The blocks of every teaser row under {@code body}. */
  static Set<Element> find(Element body, TextStats stats) {
    Set<Element> teasers = new HashSet<>();
    Set<Element> seen = new HashSet<>();
    for (Element heading : body.select(Css.of(LINKED_HEADING))) {
      Element block = heading;
      for (int level = 0; level < MAX_LEVELS && block.parent() != null && block.parent() != body; level++) {
        block = block.parent();
        if (!block.is(Css.of("div, li, section")) || block.className().isEmpty()) {
          continue;
        }
        // each parent's children are judged once; a block alone of its kind (a card's inner wrapper) looks further up
        if (!seen.add(block.parent()) || addRow(block, stats, teasers)) {
          break;
        }
      }
    }
    return teasers;
  }

  /** Adds {@code block}'s row when every sibling of its tag and class is a teaser; whether it did. */
  private static boolean addRow(Element block, TextStats stats, Set<Element> teasers) {
    Set<Element> row = new HashSet<>();
    for (Element sibling : block.parent().children()) {
      if (sibling.normalName().equals(block.normalName()) && sibling.className().equals(block.className())) {
        if (stats.text(sibling) > MAX_TEASER_CHARS || !hasHeadline(sibling)) {
          return false;
        }
        row.add(sibling);
      }
    }
    return row.size() >= MIN_BLOCKS && teasers.addAll(row);
  }

  private static boolean hasHeadline(Element block) {
    for (Element heading : block.select(Css.of(LINKED_HEADING))) {
      if (!heading.closest(Css.of("a")).attr("href").startsWith("#") && Texts.words(heading.text()) >= MIN_HEADLINE_WORDS) {
        return true;
      }
    }
    return false;
  }
}
