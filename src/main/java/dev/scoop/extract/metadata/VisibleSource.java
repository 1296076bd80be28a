package dev.scoop.extract.metadata;

import dev.scoop.extract.Css;
import dev.scoop.extract.Folding;
import dev.scoop.extract.PageElements;
import dev.scoop.extract.Trees;
import dev.scoop.extract.dates.DateParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The last resort: what a reader sees. The first {@code <h1>} as title, a byline element or a
 * short "By ..." line as authors, {@code <time>} or a "Posted ..." line as dates, and a dek
 * (standfirst) next to the headline as description.
 */
final class VisibleSource {
  /** Class/id words of a byline element. */
  private static final List<String> BYLINE_WORDS = List.of("byline", "author", "writer", "contributor");
  private static final Pattern AUTHOR_PAGE = Pattern.compile("/authors?/[^/?#]");
  private static final Pattern REL_AUTHOR = Pattern.compile("(?i)(?:^|\\s)author(?:\\s|$)");
  private static final Pattern UPDATED = Pattern.compile("(?i)^\\s*(?:last\\s+)?(?:updated|modified|aktualisiert|mis à jour)");
  private static final Pattern POSTED = Pattern.compile("(?i)^\\s*(?:posted|published|publié|veröffentlicht|on)\\b");
  /**
   * Regions whose bylines belong to someone else: comments, related stories, page furniture. A
   * "vcard" is not a card: it is the hCard microformat WordPress themes mark the byline with. An
   * "elementor-widget" is no sidebar widget: that page builder wraps every block of a page in one.
   */
  private static final Pattern FOREIGN_REGION = Pattern.compile(
      "(?i)comment|related|recommend|sidebar|footer|promo|teaser|(?<!v)card|(?<!elementor-)widget|newsletter|bio");
  /**
   * What is said about an author beside the name ("author-description", "author-bio"): a job,
   * credentials, a bio, never the name itself, even right under the headline.
   */
  private static final Pattern AUTHOR_DESCRIPTION = Pattern.compile("(?i)descr|bio");
  /** The separators that part a meta line: a date after one ends its part, or the line. */
  private static final Pattern PART_EDGE = Pattern.compile("(?:^|[|•·・—–]\\s*)$");
  private static final Pattern PART_START = Pattern.compile("^\\s*(?:$|[|•·・—–])");
  /** Separators and spaces at a part's edges. */
  private static final Pattern PART_SEPARATORS = Pattern.compile("^[\\s|•·・—–/,]+|[\\s|•·・—–/,]+$");
  private static final int SHORT = 160;
  /** The longest author box read: a name and a bio, not a page region. */
  private static final int AUTHOR_BOX_CHARS = 1500;
  /** How far after the headline a date line is sought, in elements. */
  private static final int HEADLINE_WINDOW = 40;
  /** How far before the headline, inside its header block, a date line is sought, in elements. */
  private static final int KICKER_WINDOW = 12;
  private static final int TITLE_SHOWN_WORDS = 4;
  private static final int DATE_LINE_CHARS = 80;
  private static final int PROSE_CHARS = 200;

  private VisibleSource() {}

  /**
   * Reads only what the declared metadata left open: these scans are the costly part. {@code h1}
   * is the page's {@link #headline}, or null.
   */
  static void read(PageElements page, Element h1, Metadata meta) {
    if (h1 != null) {
      meta.title(h1.text());
    }
    readAuthors(page, h1, meta);
    if (meta.publishedAt() == null) {
      readDates(page, meta);
    }
    if (meta.publishedAt() == null && h1 != null) {
      dateNearHeadline(page, h1, meta);
    }
    if (h1 != null && meta.description() == null) {
      meta.description(dek(page, h1));
    }
  }

  /**
   * The story's headline: the page's first h1 with text (an empty one is a logo's or a script's
   * placeholder), or its first h1 when none has text; null without one. An h1 naming the site (the
   * `<title>`'s last part, after the page's: a logo set as a heading) gives way to a later h1 with
   * other text. Most pages have a single h1, found without walking the rest of the page.
   */
  static Element headline(PageElements page, String title) {
    Element h1 = headingOne(page);
    Element shown = title != null && (h1 == null || !h1.hasText()) ? titleShown(page, title) : null;
    return shown != null ? shown : h1;
  }

