package dev.scoop.extract;

import dev.scoop.extract.content.ContentExtractor;
import dev.scoop.extract.content.PageFacts;
import dev.scoop.extract.content.Pass;
import dev.scoop.extract.content.Texts;
import dev.scoop.extract.metadata.Metadata;
import dev.scoop.extract.metadata.MetadataExtractor;
import dev.scoop.extract.metadata.ThreadStarter;
import dev.scoop.extract.render.HtmlRenderer;
import dev.scoop.extract.render.MarkdownRenderer;
import dev.scoop.extract.render.TextRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an {@link Article} from an HTML page. The facade of the extraction library:
 * metadata first (from the page as served), then main content, then the renderings.
 *
 * <pre>{@code
 * Article a = new ArticleExtractor().extract(html, "https://example.com/story");
 * a.title(); a.authors(); a.text();
 * }</pre>
 *
 * <p>Thread-safe: one instance can be shared by all threads.
 */
public final class ArticleExtractor {
  /**
   * Elements read per page by default: the largest of the 1,678 dataset pages has 15,798
   * (a 2 MB page), the 99th percentile 7,263; hostile shapes just under this bound (nested
   * elements, nested tables, 50,000 links) take 1 to 4 s ({@code bench/PathologicalPages.java}).
   */
  public static final int DEFAULT_MAX_ELEMENTS = 100_000;
  private static final int WORDS_PER_MINUTE = 230;
  /** Readability's threshold: a pass that finds less than this is retried more leniently. */
  private static final int ENOUGH_TEXT = 500;
  private static final int MUCH_MORE_TEXT = 3;
  private static final double MOSTLY_LINKS = 0.5;
  /** Less than a short paragraph: a title, a link, a few labels. */
  private static final int NO_TEXT_OF_ITS_OWN = 200;
  /** How much more text the comments must hold than the page's own to be its content. */
  private static final int DISCUSSION_SHARE = 4;
  private final int maxElements;

  /** An extractor reading pages of up to {@value #DEFAULT_MAX_ELEMENTS} elements. */
  public ArticleExtractor() {
    this(DEFAULT_MAX_ELEMENTS);
  }

  /** An extractor refusing pages of more than {@code maxElements} elements ({@link PageTooLargeException}). */
  public ArticleExtractor(int maxElements) {
    if (maxElements < 1) {
      throw new IllegalArgumentException("maxElements must be positive: " + maxElements);
    }
    this.maxElements = maxElements;
  }

  /** Extracts from raw bytes; {@code charsetHint} is the transport's charset or null. */
  public Article extract(byte[] html, String charsetHint, String url) {
    return extract(HtmlDecoder.decode(html, charsetHint), url);
  }

  /**
   * Extracts from decoded HTML; {@code url} resolves relative links and may be null.
   *
   * @throws PageTooLargeException when the page has more elements than this extractor reads
   */
  public Article extract(String html, String url) {
    Objects.requireNonNull(html, "html");
    String base = url == null ? "" : url;
    Document doc = Jsoup.parse(html, base);
    PageElements elements = PageElements.list(doc, maxElements);
    if (elements == null) {
      throw new PageTooLargeException(maxElements);
    }
    Mojibake.repair(doc);
    Metadata meta = MetadataExtractor.extract(elements);
    PageFacts page = new PageFacts(PageTypes.isDiscussion(elements, url), PageTypes.readsAsArticle(meta), PageTypes.isDeclaredProduct(meta),
        PageTypes.marksContent(elements));
    if (page.discussion()) {
      ThreadStarter.read(elements, meta);
    }
    boolean documentation = PageTypes.isDocumentation(doc, url);
    Found found = extractContent(doc, html, base, meta, page);
    ContentExtractor.Content content = found.content();
    List<Block> blocks = content.blocks();
    String text = TextRenderer.render(blocks);
    int words = Texts.words(text);
    Image lead = leadImage(meta.imageUrl(), content.images());
    return new Article(
        url, url, meta.canonicalUrl(), meta.title(), meta.description(), List.copyOf(meta.authors()),
        meta.publishedAt(), meta.modifiedAt(), meta.siteName(), meta.language(), meta.section(),
        List.copyOf(meta.tags()), lead, imagesWithLead(lead, content.images()), text,
        text.isEmpty() ? "" : HtmlRenderer.render(content.root()),
        text.isEmpty() ? "" : MarkdownRenderer.render(content.root()),
        blocks, links(content.root()), words,
        words == 0 ? 0 : Math.max(1, Math.round((float) words / WORDS_PER_MINUTE)),
        text.isEmpty() ? null : Fingerprint.hex(Fingerprint.simHash(text)),
        PageTypes.classify(meta, blocks, found.discussion(), documentation));
  }

  /** The content found, and whether its page turned out to be a discussion. */
  private record Found(ContentExtractor.Content content, boolean discussion) {}

