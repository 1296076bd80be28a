package dev.scoop.extract;

import dev.scoop.extract.content.Texts;
import dev.scoop.extract.metadata.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Names what a page is, from its declared type and its shape: {@code article} for declared
 * articles or dated prose, {@code product}, {@code forum}, {@code documentation}, {@code video},
 * else {@code page}.
 */
final class PageTypes {
  /** The words of a paragraph of prose, as a story's opening paragraph has: not a caption's or a teaser's line. */
  private static final int PROSE_WORDS = 40;
  private static final Set<String> ARTICLE = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "liveblogposting", "techarticle");

  /**
   * Schema.org types of discussion pages, in JSON-LD or microdata. A Question alone counts only
   * outside an FAQPage: the questions of a page's FAQ (SEO markup on articles, services and
   * products alike) are not a thread.
   */
  private static final Pattern DISCUSSION_SCHEMA = Pattern.compile(
      "\"@type\"\\s*:\\s*\\[?\\s*\"(?i:DiscussionForumPosting|QAPage|Question)\"");
  private static final Pattern DISCUSSION_ITEMTYPE = Pattern.compile("(?i)schema\\.org/(?:DiscussionForumPosting|QAPage|Question)");
  private static final Pattern FAQ_SCHEMA = Pattern.compile("(?i)\"@type\"\\s*:\\s*\\[?\\s*\"FAQPage\"|schema\\.org/FAQPage");
  private static final Pattern QUESTION_ONLY = Pattern.compile("(?i)Question\"?$");
  /** Forum software announces itself in the generator tag. */
  private static final Pattern FORUM_GENERATOR = Pattern.compile(
      "(?i)discourse|vbulletin|phpbb|xenforo|mybb|simple machines|smf|flarum|invision|nodebb|vanilla");
  /**
   * Thread URLs of the common forum engines: phpBB's viewtopic, vBulletin's and MyBB's showthread (and
   * MyBB's "thread-123.html"), SMF's "index.php?topic=123.0", XenForo's and Invision's threads and
   * topics, Discourse's "t/slug/123", Reddit's comments.
   */
  private static final Pattern THREAD_URL = Pattern.compile(
      "(?i)/(?:viewtopic\\.php|showthread\\.php|threads?/|thread-\\d+|t/[^/]+/\\d+|topic/|forum/|discussions?/|comments/\\w+/)"
          + "|[?&]topic=\\d");

  /** Documentation generators name themselves in the generator tag. */
  private static final Pattern DOCS_GENERATOR = Pattern.compile(
      "(?i)sphinx|mkdocs|docusaurus|gitbook|vuepress|docsify|starlight|mintlify|nextra|rustdoc|javadoc|pdoc|docfx|doxygen|typedoc|antora");
  /**
   * Documentation's usual homes: a docs, developer, learn or wiki host, Read the Docs, a /docs/,
   * /reference/, /manual/ or getting-started path.
   */
  private static final Pattern DOCS_URL = Pattern.compile(
      "(?i)^https?://(?:docs?|devdocs|developers?|learn|wiki)\\.|\\.readthedocs\\.io/"
          + "|/(?:docs?|documentation|reference|api-reference|manual|man-pages|handbook|quickstart|get-?started|getting-started)(?:/|$)");
  private static final Evaluator CONTENT_MARKS = Css.of("article, main, [role=main], [itemprop=articleBody]");

  private PageTypes() {}

  /** Whether the page is documentation: made by a documentation generator, or served where documentation lives. */
  static boolean isDocumentation(Document doc, String url) {
    if (url != null && DOCS_URL.matcher(url).find()) {
      return true;
    }
    return DOCS_GENERATOR.matcher(generator(doc)).find();
  }

  /** What made the page, as its generator tag says ("" when it does not say). */
  private static String generator(Document doc) {
    Element generator = doc.head().selectFirst(Css.of("meta[name=generator][content]"));
    return generator == null ? "" : generator.attr("content");
  }

  /**
   * Whether the page is a discussion (forum thread, Q&A): there the replies are the content,
   * so comment sections must not be removed. One scan of the page's elements reads its JSON-LD and
   * its microdata types; then its generator tag and URL are asked.
   */
  static boolean isDiscussion(PageElements page, String url) {
    List<String> itemTypes = new ArrayList<>();
    Evaluator jsonLd = Css.of(Css.JSON_LD_SCRIPT);
    for (Element e : page.all()) {
      if (jsonLd.matches(page.document(), e) && declaresDiscussion(e.data())) {
        return true;
      }
      if (e.hasAttr("itemtype")) {
        itemTypes.add(e.attr("itemtype"));
      }
    }
    boolean faq = itemTypes.stream().anyMatch(type -> FAQ_SCHEMA.matcher(type).find());
    for (String type : itemTypes) {
      if (hasDiscussionType(DISCUSSION_ITEMTYPE.matcher(type), faq)) {
        return true;
      }
    }
    if (FORUM_GENERATOR.matcher(generator(page.document())).find()) {
      return true;
    }
    return url != null && THREAD_URL.matcher(url).find();
  }

  private static boolean declaresDiscussion(String json) {
    return hasDiscussionType(DISCUSSION_SCHEMA.matcher(json), FAQ_SCHEMA.matcher(json).find());
  }

  /** A discussion type among the matches, where a Question alone does not count on an FAQ page. */
  private static boolean hasDiscussionType(Matcher m, boolean faq) {
    while (m.find()) {
      if (!(faq && QUESTION_ONLY.matcher(m.group()).find())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the page calls itself an article (JSON-LD type or og:type). */
  static boolean isDeclaredArticle(Metadata meta) {
    return meta.type() != null && ARTICLE.contains(meta.type());
  }

  /**
   * Whether the page is to be read as an article: it calls itself one and names an author or a
   * date. SEO plugins give every page {@code og:type=article}, category pages and landing pages
   * included; a page with neither byline nor date is read as one that may list things.
   */
  static boolean readsAsArticle(Metadata meta) {
    return isDeclaredArticle(meta) && (meta.publishedAt() != null || !meta.authors().isEmpty());
  }

  /** Whether the page marks where its content is (an article, a main region, a schema.org article body). */
  static boolean marksContent(PageElements elements) {
    return elements.selectFirst(CONTENT_MARKS) != null;
  }

  /** Whether the page calls itself a product (JSON-LD Product, og:type product). */
  static boolean isDeclaredProduct(Metadata meta) {
    return meta.type() != null && meta.type().contains("product");
  }

  static String classify(Metadata meta, List<Block> blocks, boolean discussion, boolean documentation) {
    String type = meta.type() == null ? "" : meta.type();
    if (discussion) {
      return "forum";
    }
    // documentation often calls itself an "article" (og:type, TechArticle); news and blog posts it is not
    if (documentation && !type.contains("news") && !type.contains("blog")) {
      return "documentation";
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
    List<Block> paragraphs = blocks.stream().filter(b -> Block.Type.PARAGRAPH.id().equals(b.type())).toList();
    // dated prose: three paragraphs, or a byline over one paragraph of prose (a short story told in bullet points)
    boolean prose = paragraphs.size() >= 3
        || !meta.authors().isEmpty() && paragraphs.stream().anyMatch(p -> Texts.words(p.text()) >= PROSE_WORDS);
    return meta.publishedAt() != null && prose ? "article" : "page";
  }
}
