package dev.scoop.extract;

import org.jsoup.nodes.Element;

/** URLs in a page's attributes. */
public final class Urls {
  private Urls() {}

  /**
   * The attribute as an absolute URL, or as written when it cannot be resolved. An absolute http(s)
   * URL is returned as written, without jsoup's resolving (which parses it again), but cleaned as
   * browsers clean it: without the spaces around it and the tabs and line breaks inside it.
   */
  public static String absolute(Element e, String attr) {
    String value = withoutTabsAndNewlines(e.attr(attr).strip());
    if (value.startsWith("https://") || value.startsWith("http://")) {
      return value;
    }
    String abs = e.absUrl(attr);
    return abs.isEmpty() ? value : abs;
  }

  private static String withoutTabsAndNewlines(String url) {
    if (url.indexOf('\t') < 0 && url.indexOf('\n') < 0 && url.indexOf('\r') < 0) {
      return url;
    }
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
