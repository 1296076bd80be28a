package dev.scoop.extract.content;

import org.jsoup.nodes.Element;

/** Text measures shared by the content stages. */
final class Texts {
  private Texts() {}

  /** Share of an element's text that sits inside links (0 when it has no text). */
  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / total);
  }

  static int words(String text) {
    String t = text.trim();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