  /**
   * Without an h1, the element whose own text is the page's title, whole or its first part (at
   * least {@value #TITLE_SHOWN_WORDS} words, outside links): a page builder sets its headline as a
   * styled paragraph or an h2.
   */
  private static Element titleShown(PageElements page, String title) {
    String firstPart = MetadataExtractor.firstPart(title);
    if (words(firstPart) < TITLE_SHOWN_WORDS) {
      return null;
    }
    // folded titles: letters and digits only, so the separators between the parts do not count
    String first = Folding.fold(firstPart);
    String whole = Folding.fold(title);
    for (Element e : page.all()) {
      // the text nodes are read in place, and only one of about the title's length is folded
      for (int i = 0; i < e.childNodeSize(); i++) {
        if (e.childNode(i) instanceof TextNode t && t.getWholeText().length() >= first.length()
            && t.getWholeText().length() <= 2 * whole.length() + 40 && showsTitle(e, t, first, whole)) {
          return e;
        }
      }
    }
    return null;
  }

  /** Whether {@code text}, a text node of {@code e}, is the title, outside links and the page's head. */
  private static boolean showsTitle(Element e, TextNode text, String first, String whole) {
    String folded = Folding.fold(text.getWholeText());
    return (folded.equals(first) || folded.equals(whole)) && e.closest(Css.of("a, head")) == null;
  }

  private static Element headingOne(PageElements page) {
    Element first = page.selectFirst(Css.of("h1"));
    if (first != null && first.hasText() && !namesSite(first, page)) {
      return first;
    }
    Element withText = null;
    for (Element h1 : page.select(Css.of("h1"))) {
      if (!h1.hasText()) {
        continue;
      }
      if (withText == null) {
        withText = h1;
        if (!namesSite(h1, page)) {
          return h1;
        }
      } else if (!h1.text().equalsIgnoreCase(withText.text())) {
        return h1; // the first with other text than the site's name
      }
    }
    return withText != null ? withText : first;
  }

  /** Whether the h1 is the site's name: the {@code <title>}'s last part, after the page's own. */
  private static boolean namesSite(Element h1, PageElements page) {
    Document doc = page.document();
    String text = h1.text().trim();
    // asked first, so that the host's label is worked out only for a title that ends with the h1
    return MetadataExtractor.endsWithHeading(doc.title(), text)
        && MetadataExtractor.isSiteHeading(doc.title(), text, null, MetadataExtractor.hostLabel(doc.location()));
  }

  /** The publication date the page shows under (or over) its headline, whatever it declares, or null. */
  static String shownDate(PageElements page, Element h1) {
    Metadata shown = new Metadata(null);
    if (h1 != null) {
      dateNearHeadline(page, h1, shown);
    }
    return shown.publishedAt();
  }

  /** The byline's names, unless a source already gave authors; {@code h1} is the page's headline, or null. */
  static void readAuthors(PageElements page, Element h1, Metadata meta) {
    if (!meta.hasAuthors()) {
      meta.authors(authors(page, h1));
    }
  }

