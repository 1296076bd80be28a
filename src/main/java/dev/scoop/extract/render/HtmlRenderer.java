package dev.scoop.extract.render;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Sanitized HTML of the content: structure, links, emphasis, images, figures and tables only.
 * No scripts, styles, event handlers, or links other than http(s) and mailto; URLs are made
 * absolute. Thread-safe: the safelist is built once and only read.
 */
public final class HtmlRenderer {
  private static final Safelist SAFELIST = Safelist.relaxed()
      .addTags("figure", "figcaption", "hr", "s", "mark", "abbr", "time")
      .removeTags("div", "span", "small", "col", "colgroup")
      .addAttributes("a", "title")
      .addProtocols("a", "href", "http", "https", "mailto")
      .removeProtocols("a", "href", "ftp")
      .addEnforcedAttribute("a", "rel", "nofollow noopener");
  private static final Cleaner CLEANER = new Cleaner(SAFELIST);

  private HtmlRenderer() {}

  public static String render(Element content) {
    Document dirty = Document.createShell(content.baseUri());
    dirty.body().appendChildren(content.clone().childNodes());
    Document clean = CLEANER.clean(dirty);
    clean.outputSettings().prettyPrint(false);
    removeEdgeRules(clean.body());
    return clean.body().html().trim();
  }

  /** A thematic break before the first block or after the last separates nothing. */
  private static void removeEdgeRules(Element body) {
    for (boolean first : new boolean[] {true, false}) {
      for (Node edge = edge(body, first); edge instanceof Element e && e.nameIs("hr"); edge = edge(body, first)) {
        edge.remove();
      }
    }
  }

  /** The first (or last) child of {@code body} that is not blank text. */
  private static Node edge(Element body, boolean first) {
    List<Node> children = body.childNodes();
    for (int i = 0; i < children.size(); i++) {
      Node n = children.get(first ? i : children.size() - 1 - i);
      if (!(n instanceof TextNode t && t.isBlank())) {
        return n;
      }
    }
    return null;
  }
}
