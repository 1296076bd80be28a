package dev.scoop.extract;

import org.jsoup.nodes.Element;

/** URLs in a page's attributes. */
public final class Urls {
  private Urls() {}

  /**
   * The attribute as an absolute URL, or as written when it cannot be resolved. An absolute http(s)
   * URL is returned as it is, without jsoup's resolving (which parses it again).
   */
  public static String absolute(Element e, String attr) {
    String value = e.attr(attr);
    if (value.startsWith("https://") || value.startsWith("http://")) {
      return value;
    }
    String abs = e.absUrl(attr);
    return abs.isEmpty() ? value : abs;
  }
}
