package dev.scoop.extract.metadata;

import dev.scoop.extract.Css;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Gathers metadata from every source, most trusted first: JSON-LD, then meta tags
 * (OpenGraph, Twitter, article:*, Parse.ly, Sailthru, Dublin Core), then microdata, then
 * what the page shows. Each source only fills fields still empty. Afterwards the title
 * loses its " - Site" / " | Site" suffix and a publisher name posing as author is dropped.
 * Thread-safe (stateless).
 */
public final class MetadataExtractor {
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");

  private MetadataExtractor() {}

  /** Reads all metadata of {@code doc}, which must be the page as served (before cleaning). */
  public static Metadata extract(Document doc) {
    Metadata meta = new Metadata();
    JsonLdSource.read(doc, meta);
    MetaTagSource.read(doc, meta);
    MicrodataSource.read(doc, meta);
    String htmlTitle = doc.title();
    meta.title(htmlTitle);
    VisibleSource.read(doc, meta);
    String full = meta.title();
    meta.replaceTitle(stripSiteName(full, meta.siteName(), doc));
    meta.siteName(siteNameFromTitle(full, meta.title()));
    if (meta.siteName() != null) {
      meta.removeAuthor(meta.siteName());
    }
    return meta;
  }

  /** What the title lost to {@link #stripSiteName}, when that is one short part: the site name. */
  static String siteNameFromTitle(String full, String stripped) {
    if (full == null || stripped == null || full.equals(stripped)) {
      return null;
    }
    String rest = full.replace(stripped, " ").trim();
    rest = rest.replaceAll("^[|\\-–—:·•»\\s]+|[|\\-–—:·•»\\s]+$", "");
    return !rest.isEmpty() && rest.split("\\s+").length <= 4 && !TITLE_SEPARATOR.matcher(rest).find() ? rest : null;
  }

  /**
   * Removes a site-name suffix or prefix. A part is taken for the site name when it equals the
   * known site name, or when the page's h1 equals the remaining part.
   */
  static String stripSiteName(String title, String siteName, Document doc) {
    if (title == null) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String h1 = doc.selectFirst(Css.of("h1")) == null ? null : doc.selectFirst(Css.of("h1")).text().trim();
    for (String part : List.of(parts)) {
      if (part.equalsIgnoreCase(h1)) {
        return part;
      }
    }
    String last = parts[parts.length - 1];
    String first = parts[0];
    if (siteName != null && last.equalsIgnoreCase(siteName)) {
      return title.substring(0, title.length() - last.length()).replaceAll(TITLE_SEPARATOR.pattern() + "$", "").trim();
    }
    if (siteName != null && first.equalsIgnoreCase(siteName)) {
      return title.substring(first.length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").trim();
    }
    if (last.split("\\s+").length <= 3 && first.split("\\s+").length > 3) {
      return title.substring(0, title.lastIndexOf(last)).replaceAll(TITLE_SEPARATOR.pattern() + "$", "").trim();
    }
    return title;
  }
}