  private static List<String> authors(PageElements page, Element h1) {
    List<Element> all = page.all();
    // a byline there is the story's, whatever region the theme puts it in (an aside meta column, a page builder's widget)
    Set<Element> underHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
    underHeadline.addAll(underHeadline(all, h1 == null ? -1 : all.indexOf(h1)));
    List<Element> authorBoxes = new ArrayList<>();
    for (Element e : all) {
      if (e.attributesSize() == 0) {
        continue;
      }
      // rel is a list of link types ("author", "nofollow noopener"): only "author" marks a byline
      boolean relAuthor = e.hasAttr("rel") && REL_AUTHOR.matcher(e.attr("rel")).find();
      if (!relAuthor && !isAuthorPageLink(e) && !isBylineMarked(e.className()) && !isBylineMarked(e.id())) {
        continue;
      }
      String text = e.text();
      if (text.length() <= SHORT && !text.isBlank() && !AUTHOR_DESCRIPTION.matcher(e.className() + " " + e.id()).find()
          && (underHeadline.contains(e) || !inForeignRegion(e))) {
        List<String> names = namesInLines(e);
        if (!names.isEmpty()) {
          return names;
        }
      } else if (isAuthorBox(e, text.length())) {
        authorBoxes.add(e);
      }
    }
    List<Element> lines = page.selectInBody(Css.of("p, span, div, li, address, dt, small, strong, h2, h3, h4, h5, h6"));
    for (Element e : lines) {
      // The element's own first words must already read "By ..." or "Author": cheap, and spares text() of big wrappers.
      String own = e.ownText();
      boolean label = e.childrenSize() == 0 && Bylines.isLabel(own);
      if (e.childrenSize() <= 3 && (label || Bylines.startsLikeByline(own)) && (underHeadline.contains(e) || !inForeignRegion(e))) {
        if (Bylines.looksLikeByline(e.text())) {
          return Bylines.parse(e.text());
        }
        List<String> labelled = label ? namesAfterLabel(e) : List.of();
        if (!labelled.isEmpty()) {
          return labelled;
        }
      }
    }
    for (Element box : authorBoxes) {
      // a box's first line may be its label instead ("Comment", "GDPR")
      List<String> names = fullNameAlone(lines(box).get(0));
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /**
   * An author box: a byline element too long for a byline ({@code length} characters), as it holds
   * the author's bio under their name, and not a page's wrapper (Squarespace writes "hide-author"
   * on the body).
   */
  private static boolean isAuthorBox(Element e, int length) {
    return length > SHORT && length <= AUTHOR_BOX_CHARS && !e.nameIs("body") && !e.nameIs("html")
        && (isBylineMarked(e.className()) || isBylineMarked(e.id())) && !inForeignRegion(e);
  }

  /** The name {@code text} is, when it is one full name and nothing else; else none. */
  private static List<String> fullNameAlone(String text) {
    List<String> names = Bylines.parse(text);
    return names.size() == 1 && names.get(0).equals(text.trim()) && names.get(0).indexOf(' ') > 0 ? names : List.of();
  }

  /**
   * The elements right under the headline ({@code all}'s element {@code start}; none when -1), in
   * page order, until the body's prose begins: at most {@value #HEADLINE_WINDOW}, and not past a
   * second long paragraph (one, a dek, may come first).
   */
  private static List<Element> underHeadline(List<Element> all, int start) {
    List<Element> window = new ArrayList<>();
    int proseSeen = 0;
    for (int i = start + 1; start >= 0 && i < all.size() && i <= start + HEADLINE_WINDOW; i++) {
      Element e = all.get(i);
      if (isProse(e) && ++proseSeen > 1) {
        break; // the body has started
      }
      window.add(e);
    }
    return window;
  }

  private static boolean isProse(Element e) {
    return e.nameIs("p") && e.text().length() >= PROSE_CHARS;
  }

  /**
   * The names in the element after a byline label standing alone ("Written by" above "Edzel
   * Tabing", "Author:" beside the name), read line by line.
   */
  private static List<String> namesAfterLabel(Element label) {
    Element value = label.nextElementSibling();
    return value == null || value.text().length() > SHORT ? List.of() : namesInLines(value);
  }

  /** Whether a class or id holds a byline word: a substring search, not a regex, as every element is asked. */
  private static boolean isBylineMarked(String value) {
    if (value.isEmpty()) {
      return false;
    }
    String v = value.toLowerCase(Locale.ROOT);
    for (String word : BYLINE_WORDS) {
      for (int at = v.indexOf(word); at >= 0; at = v.indexOf(word, at + 1)) {
        int end = at + word.length();
        // "authorization", "authority" and "authoring" are not authors
        if (end == v.length() || v.charAt(end) != 'i') {
          return true;
        }
      }
    }
    return false;
  }

  /** A link to an author's page ("/author/jane-doe/"), as CMSs link every byline name. */
  private static boolean isAuthorPageLink(Element e) {
    return e.nameIs("a") && AUTHOR_PAGE.matcher(e.attr("href")).find();
  }

  /**
   * The names of the first line of a byline element that has any: a line break or a block ends a
   * line, so "By Jane Doe" and "Senior Autos Reporter" under it are not read as one name.
   */
  private static List<String> namesInLines(Element byline) {
    for (String l : lines(byline)) {
      List<String> names = Bylines.parse(l);
      if (names.isEmpty()) {
        names = nameBesideDate(l);
      }
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /**
   * The full name a byline line holds beside its date, before or after it: themes print the date
   * first ("Sep 01, 2023 · Katie Liguori") or without a separator ("Bence Kovács 02-12-2025"), where
   * a byline's own rules, which end the names at a date, read none. The name must be all the rest.
   */
  private static List<String> nameBesideDate(String line) {
    Optional<DateParser.Found> date = DateParser.find(line);
    if (date.isEmpty()) {
      return List.of();
    }
    String before = line.substring(0, date.get().start());
    return fullNameAlone(PART_SEPARATORS.matcher(before.isBlank() ? line.substring(date.get().end()) : before).replaceAll(""));
  }

  /** The element's text line by line: a line break or a block ends a line. At least one line, perhaps empty. */
  private static List<String> lines(Element e) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    collectLines(e, line, lines);
    endLine(line, lines);
    if (lines.isEmpty()) {
      lines.add("");
    }
    return lines;
  }

  private static void collectLines(Element e, StringBuilder line, List<String> lines) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode) {
        line.append(((TextNode) child).text());
      } else if (child instanceof Element) {
        Element el = (Element) child;
        boolean breaks = el.normalName().equals("br") || el.isBlock();
        if (breaks) {
          endLine(line, lines);
        }
        collectLines(el, line, lines);
        if (breaks) {
          endLine(line, lines);
        }
      }
    }
  }

