package dev.scoop.extract.metadata;

import dev.scoop.extract.EntityReferences;
import dev.scoop.extract.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page metadata gathered from several sources. Sources are applied from most to least
 * trusted and each one only fills what is still missing, so the precedence is simply the
 * order of application (see {@link MetadataExtractor}). Not thread-safe: one per page.
 */
public final class Metadata {
  /** Longer than any headline: Google shows 110 characters, and shop product names run to 200. */
  private static final int MAX_TITLE_CHARS = 250;
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6} ");
  private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("\\s*(?:…|\\.\\.\\.)$");
  /** How long a title must be for a longer one that goes on from it mid-phrase to count as its whole. */
  private static final int LIMITED_TITLE_CHARS = 100;
  /** How long a title must be for one that goes on inside its last word to count as its whole ("Best Tent", "Best Tents" are two). */
  private static final int MIN_CUT_CHARS = 40;
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
  private String title;
  private String overlongTitle;
  private String description;
  private final List<String> authors = new ArrayList<>();
  /** A declared author that is only a user name: used when no source names a person. */
  private String authorHandle;
  private String publishedAt;
  private String modifiedAt;
  private String siteName;
  private String language;
  private String section;
  private final List<String> tags = new ArrayList<>();
  private String canonicalUrl;
  private String imageUrl;
  private String type;
  /** The page's own address, against which declared URLs are resolved; null when unknown. */
  private final String location;

  /** Metadata of the page at {@code location} (null when unknown: relative URLs it declares are then dropped). */
  Metadata(String location) {
    this.location = location;
  }

  public String title() { return title; }
  public String description() { return description; }
  public List<String> authors() { return authors; }
  public String publishedAt() { return publishedAt; }
  public String modifiedAt() { return modifiedAt; }
  public String siteName() { return siteName; }
  public String language() { return language; }
  public String section() { return section; }
  public List<String> tags() { return tags; }
  public String canonicalUrl() { return canonicalUrl; }
  public String imageUrl() { return imageUrl; }
  /** The page's declared type (JSON-LD {@code @type} or {@code og:type}), lower case. */
  public String type() { return type; }

  /**
   * A source's title, when none is set yet and it reads as one: a Markdown heading's marks a CMS
   * copied in ("## Title") go, and a title longer than any headline (a paragraph a theme fills the
   * field with) gives way to the next source's, kept only in case no source has a shorter one.
   */
  void title(String v) {
    String t = clean(v);
    if (t == null || title != null && !(t.length() <= MAX_TITLE_CHARS && continuesCut(t, title))) {
      return;
    }
    t = MARKDOWN_HEADING.matcher(t).replaceFirst("");
    if (t.length() <= MAX_TITLE_CHARS) {
      title = t;
    } else if (overlongTitle == null) {
      overlongTitle = t;
    }
  }

  /**
   * Whether {@code full} goes on where {@code cut} was cut short: after its ellipsis ("What will be
   * the trend in the watch..."), inside a word ("…monitor, laptop, and k"), or, for a title long
   * enough to have met a length limit (SEO plugins cut the JSON-LD headline near 110 characters),
   * mid-phrase, not at a separator before a site's name.
   */
  static boolean continuesCut(String full, String cut) {
    Matcher ellipsis = TRAILING_ELLIPSIS.matcher(cut);
    boolean marked = ellipsis.find();
    String stem = marked ? cut.substring(0, ellipsis.start()) : cut;
    if (stem.isEmpty() || full.length() <= stem.length() + 1 || !full.startsWith(stem)) {
      return false;
    }
    char next = full.charAt(stem.length());
    boolean insideWord = Character.isLetterOrDigit(next) && Character.isLetterOrDigit(stem.charAt(stem.length() - 1));
    return marked || stem.length() >= MIN_CUT_CHARS && insideWord
        || stem.length() >= LIMITED_TITLE_CHARS && next == ' ' && Character.isLetterOrDigit(full.charAt(stem.length() + 1));
  }

  /** The overlong title a source gave, when none gave a better one. */
  void settleTitle() {
    if (title == null) {
      title = overlongTitle;
    }
  }

  void description(String v) { if (description == null) description = clean(v); }
  void publishedAt(String iso) { if (publishedAt == null) publishedAt = iso; }
  void modifiedAt(String iso) { if (modifiedAt == null) modifiedAt = iso; }
  void siteName(String v) { if (siteName == null) siteName = clean(v); }
  void language(String v) { if (language == null) language = languageCode(v); }
  void section(String v) { if (section == null) section = clean(v); }
  void canonicalUrl(String v) { if (canonicalUrl == null) canonicalUrl = Urls.webAddress(location, v); }
  void imageUrl(String v) { if (imageUrl == null) imageUrl = Urls.webAddress(location, v); }
  void type(String v) { if (type == null && v != null) type = v.trim().toLowerCase(Locale.ROOT); }
  void replaceType(String v) { type = null; type(v); }
  void replacePublishedAt(String iso) { publishedAt = iso; }

  /** Adds authors only while none are known, so a weaker source never mixes into a stronger one. */
  void authors(List<String> names) {
    if (authors.isEmpty()) {
      for (String n : names) {
        if (!authors.contains(n)) {
          authors.add(n);
        }
      }
    }
  }

  void tags(List<String> values) {
    if (tags.isEmpty()) {
      for (String v : values) {
        String t = clean(v);
        if (t != null && !tags.contains(t)) {
          tags.add(t);
        }
      }
    }
  }

  void authorHandle(String v) { if (authorHandle == null) authorHandle = v; }
  String authorHandle() { return authorHandle; }

  boolean hasAuthors() {
    return !authors.isEmpty();
  }

  /** Replaces the title once the site-name suffix has been recognised. */
  void replaceTitle(String v) {
    title = clean(v);
  }

  /**
   * Removes the site posing as an author ("USA TODAY") or trailing a name on the byline's line
   * ("Brian Truitt USA TODAY"); true if the site itself was an author.
   */
  boolean removeSiteAsAuthor(String site) {
    boolean removed = authors.remove(site);
    authors.replaceAll(name -> withoutTrailing(name, site));
    return removed;
  }

  /** The name without {@code site} after it, if what remains still has a first and a last name. */
  private static String withoutTrailing(String name, String site) {
    if (!name.endsWith(" " + site)) {
      return name;
    }
    String rest = name.substring(0, name.length() - site.length()).trim();
    return rest.indexOf(' ') > 0 ? rest : name;
  }

  /**
   * {@code v} on one line, trimmed, with the entity references a CMS escaped twice decoded
   * ("And finally&amp;#8230;" in the page's source reads "And finally&#8230;" once parsed): only
   * complete references, so "Q&A" and "R&D" stay as written.
   */
  static String clean(String v) {
    if (v == null) {
      return null;
    }
    String t = EntityReferences.decode(v).replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    return t.isEmpty() ? null : t;
  }

  /**
   * The language of a tag as its primary subtag, lower case ("en_US", "EN-us" and "en" are "en"),
   * whichever source gives it; null for what is not a language tag.
   */
  private static String languageCode(String v) {
    String code = v == null ? "" : v.trim().replace('_', '-');
    return LANGUAGE_TAG.matcher(code).matches() ? code.split("-")[0].toLowerCase(Locale.ROOT) : null;
  }
}
