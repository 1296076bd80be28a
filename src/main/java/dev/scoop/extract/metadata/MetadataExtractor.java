package dev.scoop.extract.metadata;

import dev.scoop.extract.Css;
import dev.scoop.extract.Folding;
import dev.scoop.extract.PageElements;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gathers metadata from every source, most trusted first: JSON-LD, then meta tags
 * (OpenGraph, Twitter, article:*, Parse.ly, Sailthru, Dublin Core), then microdata, then
 * what the page shows. Each source only fills fields still empty. Afterwards the title
 * loses its " - Site" / " | Site" suffix, and a site declared as author gives way to a byline
 * naming a person.
 * Thread-safe (stateless).
 */
public final class MetadataExtractor {
  /** The characters that part a title ("Story | Site", "Story – Site"). */
  private static final String SEPARATOR = "[|\\-–—:·•»/]";
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+" + SEPARATOR + "\\s+");
  /** A title template whose page part came out empty: "| Site" (no title) or "Title |". */
  private static final Pattern EMPTY_LEADING_PART = Pattern.compile("^" + SEPARATOR + "\\s+(.+)$");
  private static final Pattern EMPTY_TRAILING_PART = Pattern.compile("^(.+?)\\s+" + SEPARATOR + "$");
  /** Where a headline may end inside a title: at a separator, or at a colon ("Hiking Boots: Shop …"). */
  private static final Pattern HEADLINE_END = Pattern.compile("\\s+" + SEPARATOR + "\\s+|:\\s+");
  /** The anchor documentation generators put after a heading (Sphinx's "¶"); a "#" only set apart ("C#" is a name). */
  private static final Pattern PERMALINK_GLYPH = Pattern.compile("\\s*[¶§]\\s*$|\\s+#\\s*$");
  private static final Pattern HOST = Pattern.compile("^(?:https?://)?([^/:?#]+)");
  private static final int MIN_HOST_LABEL = 4;
  private static final int MIN_HEADLINE_WORDS = 3;
  private static final int MAX_AFFIX_WORDS = 5;
  private static final double MAX_SHARED_WORDS = 1 / 3.0;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private MetadataExtractor() {}

  /** Reads all metadata of {@code doc}, which must be the page as served (before cleaning). */
  public static Metadata extract(Document doc) {
    return extract(PageElements.of(doc));
  }

  /** Reads all metadata of the page whose elements {@code page} lists, as served (before cleaning). */
  public static Metadata extract(PageElements page) {
    Document doc = page.document();
    Metadata meta = new Metadata(doc.location());
    JsonLdSource.read(page, meta);
    MetaTagSource.read(page, meta);
    MicrodataSource.read(page, meta);
    readHtmlTitle(doc.title(), meta);
    Element headline = VisibleSource.headline(page, meta.title());
    VisibleSource.read(page, headline, meta);
    // a user name declared as author is theirs, but a byline naming a person is better
    if (!meta.hasAuthors() && meta.authorHandle() != null) {
      meta.authors(List.of(meta.authorHandle()));
    }
    // a CMS that stamps both dates on every save declares the update as the publication: an
    // earlier date the page shows is the story's (read before the fallback below: without a
    // declared date, the visible sources have already looked under the headline)
    if (meta.publishedAt() != null && meta.publishedAt().equals(meta.modifiedAt())) {
      String shown = VisibleSource.shownDate(page, headline);
      if (shown != null && day(shown).compareTo(day(meta.publishedAt())) < 0) {
        meta.replacePublishedAt(shown);
      }
    }
    // a page that shows only when it was last updated is dated by that ("Updated March 3, 2025")
    meta.publishedAt(meta.modifiedAt());
    meta.settleTitle();
    String h1 = headlineText(headline);
    if (namesSomethingElse(meta.title(), doc.title(), h1)) {
      meta.replaceTitle(doc.title());
    }
    String full = meta.title();
    meta.replaceTitle(stripSiteName(full, meta.siteName(), h1, hostLabel(meta.canonicalUrl() != null ? meta.canonicalUrl() : doc.location())));
    meta.siteName(siteNameFromTitle(full, meta.title()));
    // a title cut short that the headline goes on from: the headline is its whole
    if (h1 != null && meta.title() != null && Metadata.continuesCut(h1, meta.title())) {
      meta.replaceTitle(h1);
    }
    if (meta.siteName() != null && meta.removeSiteAsAuthor(meta.siteName())) {
      // the declared author is the site itself: a byline naming a person is better, but without
      // one the site stays (a personal blog is its author's site, a company's post the company's)
      VisibleSource.readAuthors(page, headline, meta);
      meta.removeSiteAsAuthor(meta.siteName());
      if (!meta.hasAuthors()) {
        meta.authors(List.of(meta.siteName()));
      }
    }
    return meta;
  }

