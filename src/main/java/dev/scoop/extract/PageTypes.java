package dev.scoop.extract;

import dev.scoop.extract.metadata.Metadata;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Names what a page is, from its declared type and its shape: {@code article} for declared
 * articles or dated prose, {@code product}, {@code forum}, {@code video}, else {@code page}.
 */
final class PageTypes {
  private static final Set<String> ARTICLE = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "liveblogposting", "techarticle");

  /**
   * Schema.org types of discussion pages, in JSON-LD or microdata. A Question alone counts only
   * outside an FAQPage: the questions of a page's FAQ (SEO markup on articles, services and
   * products alike) are not a thread.
   */
  private static final Pattern DISCUSSION_SCHEMA = Pattern.compile(
      "(?i)\"@type\"\\s*:\\s*\\[?\\s*\"(?:DiscussionForumPosting|QAPage|Question)\"");
  private static final Pattern DISCUSSION_ITEMTYPE = Pattern.compile("(?i)schema\\.org/(?:DiscussionForumPosting|QAPage|Question)");
  private static final Pattern FAQ_SCHEMA = Pattern.compile("(?i)\"@type\"\\s*:\\s*\\[?\\s*\"FAQPage\"|schema\\.org/FAQPage");
  private static final Pattern QUESTION_ONLY = Pattern.compile("(?i)Question\"?$");
  /** Forum software announces itself in the generator tag. */
  private static final Pattern FORUM_GENERATOR = Pattern.compile(
      "(?i)discourse|vbulletin|phpbb|xenforo|mybb|simple machines|smf|flarum|invision|nodebb|vanilla");
  /** Thread URLs of the common forum engines. */
  private static final Pattern THREAD_URL = Pattern.compile(
      "(?i)/(?:viewtopic\\.php|showthread\\.php|threads?/|t/[^/]+/\\d+|topic/|forum/|discussions?/|comments/\\w+/)");

  private PageTypes() {}

  /**
   * Whether the page is a discussion (forum thread, Q&A): there the replies are the content,
   * so comment sections must not be removed.
   */
  static boolean isDiscussion(Document doc, String url) {
    for (Element script : doc.select(Css.of("script[type~=(?i)application/ld\\+json]"))) {
      String json = script.data();
      boolean faq = FAQ_SCHEMA.matcher(json).find();
      for (Matcher m = DISCUSSION_SCHEMA.matcher(json); m.find(); ) {
        if (!(faq && QUESTION_ONLY.matcher(m.group()).find())) {
          return true;
        }
      }
    }
    Elements typed = doc.select(Css.of("[itemtype]"));
    boolean faq = typed.stream().anyMatch(e -> FAQ_SCHEMA.matcher(e.attr("itemtype")).find());
    for (Element e : typed) {
      for (Matcher m = DISCUSSION_ITEMTYPE.matcher(e.attr("itemtype")); m.find(); ) {
        if (!(faq && QUESTION_ONLY.matcher(m.group()).find())) {
          return true;
        }
      }
    }
    Element generator = doc.selectFirst(Css.of("meta[name=generator][content]"));
    if (generator != null && FORUM_GENERATOR.matcher(generator.attr("content")).find()) {
      return true;
    }
    return url != null && THREAD_URL.matcher(url).find();
  }

  /** Whether the page calls itself an article (JSON-LD type or og:type). */
  static boolean isDeclaredArticle(Metadata meta) {
    return meta.type() != null && ARTICLE.contains(meta.type());
  }

  /** Whether the page calls itself a product (JSON-LD Product, og:type product). */
  static boolean isDeclaredProduct(Metadata meta) {
    return meta.type() != null && meta.type().contains("product");
  }

  static String classify(Metadata meta, List<Block> blocks, boolean discussion) {
    String type = meta.type() == null ? "" : meta.type();
    if (discussion) {
      return "forum";
    }
    if (ARTICLE.contains(type)) {
      return "article";
    }
    if (isDeclaredProduct(meta)) {
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