  private static void endLine(StringBuilder line, List<String> lines) {
    String text = line.toString();
    if (!text.isBlank()) {
      lines.add(text);
    }
    line.setLength(0);
  }

  /**
   * Whether {@code e} lies in such a region. The walk stops below {@code <body>}: its classes describe
   * the whole page's layout (WordPress writes "has-sidebar", "footer-on-bottom" there), not a region.
   * An article's own {@code <footer>} is not one: HTML puts who wrote the article there.
   */
  private static boolean inForeignRegion(Element e) {
    for (Element p = e; p != null && !p.nameIs("body") && !p.nameIs("html"); p = p.parent()) {
      if (p.is(Css.of("aside, nav")) || p.nameIs("footer") && !isArticleFooter(p) || FOREIGN_REGION.matcher(p.className() + " " + p.id()).find()) {
        return true;
      }
    }
    return false;
  }

  /** A footer whose nearest sectioning element is an article: that article's footer, not the page's. */
  private static boolean isArticleFooter(Element footer) {
    Element section = footer.parent() == null ? null : footer.parent().closest(Css.of("article, section, aside, nav"));
    return section != null && section.nameIs("article");
  }

  private static void readDates(PageElements page, Metadata meta) {
    for (Element time : page.select(Css.of("time[datetime]"))) {
      String iso = DateParser.toIso(time.attr("datetime"));
      if (iso != null) {
        String context = time.parent() == null ? "" : time.parent().text();
        if (UPDATED.matcher(context).find()) {
          meta.modifiedAt(iso);
        } else {
          meta.publishedAt(iso);
        }
      }
    }
    for (Element e : page.inBody()) {
      if (e.childrenSize() > 3) {
        continue;
      }
      boolean marked = Markers.DATE.matcher(e.className()).find() || Markers.DATE.matcher(e.id()).find();
      if (!marked && !startsWithDateWord(e)) {
        continue;
      }
      String text = e.text();
      if (text.length() < 8 || text.length() > SHORT) {
        continue;
      }
      if (UPDATED.matcher(text).find()) {
        meta.modifiedAt(DateParser.toIso(text));
      } else if (marked || POSTED.matcher(text).find()) {
        meta.publishedAt(DateParser.toIso(text));
      }
    }
  }

