package dev.scoop.extract.metadata;

import dev.scoop.extract.Css;
import dev.scoop.extract.PageElements;
import dev.scoop.extract.dates.DateParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org JSON-LD: the first article-like object (including inside {@code @graph}
 * and arrays) gives headline, description, authors, dates, section, keywords and image; without
 * one, a thread's opening post or an asked question does, its poster named even by a handle; a
 * publisher or WebSite object gives the site name. Malformed blocks are skipped.
 */
final class JsonLdSource {
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
      "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
      "techarticle", "socialmediaposting", "liveblogposting", "report", "posting", "webpage");
  /**
   * A thread's opening post, or a Q&amp;A page's question: read as the page's article when it
   * declares none.
   */
  private static final Set<String> DISCUSSION_TYPES = Set.of("discussionforumposting", "question");
  private static final int MAX_BLOCK_CHARS = 500_000;

  private JsonLdSource() {}

  static void read(PageElements page, Metadata meta) {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (Element script : page.select(Css.of(Css.JSON_LD_SCRIPT))) {
      String json = script.data().trim();
      if (json.isEmpty() || json.length() > MAX_BLOCK_CHARS) {
        continue;
      }
      try {
        collect(JsonReader.parse(json), objects, 0);
      } catch (IllegalArgumentException malformed) {
        // A broken block on a page is common; the other sources still apply.
      }
    }
    Map<String, Object> article = best(objects);
    Map<String, Map<String, Object>> ids = byId(objects);
    Map<String, Object> post = article == null || "webpage".equals(firstArticleType(article)) ? openingPost(objects) : null;
    if (post != null) {
      readArticle(post, ids, meta, Bylines::posterNames);
    }
    // A product page often also declares a plain WebPage: the Product says what the page is.
    if (article != null) {
      readArticle(article, ids, meta, Bylines::names);
    }
    if (article == null || "webpage".equals(firstArticleType(article))) {
      objects.stream().filter(o -> hasType(o, "product")).findFirst().ifPresent(product -> readProduct(product, meta));
    }
    for (Map<String, Object> o : objects) {
      if (hasType(o, "website") || hasType(o, "newsmediaorganization")) {
        meta.siteName(string(o.get("name")));
      }
    }
  }

  /**
   * Objects by their {@code @id}: a graph names its author or publisher once and refers to it
   * elsewhere by id alone ({@code "author": {"@id": "…#/schema/person/1"}}).
   */
  private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> objects) {
    Map<String, Map<String, Object>> ids = new HashMap<>();
    for (Map<String, Object> o : objects) {
      String id = string(o.get("@id"));
      if (id != null && o.size() > 1) {
        ids.putIfAbsent(id, o);
      }
    }
    return ids;
  }

  /** {@code value} itself, or the object it refers to when it is a bare {@code @id} reference. */
  private static Object resolve(Object value, Map<String, Map<String, Object>> ids) {
    if (value instanceof Map<?, ?> ref && ref.size() == 1 && ref.get("@id") != null) {
      Map<String, Object> target = ids.get(string(ref.get("@id")));
      return target != null ? target : value;
    }
    return value;
  }

  /** {@code names} reads an author's name: a byline's rules, or a poster's. */
  private static void readArticle(Map<String, Object> a, Map<String, Map<String, Object>> ids, Metadata meta,
      Function<String, List<String>> names) {
    meta.type(firstType(a));
    meta.title(string(a.get("headline")));
    meta.title(string(a.get("name")));
    meta.description(string(a.get("description")));
    meta.authors(authors(a.get("author"), ids, names));
    meta.publishedAt(DateParser.toIso(string(a.get("datePublished"))));
    meta.publishedAt(DateParser.toIso(string(a.get("dateCreated"))));
    meta.modifiedAt(DateParser.toIso(string(a.get("dateModified"))));
    meta.section(string(first(a.get("articleSection"))));
    meta.tags(keywords(a.get("keywords")));
    meta.imageUrl(imageUrl(a.get("image")));
    meta.canonicalUrl(string(a.get("url")));
    meta.language(string(a.get("inLanguage")));
    // A personal blog's publisher is its author: the site's name is then the WebSite's.
    if (resolve(a.get("publisher"), ids) instanceof Map<?, ?> publisher && !"person".equalsIgnoreCase(string(first(publisher.get("@type"))))) {
      meta.siteName(string(publisher.get("name")));
    }
  }

  /**
   * A product page's own description of the product (its offers and reviews are not metadata). It
   * names the page's type even over a plain WebPage read before it.
   */
  private static void readProduct(Map<String, Object> p, Metadata meta) {
    meta.replaceType("product");
    meta.title(string(p.get("name")));
    meta.description(string(p.get("description")));
    meta.imageUrl(imageUrl(p.get("image")));
  }

  /** Prefers a real article type over a plain WebPage. */
  private static Map<String, Object> best(List<Map<String, Object>> objects) {
    Map<String, Object> page = null;
    for (Map<String, Object> o : objects) {
      String type = firstArticleType(o);
      if (type == null) {
        continue;
      }
      if (!type.equals("webpage")) {
        return o;
      }
      if (page == null) {
        page = o;
      }
    }
    return page;
  }

  /**
   * The first thread post or question that names its author, unless the page is an FAQ: an FAQ's
   * questions are the site's own, asked by no one.
   */
  private static Map<String, Object> openingPost(List<Map<String, Object>> objects) {
    if (objects.stream().anyMatch(o -> hasType(o, "faqpage"))) {
      return null;
    }
    for (Map<String, Object> o : objects) {
      if (o.get("author") != null && firstTypeIn(o, DISCUSSION_TYPES) != null) {
        return o;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object node, List<Map<String, Object>> out, int depth) {
    if (depth > 4) {
      return;
    }
    if (node instanceof List) {
      for (Object o : (List<Object>) node) {
        collect(o, out, depth + 1);
      }
    } else if (node instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) node;
      out.add(map);
      collect(map.get("@graph"), out, depth + 1);
      Object main = map.get("mainEntity");
      if (main instanceof Map || main instanceof List) {
        collect(main, out, depth + 1);
      }
    }
  }

  private static String firstArticleType(Map<String, Object> o) {
    return firstTypeIn(o, ARTICLE_TYPES);
  }

  /** The object's first {@code @type} among {@code types}, lower case, or null. */
  private static String firstTypeIn(Map<String, Object> o, Set<String> types) {
    for (Object t : asList(o.get("@type"))) {
      String type = string(t);
      if (type != null && types.contains(type.toLowerCase(java.util.Locale.ROOT))) {
        return type.toLowerCase(java.util.Locale.ROOT);
      }
    }
    return null;
  }

  private static String firstType(Map<String, Object> o) {
    return string(first(o.get("@type")));
  }

  private static boolean hasType(Map<String, Object> o, String type) {
    for (Object t : asList(o.get("@type"))) {
      if (type.equalsIgnoreCase(string(t))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> authors(Object value, Map<String, Map<String, Object>> ids, Function<String, List<String>> read) {
    List<String> names = new ArrayList<>();
    for (Object author : asList(value)) {
      Object a = resolve(author, ids);
      String raw = a instanceof Map ? personName((Map<?, ?>) a) : string(a);
      if (raw == null) {
        continue;
      }
      for (String n : read.apply(raw)) {
        if (!names.contains(n)) {
          names.add(n);
        }
      }
    }
    return names;
  }

  /** Organisations are publishers, not authors. */
  private static String personName(Map<?, ?> author) {
    Object type = author.get("@type");
    if (type != null && !"person".equalsIgnoreCase(string(first(type)))) {
      return null;
    }
    return string(author.get("name"));
  }

  private static List<String> keywords(Object value) {
    List<String> out = new ArrayList<>();
    for (Object k : asList(value)) {
      String s = string(k);
      if (s != null) {
        for (String part : s.split(",")) {
          if (!part.isBlank()) {
            out.add(part.trim());
          }
        }
      }
    }
    return out;
  }

  private static String imageUrl(Object value) {
    Object first = first(value);
    if (first instanceof Map) {
      Object url = ((Map<?, ?>) first).get("url");
      return url != null ? string(first(url)) : string(((Map<?, ?>) first).get("contentUrl"));
    }
    return string(first);
  }

  private static Object first(Object value) {
    List<Object> list = asList(value);
    return list.isEmpty() ? null : list.get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object value) {
    if (value == null) {
      return List.of();
    }
    return value instanceof List ? (List<Object>) value : List.of(value);
  }

  private static String string(Object value) {
    if (value instanceof String) {
      String s = org.jsoup.parser.Parser.unescapeEntities((String) value, false);
      return s.isBlank() ? null : s.trim();
    }
    return null;
  }
}
