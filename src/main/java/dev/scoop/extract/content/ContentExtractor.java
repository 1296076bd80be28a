package dev.scoop.extract.content;

import dev.scoop.extract.Block;
import dev.scoop.extract.Css;
import dev.scoop.extract.Image;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds and cleans the main content of a page, in four stages: {@link DocumentCleaner}
 * (remove furniture), {@link ContentScorer} (find the root), {@link ContentAssembler} (add
 * content siblings) and {@link ContentCleaner} (remove boilerplate inside), then
 * {@link BlockCollector} turns the result into blocks. Thread-safe (no shared state).
 */
public final class ContentExtractor {
  private ContentExtractor() {}

  /** The main content found in a page, as a detached element and as blocks. */
  public record Content(Element root, List<Block> blocks, List<Image> images) {
    /** Characters of text in the blocks that belong to the plain text. */
    public int textLength() {
      int n = 0;
      for (Block b : blocks) {
        if (b.inText()) {
          n += b.text().length();
        }
      }
      return n;
    }

    /** Share of the content's text that sits inside links. */
    public double linkDensity() {
      return Texts.linkDensity(root);
    }
  }

  /**
   * Extracts from {@code doc}, which is modified (read its metadata first). {@code title} and
   * {@code dek} are removed from the body when they appear there; both may be null. On a
   * discussion page (forum thread, Q&A) replies are content and are kept; on a product page
   * customer reviews are not. A page not declared an article may have its content spread over
   * many sections ({@link PageWideContent}).
   */
  public static Content extract(Document doc, String title, String dek, Pass pass, PageFacts page) {
    // the class rules' verdicts on this page's markers, for both cleaners (content elements are copies with the same classes)
    ClassWords words = new ClassWords();
    DocumentCleaner.clean(doc, pass, page, words);
    Element body = doc.body();
    if (body == null) {
      return new Content(new Element("div"), List.of(), List.of());
    }
    ContentScorer scorer = new ContentScorer(pass.weightClasses, page.article());
    Element top = scorer.bestRoot(body);
    if (page.discussion()) {
      top = Threads.wholeThread(top, body);
    }
    if (!page.article()) {
      top = PageWideContent.widen(top, body);
    }
    Element root = ContentAssembler.assemble(top, body, scorer);
    // A page lists things unless it is an article or a product page (whose grids are related products);
    // a root that is a list of items or a feed of story cards makes a listing of any page.
    boolean listing = !page.article() && !page.product() || new ListedItems().isItemList(top) || scorer.isMostlyCards(top);
    ContentCleaner.clean(root, title, dek, pass.cleanConditionally, listing, words);
    if (page.discussion()) {
      AppSignatures.remove(root);
    }
    if (isStrayLinks(root)) {
      return new Content(new Element("div"), List.of(), List.of());
    }
    BlockCollector collected = BlockCollector.collect(root);
    return new Content(root, collected.blocks(), collected.images());
  }

  /**
   * Text that is nothing but one or two links (a skip link, a "shop now" button) is what is left
   * of a page whose content a script renders: page furniture, not content. Three or more are a
   * list of links, which a listing's content may be.
   */
  private static boolean isStrayLinks(Element root) {
    int links = root.select(Css.of("a")).size();
    return links > 0 && links < ListedItems.MIN_ITEMS && Texts.linkDensity(root) == 1.0;
  }
}
