package dev.scoop.extract.metadata;

import dev.scoop.extract.Css;
import dev.scoop.extract.PageElements;
import dev.scoop.extract.Urls;
import dev.scoop.extract.dates.DateParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads {@code <meta>} and {@code <link>} tags: OpenGraph, Twitter cards, article:*, Parse.ly,
 * Sailthru, Dublin Core, plain name/description/author/keywords, canonical link and the
 * document language. Within this source, the more specific vocabulary wins.
 */
final class MetaTagSource {
  private MetaTagSource() {}

  /** The key under which the twitter:dataN that a twitter:labelN calls "Written by" is kept. */
  private static final String WRITTEN_BY = "twitter:data (written by)";
  private static final int TWITTER_PAIRS = 4;
  /**
   * Date tags in a site's own vocabulary ("w-published-date", "Publication Date", "updated_time"),
   * recognised by how the name ends once folded to letters and digits; a date-named tag before a
   * time-named one, since CMSs stamp the page's own publishing time beside the story's date.
   */
  private static final List<Pattern> PUBLISHED_NAMES = List.of(
      Pattern.compile("(?:publish(?:ed)?|publication|pub|release|posted)date$|datepublished$"),
      Pattern.compile("(?:publish(?:ed)?|publication|pub|release|posted)time$"));
  private static final List<Pattern> MODIFIED_NAMES = List.of(
      Pattern.compile("(?:modified|updated|lastmod|revised)date$|date(?:modified|updated)$|lastmodified$|lastupdated$"),
      Pattern.compile("(?:modified|updated|revised)time$"));
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");
  private static final String[] AUTHOR_TAGS = {
      "article:author", "author", "parsely-author", "sailthru.author", "dc.creator", "byl", WRITTEN_BY, "twitter:creator"};

  /** Tags naming the author as the CMS knows them: a user name there is still theirs ("ggailey777"). */
  private static final String[] HANDLE_TAGS = {"author", WRITTEN_BY};

  static void read(PageElements page, Metadata meta) {
    Map<String, String> tags = metaTags(page);
    meta.title(first(tags, "og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "title"));
    meta.description(first(tags, "og:description", "twitter:description", "description",
        "sailthru.description", "dc.description"));
    meta.authors(authors(page, tags));
    for (String key : HANDLE_TAGS) {
      meta.authorHandle(Bylines.handle(tags.get(key)));
    }
    meta.publishedAt(DateParser.toIso(first(tags, "article:published_time", "og:published_time",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "pubdate", "publishdate",
        "date", "publish-date", "article.published", "datepublished", "published", "publication_date",
        "citation_publication_date", "citation_date", "dc.date.created")));
    meta.modifiedAt(DateParser.toIso(first(tags, "article:modified_time", "og:updated_time",
        "dc.date.modified", "last-modified", "datemodified")));
    if (meta.publishedAt() == null) {
      meta.publishedAt(DateParser.toIso(named(tags, PUBLISHED_NAMES)));
    }
    if (meta.modifiedAt() == null) {
      meta.modifiedAt(DateParser.toIso(named(tags, MODIFIED_NAMES)));
    }
    meta.siteName(first(tags, "og:site_name", "application-name", "twitter:site"));
    meta.section(first(tags, "article:section", "parsely-section", "sailthru.section"));
    meta.tags(split(first(tags, "article:tag", "parsely-tags", "sailthru.tags", "news_keywords", "keywords")));
    meta.imageUrl(first(tags, "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"));
    meta.type(first(tags, "og:type"));
    Element canonical = page.selectFirst(Css.of("link[rel~=(?i)^canonical$][href]"));
    if (canonical != null) {
      meta.canonicalUrl(Urls.absolute(canonical, "href"));
    }
    meta.canonicalUrl(first(tags, "og:url"));
    Element html = page.document().selectFirst(Css.of("html"));
    meta.language(html == null ? null : html.attr("lang"));
    meta.language(first(tags, "content-language", "dc.language", "og:locale", "language"));
  }

  /**
   * The names in the first author tag that holds names: {@code article:author} is often a profile
   * URL and {@code twitter:creator} a handle, and the next tag may still name the person. Scholarly
   * pages repeat {@code citation_author} once per author.
   */
  private static List<String> authors(PageElements page, Map<String, String> tags) {
    for (String key : AUTHOR_TAGS) {
      String value = tags.get(key);
      if (value != null && !value.startsWith("http") && !value.startsWith("@")) {
        List<String> names = Bylines.names(value);
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    List<String> cited = new ArrayList<>();
    for (Element m : page.select(Css.of("meta[name=citation_author][content]"))) {
      for (String name : Bylines.names(citationName(m.attr("content").trim()))) {
        if (!cited.contains(name)) {
          cited.add(name);
        }
      }
    }
    return cited;
  }

  /** Citation tags may write "Surname, Given": turned into "Given Surname". */
  private static String citationName(String value) {
    int comma = value.indexOf(',');
    return comma > 0 && value.indexOf(',', comma + 1) < 0
        ? value.substring(comma + 1).trim() + " " + value.substring(0, comma).trim() : value;
  }

  /** All meta tags by lower-cased name/property/http-equiv; the first occurrence wins. */
  private static Map<String, String> metaTags(PageElements page) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (Element m : page.select(Css.of("meta[content]"))) {
      String key = m.hasAttr("property") ? m.attr("property")
          : m.hasAttr("name") ? m.attr("name") : m.attr("http-equiv");
      String content = m.attr("content").trim();
      if (!key.isEmpty() && !content.isEmpty()) {
        tags.putIfAbsent(key.toLowerCase(Locale.ROOT).trim(), content);
      }
    }
    for (int i = 1; i <= TWITTER_PAIRS; i++) {
      String label = tags.get("twitter:label" + i);
      // Yoast SEO labels a twitter:labelN/twitter:dataN pair "Written by"
      if (label != null && Bylines.isLabel(label) && tags.containsKey("twitter:data" + i)) {
        tags.putIfAbsent(WRITTEN_BY, tags.get("twitter:data" + i));
      }
    }
    return tags;
  }

  /**
   * The value of the first tag, in document order, whose folded name matches {@code names}' first
   * pattern; failing that, the next pattern.
   */
  private static String named(Map<String, String> tags, List<Pattern> names) {
    for (Pattern name : names) {
      for (Map.Entry<String, String> tag : tags.entrySet()) {
        if (name.matcher(NOT_LETTER_OR_DIGIT.matcher(tag.getKey()).replaceAll("")).find()) {
          return tag.getValue();
        }
      }
    }
    return null;
  }

  private static String first(Map<String, String> tags, String... keys) {
    for (String k : keys) {
      String v = tags.get(k);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static List<String> split(String value) {
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (String part : value.split("[,;]")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }
}
