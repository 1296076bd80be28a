package dev.scoop.extract.content;

import dev.scoop.extract.Block;
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
  public record Content(Element root, List<Block> blocks, List<Image> images) {}

  /**
   * Extracts from {@code doc}, which is modified (read its metadata first). {@code title} and
   * {@code dek} are removed from the body when they appear there; both may be null.
   */
  public static Content extract(Document doc, String title, String dek) {
    DocumentCleaner.clean(doc);
    Element body = doc.body();
    if (body == null) {
      return new Content(new Element("div"), List.of(), List.of());
    }
    ContentScorer scorer = new ContentScorer();
    Element top = scorer.bestRoot(body);
    Element root = ContentAssembler.assemble(top, body, scorer);
    ContentCleaner.clean(root, title, dek);
    BlockCollector collected = BlockCollector.collect(root);
    return new Content(root, collected.blocks(), collected.images());
  }
}
