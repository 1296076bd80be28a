package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * Third stage: joins the best root with those of its siblings that also read as content
 * (a strong score, or a prose paragraph with few links), in document order, into one
 * detached container.
 */
final class ContentAssembler {
  private ContentAssembler() {}

  static Element assemble(Element top, Element body, ContentScorer scorer) {
    Element container = new Element(Tag.valueOf("div"), body.baseUri());
    Element parent = top.parent();
    if (top == body || parent == null) {
      container.appendChildren(top.childNodesCopy());
      return container;
    }
    double threshold = Math.max(10, scorer.score(top) * 0.2);
    for (Element sibling : parent.children()) {
      if (sibling == top || isContent(sibling, scorer, threshold)) {
        container.appendChild(sibling.clone());
      }
    }
    return container;
  }

  private static boolean isContent(Element sibling, ContentScorer scorer, double threshold) {
    if (scorer.score(sibling) >= threshold) {
      return true;
    }
    if (!sibling.is(Css.of("p"))) {
      return false;
    }
    String text = sibling.text();
    double links = Texts.linkDensity(sibling);
    return text.length() > 80 && links < 0.25
        || text.length() > 0 && links == 0 && text.matches("(?s).*[.!?]\"?$") && Texts.words(text) > 3;
  }
}
