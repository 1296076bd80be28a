package dev.scoop.extract.content;

/**
 * What is known of a page before its content is sought, from its markup and URL.
 *
 * @param discussion a forum thread or Q&amp;A: replies are content
 * @param article declared an article: the content is one piece, not spread over the page
 * @param product a product page: customer reviews are not the product's description
 */
public record PageFacts(boolean discussion, boolean article, boolean product) {}
