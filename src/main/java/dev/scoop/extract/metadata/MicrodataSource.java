package dev.scoop.extract.metadata;

import dev.scoop.extract.Css;
import dev.scoop.extract.PageElements;
import dev.scoop.extract.dates.DateParser;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Reads schema.org microdata ({@code itemprop}) and RDFa-style {@code property} attributes. */
final class MicrodataSource {
  private static final Pattern DISCUSSION_ITEMTYPE = Pattern.compile("(?i)schema\\.org/(?:DiscussionForumPosting|Question|Answer|Comment)\\b");

  private MicrodataSource() {}

  static void read(PageElements page, Metadata meta) {
    Map<String, Element> props = new HashMap<>();
    // whichever comes first dates the page: a question's dateCreated above its comments' datePublished
    Element dated = null;
    for (Element e : page.select(Css.of("[itemprop]"))) {
      for (String name : e.attr("itemprop").toLowerCase(Locale.ROOT).split("\\s+")) {
        props.putIfAbsent(name, e);
        if (dated == null && (name.equals("datepublished") || name.equals("datecreated"))) {
          dated = e;
        }
      }
    }
    if (props.isEmpty()) {
      return;
    }
    meta.title(text(props, "headline"));
    meta.description(text(props, "description"));
    Element author = props.containsKey("author") ? props.get("author") : props.get("creator");
    if (author != null) {
      Element name = author.selectFirst(Css.of("[itemprop=name]"));
      String value = name != null ? value(name) : value(author);
      meta.authors(isPoster(author) ? Bylines.posterNames(value) : Bylines.names(value));
    }
    meta.publishedAt(dated == null ? null : DateParser.toIso(value(dated)));
    meta.modifiedAt(DateParser.toIso(text(props, "datemodified")));
    meta.section(text(props, "articlesection"));
  }

  /** Whether the author is that of a thread's post, a question or an answer: a handle names them. */
  private static boolean isPoster(Element author) {
    Element scope = author.parent() == null ? null : author.parent().closest(Css.of("[itemtype]"));
    return scope != null && DISCUSSION_ITEMTYPE.matcher(scope.attr("itemtype")).find();
  }

  private static String text(Map<String, Element> props, String prop) {
    Element e = props.get(prop);
    return e == null ? null : value(e);
  }

  /** Microdata values live in content/datetime attributes when present, else in the text. */
  private static String value(Element e) {
    for (String attr : new String[] {"content", "datetime"}) {
      if (e.hasAttr(attr) && !e.attr(attr).isBlank()) {
        return e.attr(attr);
      }
    }
    return e.text();
  }
}
