package dev.scoop.extract.render;

import dev.scoop.extract.Css;
import dev.scoop.extract.Urls;
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
      .addEnforcedAttribute("a", "rel", "nofollow noopener")
      // URLs are made absolute before cleaning, where an absolute one costs nothing; the cleaner would parse each again
      .preserveRelativeLinks(true);
  private static final Cleaner CLEANER = new Cleaner(SAFELIST);
  private static final String[] URL_ATTRIBUTES = {"href", "src", "cite"};

  private HtmlRenderer() {}

  public static String render(Element content) {
    Document dirty = Document.createShell(content.baseUri());
    dirty.body().appendChildren(content.clone().childNodes());
    for (Element e : dirty.body().select(Css.of("a[href], img[src], [cite]"))) {
      for (String attr : URL_ATTRIBUTES) {
        if (e.hasAttr(attr)) {
          e.attr(attr, Urls.absolute(e, attr));
        }
      }
    }
    Document clean = CLEANER.clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return clean.body().html().trim();
  }
}