  /**
   * The content of the page, read as what it declares itself; a page that has no text of its own
   * is read again: as a discussion when its comments hold the text, as a listing when it calls
   * itself an article.
   */
  private static Found extractContent(Document doc, String html, String base, Metadata meta, PageFacts page) {
    ContentExtractor.Content best = throughPasses(doc, html, base, meta, page);
    if (best.textLength() >= NO_TEXT_OF_ITS_OWN) {
      return new Found(best, page.discussion());
    }
    if (!page.discussion()) {
      // a page whose only text is its comments (a link aggregator's story: a title and a link) is a discussion
      ContentExtractor.Content c = throughPasses(null, html, base, meta, page.asDiscussion());
      if (c.textLength() > DISCUSSION_SHARE * Math.max(best.textLength(), 1)) {
        return new Found(c, true);
      }
    }
    if (page.article()) {
      // "article" is many CMSs' type for every page: one with no article text may list things
      ContentExtractor.Content c = throughPasses(null, html, base, meta, page.asNonArticle());
      if (c.textLength() > best.textLength()) {
        return new Found(c, page.discussion());
      }
    }
    return new Found(best, page.discussion());
  }

  /**
   * Runs the passes from strictest to most lenient until one finds at least
   * {@value #ENOUGH_TEXT} characters (an unmarked landing page runs them all, see
   * {@link #findsFarMore}). Short of that, a more lenient result replaces a stricter
   * one only when it is more than twice as long: a short article stays clean instead of
   * taking on the promos a lenient pass lets through. Each pass changes its document, so every
   * pass but a first given {@code parsed} tree parses the page again.
   */
  private static ContentExtractor.Content throughPasses(Document parsed, String html, String base, Metadata meta, PageFacts page) {
    ContentExtractor.Content best = null;
    boolean readAll = isUnmarkedLandingPage(page);
    for (Pass pass : Pass.values()) {
      Document d = pass == Pass.STRICT && parsed != null ? parsed : parse(html, base);
      ContentExtractor.Content c = ContentExtractor.extract(d, meta.title(), meta.description(), pass, page);
      if (best == null || (best.textLength() < ENOUGH_TEXT ? c.textLength() > 2 * best.textLength() : findsFarMore(c, best))) {
        best = c;
      }
      if (best.textLength() >= ENOUGH_TEXT && !readAll) {
        break;
      }
    }
    return best;
  }

  /**
   * A page that is neither an article nor a product and does not mark where its content is
   * ({@link PageFacts#marksContent}): the furniture names the strict pass reads off ("banner",
   * "promo", "header") may name its own sections.
   */
  private static boolean isUnmarkedLandingPage(PageFacts page) {
    return !page.article() && !page.product() && !page.marksContent();
  }

  /**
   * Whether a lenient pass found far more than a strict one that found enough, on an unmarked
   * landing page: more than {@value #MUCH_MORE_TEXT} times the text, not mostly links (the menus a
   * lenient pass lets in).
   */
  private static boolean findsFarMore(ContentExtractor.Content lenient, ContentExtractor.Content strict) {
    return lenient.textLength() > MUCH_MORE_TEXT * strict.textLength() && lenient.linkDensity() < MOSTLY_LINKS;
  }

  /** The page's tree, with any mojibake in its text repaired. */
  private static Document parse(String html, String base) {
    Document doc = Jsoup.parse(html, base);
    Mojibake.repair(doc);
    return doc;
  }

  /**
   * The lead image: the declared one (og:image, JSON-LD) with the caption of the body figure
   * showing the same file, else the first body figure.
   */
  private static Image leadImage(String declared, List<Image> images) {
    if (declared == null) {
      return images.isEmpty() ? null : images.get(0);
    }
    for (Image img : images) {
      if (sameImage(declared, img.url())) {
        return img.withUrl(declared);
      }
    }
    Image firstFigure = images.isEmpty() ? null : images.get(0);
    if (firstFigure != null && firstFigure.caption() != null && images.size() == 1) {
      return new Image(declared, firstFigure.caption(), firstFigure.credit());
    }
    return new Image(declared, null, null);
  }

  private static List<Image> imagesWithLead(Image lead, List<Image> images) {
    List<Image> all = new ArrayList<>();
    if (lead != null) {
      all.add(lead);
    }
    for (Image img : images) {
      if (lead == null || !sameImage(lead.url(), img.url())) {
        all.add(img);
      }
    }
    return all;
  }

  /** Same file name (the part after the last slash, without query): CDNs resize by query or path. */
  private static boolean sameImage(String a, String b) {
    return fileName(a).equals(fileName(b));
  }

  private static String fileName(String url) {
    String path = url.replaceAll("[?#].*$", "");
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static List<Article.Link> links(org.jsoup.nodes.Element root) {
    Map<String, Article.Link> byUrl = new LinkedHashMap<>();
    for (org.jsoup.nodes.Element a : root.select(Css.of("a[href]"))) {
      String href = Urls.absolute(a, "href");
      if (Urls.isWeb(href)) {
        byUrl.putIfAbsent(href, new Article.Link(href, a.text()));
      }
    }
    return new ArrayList<>(byUrl.values());
  }

}
