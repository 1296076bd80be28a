package dev.scoop.extract;

import java.util.List;

/**
 * An extracted article. Absent values are {@code null} (or empty lists), never invented.
 *
 * <p>{@code text} is the article body only: one paragraph, heading or list item per line,
 * without bylines, captions, navigation or promotions. {@code html} is sanitized.
 * {@code publishedAt} is the page's date: its publication date, or, when the page shows only
 * when it was last updated, that date (then equal to {@code modifiedAt}).
 */
public record Article(
    String url,
    String finalUrl,
    String canonicalUrl,
    String title,
    String description,
    List<String> authors,
    String publishedAt,
    String modifiedAt,
    String siteName,
    String language,
    String section,
    List<String> tags,
    Image image,
    List<Image> images,
    String text,
    String html,
    String markdown,
    List<Block> blocks,
    List<Link> links,
    int wordCount,
    int readingTimeMinutes,
    String fingerprint,
    String pageType) {

  /** True when the page yielded no main content at all (empty shell, login wall, script-only app). */
  public boolean isEmpty() {
    return text == null || text.isBlank();
  }

  /** A hyperlink found inside the article body. */
  public record Link(String url, String text) {}
}
