package dev.scoop.extract.metadata;

import dev.scoop.extract.Css;
import dev.scoop.extract.PageElements;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The author of a discussion page that declares none: the thread's starter, who wrote its first
 * post. Forum engines mark each post's poster, by a {@code data-author} or {@code author}
 * attribute on the post (XenForo, Reddit) or by a "username" class on the name (phpBB, vBulletin,
 * XenForo, MyBB); the first such mark on the page is the first post's. Thread-safe (stateless).
 */
public final class ThreadStarter {
  private ThreadStarter() {}

  /** Names the thread's starter as the page's author, unless the page already has authors. */
  public static void read(PageElements page, Metadata meta) {
    if (meta.hasAuthors()) {
      return;
    }
    for (Element e : page.inBody()) {
      String poster = posterMark(e);
      if (poster != null && e.closest(Css.of("form, nav, header, footer")) == null) {
        List<String> names = Bylines.posterNames(poster.trim());
        if (!names.isEmpty()) {
          meta.authors(names);
          return;
        }
      }
    }
  }

  /** The poster an element names, or null. */
  private static String posterMark(Element e) {
    if (e.attributesSize() == 0) {
      return null;
    }
    if (e.hasAttr("data-author")) {
      return e.attr("data-author");
    }
    if (e.hasAttr("author")) {
      return e.attr("author");
    }
    return e.className().toLowerCase(Locale.ROOT).contains("username") ? e.text() : null;
  }
}
