package dev.scoop.extract.content;

/**
 * What is known of a page before its content is sought, from its markup and URL.
 *
 * @param discussion a forum thread or Q&amp;A: replies are content
 * @param article declared an article: the content is one piece, not spread over the page
 * @param product a product page: customer reviews are not the product's description
 * @param marksContent the page marks where its content is ({@code article}, {@code main},
 *     {@code role=main}, {@code itemprop=articleBody}): its furniture names are furniture
 */
public record PageFacts(boolean discussion, boolean article, boolean product, boolean marksContent) {
  /** The same page read as a discussion: its comments are content. */
  public PageFacts asDiscussion() {
    return new PageFacts(true, article, product, marksContent);
  }

  /** The same page read as not an article: its content may be spread over it, its items listed. */
  public PageFacts asNonArticle() {
    return new PageFacts(discussion, false, product, marksContent);
  }
}
