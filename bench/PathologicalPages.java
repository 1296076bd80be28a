// Extraction time on hostile shapes of page, each just under the extractor's element limit
// (ArticleExtractor.DEFAULT_MAX_ELEMENTS, 100,000): nested elements (jsoup stops nesting at depth
// 512, so one element ends up with the rest as children), a list of links, nested tables, nested
// quotes each repeating the line before (a forum's quote pyramid), and a page one element over the
// limit, refused before it is read. Each shape once took minutes or
// seconds through per-element work over a huge parent or a deep subtree.
//
//   mvn -B -q package -DskipTests
//   java -cp target/scoop.jar bench/PathologicalPages.java [rounds=3]
import dev.scoop.extract.ArticleExtractor;
import dev.scoop.extract.PageTooLargeException;
import org.jsoup.Jsoup;

public class PathologicalPages {
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    String prose = "Deep text goes here with words. ".repeat(20);
    // html, head, body, article and h1 (and the document) leave room for 49,994 div + span pairs
    String deep = "<html><body><article><h1>Deep</h1>" + "<div><span>".repeat(49_994) + "<p>" + prose + "</p>"
        + "</span></div>".repeat(49_994) + "</article></body></html>";
    StringBuilder wide = new StringBuilder("<html><body><main><h1>Wide</h1><ul>");
    for (int i = 0; i < 49_990; i++) {
      wide.append("<li><a href=/i").append(i).append(">Item number ").append(i).append(" in a very long list</a></li>");
    }
    wide.append("</ul></main></body></html>");
    StringBuilder tables = new StringBuilder("<html><body>");
    for (int i = 0; i < 24_990; i++) {
      tables.append("<table><tr><td>cell ").append(i).append(" text");
    }
    tables.append("</body></html>");
    String line = "Deep text goes here with words. ".repeat(2);
    StringBuilder quotes = new StringBuilder("<html><body><main><h1>Quotes</h1><p>" + line + "</p>");
    for (int i = 0; i < 49_990; i++) {
      quotes.append("<blockquote><p>").append(line).append("</p>");
    }
    quotes.append("</main></body></html>");
    ArticleExtractor extractor = new ArticleExtractor();
    time(extractor, "nested elements", deep, rounds);
    time(extractor, "a list of links", wide.toString(), rounds);
    time(extractor, "nested tables", tables.toString(), rounds);
    time(extractor, "nested quotes", quotes.toString(), rounds);
    int missing = ArticleExtractor.DEFAULT_MAX_ELEMENTS + 1 - Jsoup.parse(deep).getAllElements().size();
    time(extractor, "one element too many", deep.replace("<h1>", "<b></b>".repeat(missing) + "<h1>"), rounds);
  }

  private static void time(ArticleExtractor extractor, String name, String html, int rounds) {
    System.out.printf("%s: %,d elements%n", name, Jsoup.parse(html).getAllElements().size());
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      String outcome;
      try {
        outcome = extractor.extract(html, "https://example.com/").wordCount() + " words";
      } catch (PageTooLargeException e) {
        outcome = "refused: " + e.getMessage();
      }
      System.out.printf("%-22s %,9d characters: %,6.0f ms (%s)%n", name, html.length(), (System.nanoTime() - start) / 1e6, outcome);
    }
  }
}