  /**
   * Whether the element's own text opens with "Posted", "Updated" and the like. Both patterns are
   * anchored at the start, so its first own text node decides, and most elements (wrappers) have none.
   */
  private static boolean startsWithDateWord(Element e) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode && !((TextNode) child).isBlank()) {
        String own = ((TextNode) child).text();
        return UPDATED.matcher(own).find() || POSTED.matcher(own).find();
      }
    }
    return false;
  }

  /**
   * A date printed with the headline without a word or class saying so ("Nov 21, 2018",
   * "By Jane Doe - Mar 27, 2024"): the first short line among the elements that follow the h1,
   * before the body's prose starts, that is a date, a date with at most a few words, or a byline
   * with a date. A dek may come first; past it, a date inside a paragraph is the body's. Failing
   * that, such a line just above the h1 in its own header block (a kicker: "Published October
   * 14, 2025 in Training"). "Updated ..." gives the modification date instead.
   */
  private static void dateNearHeadline(PageElements page, Element h1, Metadata meta) {
    List<Element> all = page.all();
    int start = all.indexOf(h1);
    boolean afterDek = false;
    for (Element e : underHeadline(all, start)) {
      afterDek |= isProse(e);
      // after a dek, dates inside paragraphs are the body's
      if (!(afterDek && e.closest(Css.of("p")) != null) && readDateLine(e, meta)) {
        return;
      }
    }
    Element block = h1.parent() == null ? null : h1.parent().parent();
    for (int i = start - 1; block != null && i > 0 && i >= start - KICKER_WINDOW && Trees.isInside(all.get(i), block); i--) {
      if (readDateLine(all.get(i), meta)) {
        return;
      }
    }
  }

  /**
   * Reads {@code e}'s own text as a date line; true once it gave the publication date. The date
   * may stand with a few words ("Published 3 days ago", "5 min read"), in a byline, or as one
   * part of a line parted by separators ("Jane Doe | Senior Writer | July 2, 2025").
   */
  private static boolean readDateLine(Element e, Metadata meta) {
    String text = e.ownText().trim();
    if (text.length() < 6 || text.length() > DATE_LINE_CHARS) {
      return false;
    }
    Optional<DateParser.Found> found = DateParser.find(text);
    if (found.isEmpty() || !(words(found.get().rest()) <= 3 || Bylines.startsLikeByline(text)
        || isOwnPart(text, found.get().start(), found.get().end()))) {
      return false;
    }
    String iso = DateParser.toIso(text.substring(found.get().start(), found.get().end()));
    boolean updated = UPDATED.matcher(text).find() || e.parent() != null && UPDATED.matcher(e.parent().text()).find();
    if (iso != null && updated) {
      meta.modifiedAt(iso);
      return false;
    }
    if (iso != null) {
      meta.publishedAt(iso);
      return true;
    }
    return false;
  }

  /** Whether the date at {@code start..end} fills a part of its line between separators (or the line's ends). */
  private static boolean isOwnPart(String line, int start, int end) {
    return PART_EDGE.matcher(line.substring(0, start)).find() && PART_START.matcher(line.substring(end)).find();
  }

  /** Words are runs of letters and digits: "・", "|" and "—" between them are not words. */
  private static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /** A standfirst: marked by its class, or a short heading/paragraph right after the h1. */
  private static String dek(PageElements page, Element h1) {
    for (Element e : page.select(Css.of("[class], [itemprop=description]"))) {
      String marker = e.className() + " " + e.attr("itemprop");
      if ((Markers.DEK.matcher(marker).find() || marker.contains("description")) && isDekLike(e.text())) {
        return e.text();
      }
    }
    Element next = h1.nextElementSibling();
    if (next != null && next.is(Css.of("h2, p")) && isDekLike(next.text()) && !Bylines.looksLikeByline(next.text())) {
      return next.text();
    }
    return null;
  }

  private static boolean isDekLike(String text) {
    int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
    return words >= 4 && words <= 60 && DateParser.parse(text).isEmpty();
  }
}
