// Extraction time on two hostile shapes of page, each about 1.2 MB: 50,000 nested elements (jsoup
// stops nesting at depth 512, so one element ends up with 100,000 children) and a list of 20,000
// links. Either once took over a minute, or seven seconds: per-element work over a huge parent.
//
//   mvn -B -q package -DskipTests
//   java -cp target/scoop.jar bench/PathologicalPages.java [rounds=3]
import dev.scoop.extract.ArticleExtractor;

public class PathologicalPages {
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    String prose = "Deep text goes here with words. ".repeat(20);
    String deep = "<html><body><article><h1>Deep</h1>" + "<div><span>".repeat(50_000) + "<p>" + prose + "</p>"
        + "</span></div>".repeat(50_000) + "</article></body></html>";
    StringBuilder wide = new StringBuilder("<html><body><main><h1>Wide</h1><ul>");
    for (int i = 0; i < 20_000; i++) {
      wide.append("<li><a href=/i").append(i).append(">Item number ").append(i).append(" in a very long list</a></li>");
    }
    wide.append("</ul></main></body></html>");
    ArticleExtractor extractor = new ArticleExtractor();
    time(extractor, "50,000 nested elements", deep, rounds);
    time(extractor, "a list of 20,000 links", wide.toString(), rounds);
  }

  private static void time(ArticleExtractor extractor, String name, String html, int rounds) {
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      int words = extractor.extract(html, "https://example.com/").wordCount();
      System.out.printf("%-24s %,d characters: %,.0f ms (%,d words)%n", name, html.length(), (System.nanoTime() - start) / 1e6, words);
    }
  }
}