  /**
   * Whether a declared title names something else than the page's own two titles, its
   * {@code <title>} and its h1, which agree (every word of the h1 is in the title): it shares no more
   * than a third of its words with either. Wikipedia's JSON-LD "headline" holds the article's short
   * description ("Wikimedia list article"), a news site's og:title its social headline.
   */
  private static boolean namesSomethingElse(String declared, String own, String h1) {
    if (declared == null || own == null || h1 == null || own.isBlank()) {
      return false;
    }
    Set<String> d = words(declared);
    Set<String> o = words(own);
    Set<String> h = words(h1);
    return !d.isEmpty() && !h.isEmpty() && o.containsAll(h) && share(d, h) <= MAX_SHARED_WORDS && share(d, o) <= MAX_SHARED_WORDS;
  }

  /** The share of {@code words} that {@code other} has too. */
  private static double share(Set<String> words, Set<String> other) {
    return words.stream().filter(other::contains).count() / (double) words.size();
  }

  /** The lower-cased words of {@code s}: runs of letters and digits. */
  private static Set<String> words(String s) {
    Set<String> words = new HashSet<>();
    for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** The calendar day of an ISO date: the time a page shows beside a date is often missing. */
  private static String day(String iso) {
    return iso.length() >= 10 ? iso.substring(0, 10) : iso;
  }

  /**
   * The {@code <title>}, unless its template left the page's part empty: "| Site" names only the
   * site (the h1 will give the title), "Title |" only the page.
   */
  private static void readHtmlTitle(String title, Metadata meta) {
    Matcher siteOnly = EMPTY_LEADING_PART.matcher(title);
    if (siteOnly.matches()) {
      meta.siteName(siteOnly.group(1));
      return;
    }
    Matcher pageOnly = EMPTY_TRAILING_PART.matcher(title);
    meta.title(pageOnly.matches() ? pageOnly.group(1) : title);
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
   * Removes a site-name suffix or prefix. The h1 decides when it equals one part; otherwise the
   * first part after the first that names the site goes, with the site's sections after it
   * ("Title | Spice AI" on spice.ai, "Title : Amazon.co.uk : Electronics"): a part equal to the
   * known site name, or one that begins with the host's name ({@code hostLabel}: "Ruggable US" on
   * ruggable.com); and a leading part equal to the site name.
   * Failing that, a last part of at most three words after a longer first part is taken for one.
   */
  static String stripSiteName(String title, String siteName, String h1, String hostLabel) {
    if (title == null) {
      return null;
    }
    String beforeLogo = pageBeforeSiteHeading(title, h1, siteName, hostLabel);
    if (beforeLogo != null) {
      return beforeLogo;
    }
    if (isHeadlineWithAffix(title, h1)) {
      return h1;
    }
    String leading = headlineBeforeSeparator(title, h1);
    if (leading != null) {
      return leading;
    }
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    for (String part : List.of(parts)) {
      if (part.equalsIgnoreCase(h1)) {
        return part;
      }
    }
    String first = parts[0];
    if (siteName != null && first.equalsIgnoreCase(siteName)) {
      return title.substring(first.length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").trim();
    }
    int kept = parts.length;
    for (int i = 1; i < parts.length; i++) {
      if (namesSite(parts[i], siteName, hostLabel)) {
        kept = i;
        break;
      }
    }
    if (kept < parts.length) {
      return prefix(title, parts, kept);
    }
    String last = parts[parts.length - 1];
    if (last.split("\\s+").length <= 3 && first.split("\\s+").length > 3) {
      return prefix(title, parts, parts.length - 1);
    }
    return title;
  }

  /**
   * The title's parts before its last when that last part is the h1 and so names the site: a theme
   * that sets the site's name as the page's h1, its logo ("What is Ownership? - The Rust Programming
   * Language" under an h1 "The Rust Programming Language"). Null unless the first part is itself the
   * site's name, as in "Frommers | The 10 Best Airfare Search Sites": a known name or the host's, or
   * a name of one or two words before a longer headline.
   */
  private static String pageBeforeSiteHeading(String title, String h1, String siteName, String hostLabel) {
    if (!isSiteHeading(title, h1, siteName, hostLabel)) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(title);
    return prefix(title, parts, parts.length - 1);
  }

  /** The title's first part, before its first separator ("Top 5 HR Tools" of "Top 5 HR Tools | DianaHR"). */
  static String firstPart(String title) {
    return TITLE_SEPARATOR.split(title)[0];
  }

  /**
   * Whether the title ends with the h1, whatever its case: the test that spares most pages the rest
   * of {@link #isSiteHeading}, which is asked of every page's h1 several times.
   */
  static boolean endsWithHeading(String title, String h1) {
    String t = title.trim();
    return !h1.isEmpty() && t.regionMatches(true, t.length() - h1.length(), h1, 0, h1.length());
  }

  /** Whether {@code h1} names the site, being the title's last part after a page part ({@link #pageBeforeSiteHeading}). */
  static boolean isSiteHeading(String title, String h1, String siteName, String hostLabel) {
    if (h1 == null || !endsWithHeading(title, h1)) {
      return false;
    }
    String[] parts = TITLE_SEPARATOR.split(title);
    String last = parts[parts.length - 1];
    if (parts.length < 2 || !last.equalsIgnoreCase(h1)) {
      return false;
    }
    String first = parts[0];
    return !namesSite(first, siteName, hostLabel) && !(first.split("\\s+").length <= 2 && first.length() < last.length());
  }

  /**
   * Whether the title is the headline with a few words before or after it, whatever parts them
   * ("Zero Waste for Beginners Archives", "TFH Online Forum-What to look for").
   */
  static boolean isHeadlineWithAffix(String title, String h1) {
    if (h1 == null || h1.split("\\s+").length < MIN_HEADLINE_WORDS || title.length() <= h1.length()) {
      return false;
    }
    int tail = title.length() - h1.length();
    boolean leads = title.regionMatches(true, 0, h1, 0, h1.length());
    if (!leads && !title.regionMatches(true, tail, h1, 0, h1.length())) {
      return false;
    }
    String rest = leads ? title.substring(h1.length()) : title.substring(0, tail);
    // the headline must end where a word of the title ends: "Hammocks of the world" is not in "… worldwide"
    if (Character.isLetterOrDigit(leads ? rest.charAt(0) : rest.charAt(rest.length() - 1))) {
      return false;
    }
    String words = NON_WORD.matcher(rest).replaceAll(" ").trim();
    return !words.isEmpty() && words.split(" ").length <= MAX_AFFIX_WORDS;
  }

  /** The text of the page's headline ({@link VisibleSource#headline}), without a permalink glyph after it ("Models¶"), or null. */
  private static String headlineText(Element h1) {
    String text = h1 == null ? "" : PERMALINK_GLYPH.matcher(h1.text()).replaceFirst("").trim();
    return text.isEmpty() ? null : text;
  }

  /**
   * The title's part before a separator, colons included ("Hiking Boots: Shop Boots for Hiking"),
   * when it is the page's headline, whatever its case and punctuation: the rest is the site's
   * name, a tagline or an SEO description. Null otherwise.
   */
  private static String headlineBeforeSeparator(String title, String h1) {
    if (h1 == null) {
      return null;
    }
    String headline = Folding.fold(h1);
    Matcher m = HEADLINE_END.matcher(title);
    while (!headline.isEmpty() && m.find()) {
      String before = title.substring(0, m.start()).trim();
      if (Folding.fold(before).equals(headline)) {
        return before;
      }
    }
    return null;
  }

  /** The title up to the end of its first {@code n} parts, separators inside them kept. */
  private static String prefix(String title, String[] parts, int n) {
    Matcher m = TITLE_SEPARATOR.matcher(title);
    int end = title.length();
    for (int i = 0; i < n && m.find(); i++) {
      end = m.start();
    }
    return title.substring(0, end).trim();
  }

  private static boolean namesSite(String part, String siteName, String hostLabel) {
    if (siteName != null && part.equalsIgnoreCase(siteName.trim())) {
      return true;
    }
    return hostLabel != null && hostLabel.length() >= MIN_HOST_LABEL && Folding.fold(part).startsWith(hostLabel);
  }

  /**
   * The site's own name in a URL's host, lower case, or null: the label before the public suffix
   * ("bbs.archlinux.org" gives "archlinux", "www.amazon.co.uk" gives "amazon").
   */
  static String hostLabel(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    Matcher m = HOST.matcher(url.trim().toLowerCase(Locale.ROOT));
    if (!m.find()) {
      return null;
    }
    String[] labels = m.group(1).split("\\.");
    int i = labels.length - 2;
    // a two-level suffix such as co.uk or com.au: its first label is short
    if (i > 0 && labels[i].length() <= 3 && labels.length > 2) {
      i--;
    }
    return i >= 0 ? labels[i].replace("-", "") : null;
  }
}
