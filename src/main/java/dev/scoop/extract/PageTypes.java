package dev.scoop.extract;

import dev.scoop.extract.metadata.Metadata;
import java.util.List;
import java.util.Set;

/**
 * Names what a page is, from its declared type and its shape: {@code article} for declared
 * articles or dated prose, {@code product}, {@code forum}, {@code video}, else {@code page}.
 */
final class PageTypes {
  private static final Set<String> ARTICLE = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "liveblogposting", "techarticle");

  private PageTypes() {}

  static String classify(Metadata meta, List<Block> blocks) {
    String type = meta.type() == null ? "" : meta.type();
    if (ARTICLE.contains(type)) {
      return "article";
    }
    if (type.contains("product")) {
      return "product";
    }
    if (type.contains("discussionforumposting") || type.contains("qapage")) {
      return "forum";
    }
    if (type.startsWith("video")) {
      return "video";
    }
    long paragraphs = blocks.stream().filter(b -> Block.Type.PARAGRAPH.id().equals(b.type())).count();
    boolean dated = meta.publishedAt() != null;
    return dated && paragraphs >= 3 ? "article" : "page";
  }
}
