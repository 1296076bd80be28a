package dev.scoop.extract.metadata;

import dev.scoop.extract.dates.DateParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads schema.org microdata ({@code itemprop}) and RDFa-style {@code property} attributes. */
final class MicrodataSource {
  private MicrodataSource() {}

  static void read(Document doc, Metadata meta) {
    meta.title(text(doc, "headline"));
    meta.description(text(doc, "description"));
    Element author = doc.selectFirst("[itemprop~=(?i)^(author|creator)$]");
    if (author != null) {
      Element name = author.selectFirst("[itemprop=name]");
      String value = name != null ? value(name) : value(author);
      meta.authors(Bylines.names(value));
    }
    meta.publishedAt(DateParser.toIso(text(doc, "datePublished")));
    meta.publishedAt(DateParser.toIso(text(doc, "dateCreated")));
    meta.modifiedAt(DateParser.toIso(text(doc, "dateModified")));
    meta.section(text(doc, "articleSection"));
  }

  private static String text(Document doc, String prop) {
    Element e = doc.selectFirst("[itemprop~=(?i)^" + prop + "$]");
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
