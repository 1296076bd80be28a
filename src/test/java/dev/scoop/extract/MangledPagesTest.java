package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.extract.content.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Real pages damaged the ways the web damages them — cut off mid-tag, with stray and unclosed
 * tags, broken entities, lone surrogates, bad JSON-LD and dates, script and comment openers —
 * still extract, and what comes out is consistent: the text, HTML and Markdown are all empty or
 * all present, and the word count is the text's. Deterministic: the damage is seeded.
 */
class MangledPagesTest {
  private static final String[] DAMAGE = {
      "<", ">", "</div>", "<p>", "<table>", "<li>", "<script>", "</script>", "&", "&#", "&#x110000;", "\u0000",
      "\uFFFF", "\uD800", "<!--", "-->", "<![CDATA[", "<svg><math>", "<template>", "<noscript>", "<b><i>", "</b>",
      "<a href='javascript:x'>", "<img src=//x onerror=1>", "*_`[", "\r\n", "<br>", "<figure>", "<h1>",
      "<time datetime='9999-99-99'>", "<meta property='article:published_time' content='garbage'>",
      "<script type='application/ld+json'>{\"@type\":", "]}", "<ul><ul><ul>", "\u202e", "<base href='::'>"};

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void damagedPagesExtractConsistently() {
    Random random = new Random(20261129);
    List<Path> pages = BundledPages.files("aeb");
    List<String> failures = new ArrayList<>();
    for (Path page : pages) {
      String damaged = damage(BundledPages.html(page), random);
      String url = random.nextBoolean() ? "https://example.com/a" : null;
      try {
        Article article = extractor.extract(damaged, url);
        boolean empty = article.text().isEmpty();
        if (empty != article.html().isEmpty() || empty != article.markdown().isEmpty()
            || article.wordCount() != Texts.words(article.text())) {
          failures.add(page.getFileName() + ": inconsistent outputs");
        }
      } catch (RuntimeException e) {
        failures.add(page.getFileName() + ": " + e);
      }
    }
    assertTrue(pages.size() > 50, "pages read: " + pages.size());
    assertEquals(List.of(), failures);
  }

  private static String damage(String html, Random random) {
    StringBuilder sb = new StringBuilder(html);
    int edits = 1 + random.nextInt(20);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(sb.length() + 1);
      switch (random.nextInt(4)) {
        case 0 -> sb.insert(at, DAMAGE[random.nextInt(DAMAGE.length)]);
        case 1 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(2000)));
        case 2 -> sb.setLength(Math.max(at, sb.length() / 2)); // cut off, but not to nothing
        default -> {
          if (sb.length() > 0) {
            sb.setCharAt(Math.min(at, sb.length() - 1), (char) random.nextInt(0x3000));
          }
        }
      }
    }
    return sb.toString();
  }

}
