package dev.scoop.extract.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
    return clean.body().html().trim();
  }
}
