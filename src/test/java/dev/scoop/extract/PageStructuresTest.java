package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ways pages are built that hide or wrap their content: the extractor must find the content
 * anyway, whole and in reading order.
 */
class PageStructuresTest {
  private static final String P1 = "The city council voted on Tuesday to expand the bike lane network, adding forty kilometres of protected lanes over three years.";
  private static final String P2 = "Supporters said the plan would make cycling safer for children and older residents, while critics worried about parking.";
  private static final String P3 = "Construction is expected to begin in the spring, with the first corridors opening before the end of the year.";
  /** What makes a page typed article read as one: a date (or a byline). */
  private static final String PUBLISHED = "<meta property=article:published_time content=2024-06-21T08:17:00-05:00>";
  private final ArticleExtractor extractor = new ArticleExtractor();

  /** The article of a page whose body is {@code body}. */
  private Article page(String body, String url) {
    return extractor.extract("<html><body>" + body + "</body></html>", url);
  }

  /** The article of a page that declares itself an article (og:type), as many CMSs type every page. */
  private Article typedArticle(String head, String body, String url) {
    return extractor.extract("<html><head><meta property=og:type content=article>" + head + "</head><body>" + body + "</body></html>", url);
  }

  private static List<String> lines(Article a) {
    return List.of(a.text().split("\n"));
  }

  private String text(String body) {
    return extractor.extract("<html><head><title>T</title></head><body>" + body + "</body></html>", "https://news.example/x").text();
  }

  @Test
  void anArticleRepeatedInANoscriptFallbackIsReadOnce() {
    String article = "<h1>Council expands bike lanes</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    assertEquals(List.of(P1, P2, P3), lines(page("<main><div class=content>" + article + "</div><noscript><div>" + article
        + "</div></noscript></main>", "https://news.example/x")));
    // two script-free copies and no scripted one: the content is still read, once
    assertEquals(List.of(P1, P2, P3), lines(page("<main><noscript><div>" + article + "</div></noscript><noscript><div>" + article
        + "</div></noscript></main>", "https://news.example/x")));
  }

  @Test
  void aRowOfStoryCardsBesideThePostIsNotItsContentHoweverLongTheirExcerpts() {
    StringBuilder cards = new StringBuilder("<div class=recent>");
    for (int i = 1; i <= 4; i++) {
      cards.append("<article class=card><h3><a href=/story-").append(i).append(">Other story ").append(i).append("</a></h3><p>")
          .append("An excerpt of the other story number ").append(i).append(", long enough to read as prose, with commas, clauses, ")
          .append("and the kind of detail, quotes and figures an opening paragraph carries, before the link to read on.</p>")
          .append("<a href=/story-").append(i).append(">Read more</a></article>");
    }
    String p4 = "The council will publish the full map of the new corridors next month and hold two public meetings on it, "
        + "one in the north and one downtown, before the first contracts are signed in February.";
    String post = "<div class=entry><h1>Council expands bike lanes</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + p4 + "</p></div>";
    assertEquals(List.of(P1, P2, P3, p4), lines(page("<div class=layout>" + post + cards + "</div></div>", "https://news.example/x")));
  }

  /** Blocks of one class under linked headlines, each with a date and an excerpt: a "latest posts" strip. */
  private static String postStrip(String headlinePrefix, int count) {
    StringBuilder strip = new StringBuilder("<div class=latest>");
    for (int i = 1; i <= count; i++) {
      strip.append("<div class=post-item><div class=copy><span class=date>Dec 19, 2025</span><h2 class=title><a href=/other-").append(i)
          .append('>').append(headlinePrefix).append(' ').append(i).append("</a></h2><p>An excerpt of other story ").append(i)
          .append(", long enough to read as prose, with commas, clauses, quotes and figures, the way an opening paragraph ")
          .append("reads before its link, and a second sentence, because excerpts run to two or three of them.</p></div></div>");
    }
    return strip.append("</div>").toString();
  }

  @Test
  void aStripOfTeaserBlocksUnderAPostIsNotItsContentWhateverTheirTag() {
    String paragraphs = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    // a story of over a thousand characters; the strip holds more prose, and both sit in the page's one content wrapper
    Article a = typedArticle(PUBLISHED, "<div id=content><h1>Council expands bike lanes</h1><div class=body>" + paragraphs + paragraphs
        + paragraphs + "</div>" + postStrip("Why cities are building lanes", 8) + "</div>", "https://news.example/x");
    assertEquals(List.of(P1, P2, P3, P1, P2, P3, P1, P2, P3), lines(a));
  }

  @Test
  void blocksUnderLinkedNamesAreNoTeasersNorIsAStripOnAPageOfItsOwn() {
    // a page made of the strip under a short introduction (a section front typed article) lists it
    Article front = typedArticle(PUBLISHED, "<main><article class=front><header class=hero><div class=dek><h1>Electronics</h1><p>" + P1 + " " + P2
        + "</p></div></header>" + postStrip("Why cities are building lanes", 8) + "</article></main>", "https://news.example/latest");
    assertTrue(front.text().contains("Why cities are building lanes 8\nAn excerpt of other story 8"), front.text());
    // blocks under a linked name (a poster's, not a headline) are not teasers: the longer prose is read
    String paragraphs = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    Article named = typedArticle(PUBLISHED, "<div id=content><h1>Council expands bike lanes</h1><div class=body>" + paragraphs + paragraphs
        + paragraphs + "</div>" + postStrip("Jane", 8)
        + "</div>", "https://news.example/x");
    assertTrue(named.text().contains("An excerpt of other story 8"), named.text());
  }

  @Test
  void streamedSegmentsAreMovedIntoTheirPlaceholders() {
    // React's streaming server sends late parts hidden at the end, and a script swaps each into its placeholder.
    String text = text("<main><h1>T</h1><p>" + P1 + "</p><template id='B:0'></template><p>" + P3 + "</p></main>"
        + "<div hidden id='S:1'><p>Loading your personalised offers, please wait a moment.</p></div>"
        + "<div hidden id='S:0'><p>" + P2 + "</p></div><script>$RC(\"B:0\",\"S:0\")</script>");
    assertEquals(List.of(P1, P2, P3), List.of(text.split("\n")));
  }

  @Test
  void aSegmentIsMatchedToItsPlaceholderByTheSwapCall() {
    String text = text("<main><h1>T</h1><p>" + P1 + "</p><template id='B:7'></template><p>" + P3 + "</p></main>"
        + "<div hidden id='S:2'><p>" + P2 + "</p></div><script>$RC(\"B:7\",\"S:2\")</script>");
    assertEquals(List.of(P1, P2, P3), List.of(text.split("\n")));
  }

  @Test
  void aFormWrappingTheWholePageIsNotASearchBox() {
    // ASP.NET Web Forms put the whole page in one form.
    String text = text("<form id=aspnetForm action=/page.aspx><div class=top><input name=q><button>Search</button></div>"
        + "<div class=story><h1>T</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></form>");
    assertEquals(List.of(P1, P2, P3), List.of(text.split("\n")));
  }

  @Test
  void highlightedCodeKeepsEveryTokenAndHeadingsLoseTheirPermalinks() {
    // Highlighters wrap each token in a span: "=", "." and "()" alone must not read as stray separators.
    Article a = page("<article><h1>T</h1><p>" + P1 + "</p>"
        + "<h2>Sessions<a class=headerlink href='#sessions'>¶</a></h2><p><a class=post-position href='#post-2'>#2</a></p><p>" + P2 + "</p>"
        + "<div class=highlight><pre><span></span><span class=n>s</span> <span class=o>=</span> <span class=n>requests</span>"
        + "<span class=o>.</span><span class=n>Session</span><span class=p>()</span>\n"
        + "<span class=p>}</span></pre></div><p>" + P3 + "</p></article>", "https://docs.example/advanced");
    assertEquals(List.of(P1, "Sessions", P2, "s = requests.Session()", "}", P3), lines(a));
    assertTrue(a.markdown().contains("## Sessions\n"), a.markdown());
  }

  @Test
  void commentsInHighlightedCodeAreCodeNotReaderComments() {
    // highlight.js and Prism name a code comment's span "hljs-comment" / "token comment"
    Article a = page("<article><h1>T</h1><p>" + P1 + "</p><pre><code class='language-bash hljs'>"
        + "<span class=hljs-comment># stage every change</span>\ngit add -A\n<span class='token comment'># show the log</span>\ngit log"
        + "</code></pre><p>" + P2 + "</p></article>", "https://blog.example/git");
    assertEquals(List.of(P1, "# stage every change", "git add -A", "# show the log", "git log", P2), lines(a));
  }

  @Test
  void aTableCellThatIsALinkIsAValue() {
    Article a = page("<article><h1>T</h1><p>" + P1 + "</p><table>"
        + "<tr><th>Function</th><th>Result</th></tr>"
        + "<tr><td><p><a href='#count'><code>count()</code></a></p></td><td>start, start+step, and so on for ever</td></tr>"
        + "<tr><td><p><a href='#cycle'><code>cycle()</code></a></p></td><td>the items of p, again and again</td></tr>"
        + "</table><p>" + P2 + "</p></article>", "https://docs.example/itertools");
    // cells holding paragraphs make a layout table: its cells are read as lines
    assertEquals(List.of(P1, "Function Result", "count()", "start, start+step, and so on for ever", "cycle()",
        "the items of p, again and again", P2), lines(a));
    assertTrue(a.markdown().contains("| [`count()`](https://docs.example/itertools#count) | start, start+step"), a.markdown());
  }

  @Test
  void thematicBreaksAtTheEdgesOfTheContentAreDropped() {
    Article a = page("<article><h1>T</h1><hr><p>" + P1 + "</p><hr><p>" + P2 + "</p><div><hr></div></article>", "https://news.example/x");
    assertEquals(P1 + "\n\n---\n\n" + P2, a.markdown());
    assertEquals("<p>" + P1 + "</p><hr><p>" + P2 + "</p>", a.html().replaceAll(">\\s+<", "><"));
  }

  @Test
  void aSmallFormIsStillRemoved() {
    String text = text("<article><h1>T</h1><p>" + P1 + "</p><form action=/subscribe><label>Get our newsletter in your inbox every morning</label>"
        + "<input name=email></form><p>" + P2 + "</p><p>" + P3 + "</p></article>");
    assertFalse(text.contains("newsletter"), text);
  }

  @Test
  void listsNestedInsideWrappersOfAListItemAreRead() {
    Article a = page("<main><h1>Modern leather case</h1><p>" + P1 + "</p><ul>"
        + "<li><div class=panel><ul><li><div class=key>Materials</div><ul><li>Full-grain leather</li><li>Microfiber lining</li></ul></li></ul></div></li>"
        + "<li><div class=key>Will the leather scratch?</div><div class=value>It wears into a patina over a few months.</div></li>"
        + "</ul><p>" + P2 + "</p></main>", "https://shop.example/case");
    List<String> items = a.blocks().stream().filter(b -> b.type().equals("list_item")).map(Block::text).toList();
    assertEquals(List.of("Materials", "Full-grain leather", "Microfiber lining",
        "Will the leather scratch? It wears into a patina over a few months."), items);
    assertTrue(a.markdown().contains("Full-grain leather"), a.markdown());
  }

  @Test
  void aQuoteInAFigureIsReadWithItsSourceButAnImageCaptionIsNot() {
    Article a = page("<main><h1>Reviews</h1><p>" + P1 + "</p>"
        + "<figure><blockquote><p>The best yoga class I have been to in ten years of trying them all.</p></blockquote>"
        + "<figcaption>DB, 2017</figcaption></figure>"
        + "<figure><span>Image copyright Getty Images</span><figcaption>Cyclists on the new lane</figcaption></figure>"
        + "<p>" + P2 + "</p></main>", "https://yoga.example/reviews");
    assertEquals(List.of(P1, "The best yoga class I have been to in ten years of trying them all.", "DB, 2017", P2),
        lines(a));
    assertTrue(a.markdown().contains("> The best yoga class"), a.markdown());
  }

  @Test
  void aListingKeepsItsLinkedItemsButAnArticleDropsALinkList() {
    StringBuilder items = new StringBuilder();
    for (String name : new String[] {"Joco Cup 4oz", "Joco Cup 6oz", "Joco Cup 8oz", "Joco Cup 12oz"}) {
      items.append("<li class=product><a href=/p><img src=/i.jpg> ").append(name).append(" reusable glass coffee cup</a> <span>$29.95</span></li>");
    }
    String listing = text("<main><h1>Shop</h1><p>" + P1 + "</p><ul class=products>" + items + "</ul></main>");
    assertTrue(listing.contains("Joco Cup 12oz reusable glass coffee cup $29.95"), listing);
    String article = typedArticle(PUBLISHED, "<article><h1>T</h1><p>" + P1 + "</p><p>" + P2 + "</p><ul class=products>" + items
        + "</ul><p>" + P3 + "</p></article>", "https://news.example/x").text();
    assertFalse(article.contains("Joco Cup"), article);
  }

  @Test
  void aDocumentInHeadedSectionsIsReadWholeEvenWhereASectionHasNoProse() {
    // short lines are not prose, so the scorer alone would stop at the first section
    String status = "<ul><li>Merged: 12 patches</li><li>In review: 3</li><li>Closed: 1</li></ul>";
    String text = text("<main><div class=content>"
        + "<div class=sect1><h2>What is it?</h2><div class=sectionbody><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>"
        + "<div class=sect1><h2>Patch status</h2><div class=sectionbody>" + status + "</div></div>"
        + "<div class=sect1><h2>Next month</h2><div class=sectionbody><p>More patches.</p></div></div>"
        + "</div></main>");
    assertTrue(text.startsWith("What is it?\n" + P1), text);
    assertTrue(text.contains("Patch status\nMerged: 12 patches\nIn review: 3"), text);
    assertTrue(text.endsWith("Next month\nMore patches."), text);
  }

  @Test
  void aShopGridKeepsItsItemsEvenWhenThePageCallsItselfAnArticle() {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      items.append("<li class='product post-").append(100 + i).append(" instock'><a href=/p").append(i)
          .append("><img src=/i.jpg> Joco Cup ").append(i * 2).append("oz reusable glass coffee cup</a> <span>$29.95</span></li>");
    }
    String text = typedArticle("", "<main><h1>Shop</h1><ul class=products>" + items + "</ul></main>", "https://shop.example/shop").text();
    assertTrue(text.contains("Joco Cup 2oz reusable glass coffee cup $29.95"), text);
    assertTrue(text.contains("Joco Cup 12oz reusable glass coffee cup $29.95"), text);
  }

  @Test
  void contentAScriptRevealsIsReadButHiddenMenusAreNot() {
    // the page shows a few words; its product details come hidden and a script shows them
    StringBuilder menu = new StringBuilder("<div class=mega-menu style='display: none'>");
    for (int i = 0; i < 40; i++) {
      menu.append("<a href=/c").append(i).append(">Vitamins and supplements category ").append(i).append("</a> ");
    }
    menu.append("</div>");
    String text = text(menu + "<div class=crumbs>Home</div><div class='product-details defer-block' style='display: none'>"
        + "<h1>T</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");
    assertEquals(List.of(P1, P2, P3), List.of(text.split("\n")));
  }

  @Test
  void aHiddenBlockSmallerThanTheVisiblePageStaysOut() {
    String text = text("<main><h1>T</h1><p>" + P1 + "</p><p>" + P2 + "</p><div style='display:none'><p>" + P3 + "</p></div></main>");
    assertEquals(List.of(P1, P2), List.of(text.split("\n")));
  }

  @Test
  void onAListingEachCardKeepsItsHeaderWithTitleAndSummary() {
    StringBuilder cards = new StringBuilder();
    for (String p : new String[] {P1, P2, P3}) {
      String title = p.substring(0, p.indexOf(' ', 30));
      cards.append("<article class=river><a href=/s aria-hidden=true tabindex=-1><img src=/i.jpg alt=''></a><header><h2><a href=/s>")
          .append(title).append("</a></h2><p class=desc><a href=/s aria-hidden=true tabindex=-1>").append(p)
          .append("</a></p></header></article>");
    }
    String text = text("<h1>Headphones</h1><section>" + cards + "</section>");
    List<String> expected = new ArrayList<>();
    for (String p : new String[] {P1, P2, P3}) {
      expected.add(p.substring(0, p.indexOf(' ', 30)));
      expected.add(p);
    }
    assertEquals(expected, List.of(text.split("\n")));
  }

  @Test
  void aLandingPageKeepsTheHeadersOfItsSectionsButNotThePageHeader() {
    String text = text("<header class=site><a href=/>Loom</a> <a href=/pricing>Pricing</a> <a href=/login>Sign in to your workspace</a></header>"
        + "<main><section><header><h1>One video is worth a thousand words</h1><p>" + P1 + "</p></header></section>"
        + "<section><header><h2>Record in one click</h2><p>" + P2 + "</p></header><div><p>" + P3 + "</p></div></section></main>");
    assertEquals(List.of(P1, "Record in one click", P2, P3), List.of(text.split("\n")));
  }

  @Test
  void aServicePageWhoseQuestionsAndAnswersOutscoreItsSectionsIsReadWhole() {
    String services = "<section><h2>Accounts payable</h2><p>Invoices paid on time, every time.</p><ul><li>Payables clerk</li>"
        + "<li>Payables manager</li></ul></section><section><h2>Payroll</h2><p>Your people paid right.</p><ul><li>Payroll specialist</li>"
        + "<li>Payroll manager</li></ul></section>";
    String answer = "We place accountants, analysts and clerks, on contract or permanently, in companies of every size, from start-ups "
        + "to global groups, usually within two days of the first call, and we stay in touch for as long as they work with you.";
    String faq = "<section class=faq-section><h2>Frequently asked questions</h2><h3>Who do you place?</h3><p>" + answer + "</p>"
        + "<h3>How fast can you start?</h3><p>" + answer + "</p></section>";
    String text = text("<main><section><h1>Finance talent that counts</h1><p>Hire skilled accountants in as little as 48 hours.</p></section>"
        + services + faq + "</main>");
    assertTrue(text.startsWith("Hire skilled accountants in as little as 48 hours.\nAccounts payable"), text);
    assertTrue(text.contains("Payroll specialist") && text.endsWith(answer), text);
    // known by its title alone
    String titled = text("<main><section><h1>Finance talent that counts</h1><p>Hire skilled accountants in as little as 48 hours.</p></section>"
        + services + faq.replace(" class=faq-section", "") + "</main>");
    assertEquals(text, titled);
  }

  @Test
  void aServicePageWhoseTabPanelOutscoresItsSectionsIsReadWhole() {
    String overview = "Our permit desk reviews every application for new buildings, additions and repairs within ten working days, "
        + "tells you which inspections your project needs, and schedules them with you, so that work can start as soon as the law allows.";
    String tabs = "<div class=widget><ul role=tablist><li role=tab>Overview</li><li role=tab>Fees</li></ul>"
        + "<div role=tabpanel><p>" + overview + "</p><p>" + overview + "</p></div></div>";
    String text = text("<main><section><h1>Building department</h1><p>Looking to build in town?</p><p>Start here with the forms below.</p>"
        + "<ul><li>Building permit form</li><li>Excavation permit form</li><li>Pool registration form</li></ul></section>" + tabs + "</main>");
    assertTrue(text.startsWith("Looking to build in town?\nStart here with the forms below.\nBuilding permit form"), text);
    assertTrue(text.endsWith(overview), text);
    // a panel known by its class alone
    assertEquals(text, text("<main><section><h1>Building department</h1><p>Looking to build in town?</p><p>Start here with the forms below.</p>"
        + "<ul><li>Building permit form</li><li>Excavation permit form</li><li>Pool registration form</li></ul></section>"
        + tabs.replace("role=tabpanel", "class=tab-pane") + "</main>"));
  }

  @Test
  void aLandingPageWhoseSectionsAreNamedLikeFurnitureIsReadByTheLenientPass() {
    String intro = "<section class=intro><h2>Why teams choose us</h2><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1 + "</p></section>";
    StringBuilder promos = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      promos.append("<section class='promo-block banner-").append(i).append("'><h2>Feature ").append(i).append("</h2><p>").append(P2)
          .append(' ').append(P3).append("</p><p>").append(P1).append(' ').append(P2).append("</p></section>");
    }
    // a page that marks no main region (one that does needs no second reading: its furniture names are furniture)
    String text = text("<div class=page>" + intro + promos + "</div>");
    assertTrue(text.startsWith("Why teams choose us\n" + P1) && text.contains("Feature 5\n" + P2 + " " + P3), text);
    // a product page's promo blocks are other products': its strict reading stands
    String product = extractor.extract("<html><head><meta property=og:type content=product></head><body><div class=page>" + intro + promos
        + "</div></body></html>", "https://shop.example/p").text();
    assertFalse(product.contains("Feature 5"), product);
    // what a lenient pass adds as menus (mostly links) is not taken
    StringBuilder menus = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      menus.append("<li><a href=/s").append(i).append(">Section of the site number ").append(i).append("</a></li>");
    }
    String menuText = text("<div class=page>" + intro + "<div class=menu><ul>" + menus + "</ul></div></div>");
    assertFalse(menuText.contains("Section of the site number"), menuText);
  }

  @Test
  void iconsHiddenFromScreenReadersStayOut() {
    String text = text("<main><h1>T</h1><p>" + P1 + " <span class=material-icons aria-hidden=true>chevron_right</span></p>"
        + "<p>" + P2 + "</p></main>");
    assertEquals(List.of(P1, P2), List.of(text.split("\n")));
  }

  @Test
  void wordsInAdjacentElementsStaySeparateButSplitWordsStayWhole() {
    Article a = page("<main><h1>Charts</h1><p>" + P1 + "</p><ul>"
        + "<li><span>Scream 7</span><span>2026</span><span>1h 54m</span><span>R</span></li>"
        + "<li><span class=dropcap>I</span><span>ndie</span> pick, ranked 3<sup>rd</sup> with <span>4</span><span>5</span> votes, <span>the 4</span><span>th</span> <span>p</span><span>layer</span></li>"
        + "</ul><div><span>Wired</span><span>Bluetooth</span> headphones for the commute</div><p>" + P2 + "</p></main>",
        "https://films.example/chart");
    // "R" is one letter after "54m": like a counter's digits, it cannot be told from a split word
    assertEquals(List.of(P1, "Scream 7 2026 1h 54mR", "Indie pick, ranked 3rd with 45 votes, the 4th player",
        "Wired Bluetooth headphones for the commute", P2), lines(a));
    assertTrue(a.markdown().contains("Scream 7 2026 1h 54mR") && a.markdown().contains("the 4th player"), a.markdown());
  }

  private static String recipeCards() {
    StringBuilder cards = new StringBuilder("<div class=cards>");
    for (String name : new String[] {"Easy Slow-Cooker Pork Ragù", "Spaghetti and Meatballs", "Butter Chicken", "Penne alla Vodka"}) {
      cards.append("<div class=card><a href=/r><img src=/i.jpg><span class=card-title>").append(name).append("</span></a></div>");
    }
    return cards.append("</div>").toString();
  }

  @Test
  void aPageTypedArticleWithNoArticleTextIsReadAsTheListingItIs() {
    // many CMSs type every page "article"; this one is a collection of recipes
    Article a = typedArticle("", "<main><h1>Tomato sauce recipes</h1>" + recipeCards() + "</main>", "https://food.example/tomato-sauce-recipes");
    assertEquals(List.of("Easy Slow-Cooker Pork Ragù", "Spaghetti and Meatballs", "Butter Chicken", "Penne alla Vodka"),
        lines(a));
  }

  private static final List<String> RECIPES = List.of("Easy Slow-Cooker Pork Ragu", "Spaghetti and Meatballs",
      "Sweet and Spicy Tomato Chutney", "Pasta With Spicy Nduja-Tomato Sauce", "Butter Chicken",
      "Quick Italian-American Red Sauce in 40 Minutes", "Roman-Style Spaghetti Alla Carrettiera", "Penne alla Vodka");

  /** Cards that are links wrapping a picture block and a title block, as many themes build them. */
  private static String cardLinks() {
    StringBuilder cards = new StringBuilder("<div class=card-list>");
    for (String name : RECIPES) {
      cards.append("<a href=/r class=card><div class=card__top><img src=/i.jpg alt=''></div>")
          .append("<div class=card__content><span class=card__title>").append(name).append("</span></div></a>");
    }
    return cards.append("</div>").toString();
  }

  @Test
  void aPageTypedArticleWithNeitherBylineNorDateMayListThings() {
    // SEO plugins type a category page "article": its introduction is prose, its cards are the content
    String intro = "<div class=cat-desc><p>" + P1 + " " + P2 + "</p></div>";
    String cards = cardLinks().replace("</span></div></a>", "</span><span class=rating>Dinner · 25 minutes · 14 reviews / 4.6 average</span></div></a>");
    Article category = typedArticle("", "<main><h1>Tomato sauce recipes</h1>" + intro + cards + "</main>", "https://food.example/tomato-sauce");
    Article dated = typedArticle(PUBLISHED, "<main><h1>Tomato sauce recipes</h1>" + intro + cards + "</main>", "https://food.example/tomato-sauce");
    for (String recipe : RECIPES) {
      assertTrue(category.text().contains(recipe + " Dinner · 25 minutes · 14 reviews / 4.6 average"), recipe + " in " + category.text());
      assertFalse(dated.text().contains(recipe), "a dated article's card row is its related stories: " + dated.text());
    }
  }

  @Test
  void linksWrappingWholeCardsAreTheListingsItemsEdgesIncluded() {
    Article a = typedArticle("", "<main><h1>Tomato sauce recipes</h1>" + cardLinks() + "</main>", "https://food.example/tomato-sauce-recipes");
    assertEquals(RECIPES, lines(a));
  }

  @Test
  void aTypedArticleIsReadAgainAsAListingThroughEveryPass() {
    // the article passes find only the intro, which repeats the description; the strict listing pass
    // drops the link-dense section whole; a lenient one keeps the cards
    String intro = "Our collection of tomato sauce recipes has something for every type of dish, whether you want a big plate of pasta or a vegetable tian.";
    Article a = typedArticle("<meta name=description content='" + intro + "'>", "<main><section><div><h1>Tomato sauce recipes</h1>"
        + "<ul><li><a href=/m>Mains by type</a></li><li><a href=/p>Pastas</a></li><li><a href=/s>Condiments and sauces</a></li></ul>"
        + "<div class=intro><p>" + intro + "</p></div></div>" + cardLinks() + "</section></main>", "https://food.example/tomato-sauce-recipes");
    assertTrue(a.text().contains(String.join("\n", RECIPES)), a.text());
  }

  @Test
  void aListingKeepsTheShortItemsAtItsEdges() {
    String text = text("<main><h1>Recipes</h1><p>" + P1 + "</p>" + recipeCards() + "</main>");
    assertTrue(text.endsWith("Butter Chicken\nPenne alla Vodka"), text);
  }

  @Test
  void aProductPageIsNotAListingOfItsRelatedProducts() {
    Article a = extractor.extract("<html><head><script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Staple Tee\"}</script>"
        + "</head><body><main><h1>Staple Tee</h1><p>" + P1 + "</p><p>" + P2 + "</p><h2>You may also like</h2>"
        + recipeCards() + "</main></body></html>", "https://shop.example/staple-tee");
    assertFalse(a.text().contains("Penne alla Vodka"), a.text());
    assertEquals("product", a.pageType());
  }

  /** Teaser cards as section fronts build them: a kicker, a linked headline, a linked excerpt and the author. */
  private static String teaserCards(String tag) {
    StringBuilder cards = new StringBuilder("<div class=feed>");
    for (String p : new String[] {P1, P2, P3}) {
      String headline = p.substring(0, p.indexOf(' ', 30));
      cards.append('<').append(tag).append(" class=item><div class=item-info><h3 class=slug><a href=/k>Cities</a></h3><h2><a href=/s>")
          .append(headline).append("</a></h2><p class=teaser><a href=/s><time datetime=2026-03-06>March 6, 2026</time> ").append(p)
          .append("</a></p><p class=byline><a href=/a>Jane Doe</a></p></div></").append(tag).append('>');
    }
    return cards.append("</div>").toString();
  }

  private static List<String> teaserLines() {
    List<String> lines = new ArrayList<>();
    for (String p : new String[] {P1, P2, P3}) {
      lines.add(p.substring(0, p.indexOf(' ', 30)));
      lines.add("March 6, 2026 " + p);
    }
    return lines;
  }

  @Test
  void aListingKeepsTheHeadlinesAndExcerptsItsCardsLinkButNotTheirShortLinks() {
    // the card's inner wrapper is all links: without knowing headlines from tags it goes whole
    assertEquals(teaserLines(), lines(page("<main><h1>Cities</h1>" + teaserCards("div") + "</main>", "https://news.example/cities")));
  }

  @Test
  void aListingsCardsKeepTheirHeadlinesButNotTheirPointersToOtherStories() {
    // a card's linked lines are spared on a listing, but "Read more: <another story>" points elsewhere
    String cards = teaserCards("div").replace("</div></div>", "<p>Read more: <a href=/r>Why the city is building new bike lanes this year</a></p></div></div>");
    assertEquals(teaserLines(), lines(page("<main><h1>Cities</h1>" + cards + "</main>", "https://news.example/cities")));
  }

  @Test
  void aFeedOfStoryCardsIsAListingEvenOnAPageTypedArticle() {
    // a topic page typed "article" (og:type): an introduction long enough to be read alone, then a feed
    // twice as long in the same section
    Article a = typedArticle("", "<main><h1>Cities</h1><section><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1
        + "</p><p>" + P2 + "</p>" + teaserCards("article") + teaserCards("article") + "</section></main>", "https://news.example/cities");
    for (String line : teaserLines()) {
      assertTrue(lines(a).contains(line), a.text());
    }
  }

  @Test
  void anIndexOfLinkListsIsReadWholeEvenOnAPageTypedArticle() {
    StringBuilder sections = new StringBuilder();
    for (char letter = 'A'; letter <= 'F'; letter++) {
      sections.append("<h2>").append(letter).append("</h2><ul>");
      for (int i = 1; i <= 6; i++) {
        sections.append("<li><a href=/wiki/").append(letter).append(i).append('>').append(letter).append("-language ").append(i)
            .append(" (programming language)</a></li>");
      }
      sections.append("</ul>");
    }
    // an introduction long enough to be read alone (no lenient pass, no second reading as a listing)
    Article a = typedArticle("", "<main><h1>List of programming languages</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1
        + "</p><p>" + P2 + "</p>" + sections + "</main>", "https://encyclopedia.example/List_of_programming_languages");
    assertTrue(a.text().contains("A\nA-language 1 (programming language)\nA-language 2"), a.text());
    assertTrue(a.text().endsWith("F-language 6 (programming language)"), a.text());
  }

  @Test
  void aDataTableKeepsTheRowsThatSaySomethingAndNotItsSpacers() {
    Article a = page("<main><h1>T</h1><p>" + P1 + "</p><table><tr><th>Route</th><th>Length</th></tr><tr><td> </td><td></td></tr>"
        + "<tr><td>North corridor</td><td>12 km</td></tr><tr><td><img src=/map.png></td><td></td></tr>"
        + "<tr><td>Downtown loop</td><td>8 km</td></tr></table><p>" + P2 + "</p></main>", "https://news.example/x");
    Block table = a.blocks().stream().filter(b -> b.type().equals("table")).findFirst().orElseThrow();
    assertEquals(List.of(List.of("Route", "Length"), List.of("North corridor", "12 km"), List.of("Downtown loop", "8 km")), table.rows());
    assertEquals(List.of(P1, "Route | Length", "North corridor | 12 km", "Downtown loop | 8 km", P2), lines(a));
  }

  @Test
  void aCarouselsNumberedButtonsAreNotTextButARankingsNumbersAre() {
    String pager = "<div class=slides><figure><img src=/a.jpg></figure></div><ul class=dots><li>1</li><li>2</li><li>3</li><li>4</li></ul>";
    String ranking = "<div class=rank>1</div><p>" + P2 + "</p><div class=rank>2</div><p>" + P3 + "</p>";
    Article a = page("<main><h1>T</h1><p>" + P1 + "</p>" + pager + ranking + "</main>", "https://news.example/x");
    assertEquals(List.of(P1, "1", P2, "2", P3), lines(a));
  }

  @Test
  void aListingsThumbnailCardsKeepTheTextTheirCaptionClassHolds() {
    StringBuilder cards = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      cards.append("<div class='col-sm-4 product'><a class=thumbnail href=/p").append(i).append("><img src=/p").append(i)
          .append(".jpg></a><a href=/p").append(i).append("><div class=caption><h3>Short throw laser projector model ").append(i)
          .append("</h3><div>Item number: LK-").append(i).append("</div><div>Price: $1,").append(i).append("99.00</div></div></a></div>");
    }
    Article a = page("<main><h1>Projectors</h1><div class='product-list row'>" + cards + "</div></main>", "https://shop.example/projectors");
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      expected.addAll(List.of("Short throw laser projector model " + i, "Item number: LK-" + i, "Price: $1," + i + "99.00"));
    }
    assertEquals(expected, lines(a), "every card's title, number and price, none taken for an image caption");
  }

  /**
   * A category page: its description, then its grid of product cards in a plain wrapper. The grid
   * is mostly links, yet the wrapper around it is the listing, as much as the grid is.
   */
  @Test
  void aGridOfProductCardsInALoneWrapperIsTheListing() {
    List<String> names = List.of("Friant Zone Too Task Chair", "Hon Ignition Mesh Task Chair", "AMQ Bodi Synchro-Tilt Ergonomic Chair",
        "SitOnIt Novo Armless Mesh Chair", "AMQ Tizu Work Task Chair", "AMQ Zilo White Frame Chair");
    StringBuilder grid = new StringBuilder("<div><ul class=productGrid>");
    List<String> expected = new ArrayList<>(List.of(P1));
    for (int i = 0; i < names.size(); i++) {
      grid.append("<li class=product><article class=card><div class=card-body><p class=card-title><a href=/p").append(i).append(">")
          .append(names.get(i)).append("</a></p><p><a href=/p").append(i).append(">Quick view</a> <a href=/p").append(i)
          .append(">View options</a></p><p class=brand>$").append(i + 3).append("49.00</p></div></article></li>");
      expected.add(names.get(i) + " $" + (i + 3) + "49.00"); // a card is one line: its "Quick view" button goes
    }
    grid.append("</ul></div>");
    Article a = page("<main><section class=description><h1>Task chairs</h1><p>" + P1 + "</p></section>" + grid + "</main>",
        "https://shop.example/chairs");
    assertEquals(expected, lines(a));
  }

  /** On a page that may list things, a list of bare links (a language menu) in a lone wrapper is no grid of cards: it goes. */
  @Test
  void aLoneWrapperAroundBareLinksIsNoListing() {
    StringBuilder languages = new StringBuilder("<div class=langs><ul>");
    for (String l : List.of("Deutsch", "Español", "Français", "Italiano", "Nederlands", "Polski")) {
      languages.append("<li><a href=/").append(l).append(">").append(l).append("</a></li>");
    }
    languages.append("</ul></div>");
    Article a = page("<main><h1>T</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>" + languages + "</main>", "https://city.example/x");
    assertEquals(List.of(P1, P2, P3), lines(a));
  }

  /**
   * A page that is no article, built in sections (a page builder's): its short introduction sits
   * in a section of its own beside the long one. It adds only a tenth of the prose, still prose:
   * the page's content, where an article's would have to add more to be taken.
   */
  @Test
  void offArticlesASectionAddingATenthOfTheProseIsTaken() {
    String intro = "We plan, fit and service protected bike lanes for cities and counties of every size, from the first survey on.";
    String sections = "<div class=about-section><div class=inner><p>" + intro + "</p></div></div><div class=main-section><div class=inner><p>"
        + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1.replace("council", "county") + "</p><p>" + P2.replace("Supporters", "Cyclists")
        + "</p><p>" + P3.replace("spring", "summer") + "</p></div></div>";
    List<String> all = List.of(intro, P1, P2, P3, P1.replace("council", "county"), P2.replace("Supporters", "Cyclists"),
        P3.replace("spring", "summer"));
    assertEquals(all, lines(page("<main><h1>Bike lanes</h1>" + sections + "</main>", "https://lanes.example/services")));
    assertEquals(all.subList(1, all.size()), lines(typedArticle(PUBLISHED, "<main><h1>Bike lanes</h1>" + sections + "</main>",
        "https://news.example/lanes")), "an article's widening asks for more");
  }

  @Test
  void aSectionRenderedTwiceIsReadOnceButRepeatedParagraphsOfOneFlowStay() {
    String p4 = "Residents can comment on the routes at three public meetings this month, or online until the end of March.";
    String section = "<h2>Details</h2><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    Article copied = page("<main><h1>T</h1><div class=tab-desktop>" + section + "</div>"
        + "<div class=tab-phone>" + section + "</div><p>" + p4 + "</p></main>", "https://city.example/plan");
    assertEquals(List.of("Details", P1, P2, P3, "Details", p4), lines(copied), "the second rendering's paragraphs go");
    // a plan whose days repeat is one flow of paragraphs: every day is read
    String day = "<h3>Meal</h3><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    Article plan = page("<main><h1>T</h1>" + day + "<p>" + p4 + "</p>" + day + "</main>", "https://city.example/plan");
    assertEquals(List.of("Meal", P1, P2, P3, p4, "Meal", P1, P2, P3), lines(plan));
  }

  @Test
  void cardsTitledByH1sKeepTheirTitlesButTheHeadlineGoes() {
    StringBuilder cards = new StringBuilder("<main><h1>The Engineering Blog</h1>");
    String[] titles = {"Building brains for bulldozers", "What is new in the March release", "Why orange rhymes with nothing"};
    for (String title : titles) {
      cards.append("<article><a href='/posts/").append(title.length()).append("'><h1>").append(title).append("</h1></a><p>")
          .append(title).append(": the story behind it, told by the people who built it, with the numbers and the missteps.</p></article>");
    }
    Article blog = extractor.extract("<html><head><title>The Engineering Blog</title></head><body>" + cards + "</main></body></html>",
        "https://blog.example/");
    List<String> expected = new ArrayList<>();
    for (String title : titles) {
      // each item keeps its title; the page's headline is its title, not its text
      expected.add(title);
      expected.add(title + ": the story behind it, told by the people who built it, with the numbers and the missteps.");
    }
    assertEquals(expected, lines(blog));
    // one h1 is the page's headline, whatever its wording
    assertFalse(text("<main><h1>Council backs the bike lanes</h1><p>" + P1 + "</p><p>" + P2 + "</p></main>").contains("Council backs"));
  }

  @Test
  void aBlockRenderedAgainForAnotherScreenIsReadOnceButAlikeItemsStay() {
    String description = "Enduring comfort in a regular fit, crafted from heavyweight combed cotton that keeps its shape wash after wash.";
    Article product = page("<main><h1>Staple Tee</h1><div class=hide-on-mobile><p>" + description + "</p><p>" + P1 + "</p></div>"
        + "<div class=details><div class='prod-desc hide-on-desktop'><p>" + description + "</p></div><p>" + P2 + "</p></div></main>",
        "https://shop.example/staple-tee");
    assertEquals(List.of(description, P1, P2), lines(product), "the mobile rendering goes");
    String place = "Tech conference in Chicago, Illinois, United States, North America";
    StringBuilder events = new StringBuilder("<main><h1>Conferences</h1>");
    for (String name : new String[] {"Data Saturday", "Cloud Summit", "Dev Days"}) {
      events.append("<div class=event><h2>").append(name).append("</h2><p class='place is-size-7-mobile'>").append(place)
          .append("</p><p>").append(name).append(" brings together engineers and analysts for a day of talks and workshops.</p></div>");
    }
    Article listing = page(events + "</main>", "https://events.example/tech");
    assertEquals(3, lines(listing).stream().filter(place::equals).count(), "each event's place is its own: " + listing.text());
  }

  @Test
  void aReplyQuotingAPostOnThePageLosesTheCopyButAQuoteFromElsewhereStays() {
    String elsewhere = "Any road that carries more than four thousand cyclists a day needs lanes protected by a kerb.";
    String reply = "Exactly, and the spring start means the first corridors could open before the school year.";
    String answer = "That guideline is from the national cycling manual, and the council cited it in the report.";
    Article thread = page("<main><h1>Bike lanes vote</h1><div class=post><p>" + P1 + "</p><p>" + P2 + "</p></div>"
        + "<div class=post><blockquote class=quote><div class=attribution>Ann said:</div><div class=quoted><p>" + P1
        + "</p></div></blockquote><p>" + reply + "</p></div>"
        + "<div class=post><blockquote><p>" + elsewhere + "</p></blockquote><p>" + answer + "</p></div></main>",
        "https://forum.example/threads/bike-lanes.12");
    assertEquals(List.of(P1, P2, reply, elsewhere, answer), lines(thread), "the quoted copy goes with its attribution");
  }

  @Test
  void aQuoteRepeatingOnlyLinesReadBeforeGoesWholeEvenWhenThePostsOwnTextIsBareLines() {
    // forum software writes a post as bare text and line breaks, beside the quotes it answers: no paragraph of its own
    String elsewhere = "Any road that carries more than four thousand cyclists a day needs lanes protected by a kerb.";
    String first = "The council voted last night to build protected lanes on the three busiest corridors.";
    String second = "Work starts in spring, and the first corridor should be finished before the school year begins.";
    String reply = "Good news, and about time too.";
    String added = "Protected lanes also slow the cars turning across them, which matters as much as the kerb itself.";
    String answer = "Yes, the turning speed is what the report measured first.";
    Article thread = page("<main><h1>Bike lanes vote</h1>"
        + "<div class=post><div class=body><blockquote><p>" + elsewhere + "</p></blockquote>" + first + "<br><br>" + second + "</div></div>"
        + "<div class=post><div class=body><blockquote><div class=title>Ann said:</div><div class=content>" + first + "<br><br>" + second
        + "</div></blockquote>" + reply + "</div></div>"
        + "<div class=post><div class=body><blockquote><div class=content>" + second + "<br>" + added + "</div></blockquote>"
        + answer + "</div></div></main>", "https://forum.example/threads/bike-lanes.12");
    assertEquals(List.of(elsewhere, first + " " + second, reply, second + " " + added, answer), lines(thread),
        "the copy goes with its attribution; a quote adding a line of its own stays whole");
  }

  @Test
  void aListicleIsReadWithItsEntriesNotJustItsIntroduction() {
    String[] intro = {
        "Whether you want to change careers, sharpen your skills, or prove what you already know, a certificate program is a good "
            + "way in, and the city has plenty, from design and coding to finance, marketing, and management.",
        "Some take a weekend, some a year; some meet in person, some online, and some, the best, a little of both, with teachers "
            + "who work in the field, small classes, real projects, and help, afterwards, finding work.",
        "We looked at price, length, format, reviews, and results, and we asked graduates, teachers, and employers, too, what a "
            + "certificate is worth, where, and to whom, before picking the programs below."};
    // each entry scores well under the comma-rich introduction, and its paragraphs lie deeper than the scores climb, so
    // neither a zone nor the list outscores it; together the entries hold twice its text
    StringBuilder entries = new StringBuilder();
    int n = 1;
    for (String zone : new String[] {"Design", "Coding", "Finance"}) {
      entries.append("<div class=zone><h2>").append(zone).append("</h2>");
      for (int k = 0; k < 2; k++, n++) {
        entries.append("<article class=tile><div class=c3><h3>Program ").append(n).append("</h3><div class=c1><div class=c2><p>Program ")
            .append(n).append(" teaches the tools of the trade, over twelve weeks, in person, with a portfolio, critiques, and a show ")
            .append("at the end.</p><p>Classes meet twice a week, in the evening, and graduates get a year of coaching, too.</p>")
            .append("</div></div></div></article>");
      }
      entries.append("</div>");
    }
    Article a = typedArticle("", "<main><div class=hero><h1>The best certificate programs in the city</h1><p>From coding to design</p>"
        + "<div class=intro><p>" + String.join("</p><p>", intro) + "</p></div></div>" + entries + "</main>", "https://news.example/best-programs");
    assertTrue(a.text().startsWith(String.join("\n", intro)), a.text());
    assertTrue(a.text().contains("Coding\nProgram 3\nProgram 3 teaches the tools of the trade"), a.text());
    assertTrue(a.text().endsWith("Classes meet twice a week, in the evening, and graduates get a year of coaching, too."), a.text());
  }
  @Test
  void aDocumentationPagesIntroductionUnderItsHeadlineIsReadWithItsBody() {
    // the introduction sits in the header block beside the h1, the body in a block of its own: far less
    // prose than the body, but the page's opening all the same
    String intro = "<p>The Fetch API provides an interface for making HTTP requests and processing the responses.</p>"
        + "<p>It is promise-based, and replaces the older callback-based request object.</p>";
    StringBuilder body = new StringBuilder();
    for (String heading : new String[] {"Making a request", "Handling the response", "Canceling a request"}) {
      body.append("<section><h2>").append(heading).append("</h2>");
      for (int k = 1; k <= 4; k++) {
        body.append("<p>").append(heading).append(", step ").append(k).append(": the request is built from a URL and options, sent, ")
            .append("and its response read as text, JSON or a stream, with errors handled where they arise, in order.</p>");
      }
      body.append("</section>");
    }
    Article a = page("<main><div class=layout-header><h1>Using the Fetch API</h1><section>" + intro + "</section></div>"
        + "<aside><h2>In this article</h2><ul><li><a href=#a>Making a request</a></li></ul></aside>"
        + "<div class=layout-body>" + body + "</div></main>", "https://docs.example/fetch");
    assertTrue(a.text().startsWith("The Fetch API provides an interface for making HTTP requests and processing the responses.\n"
        + "It is promise-based"), a.text());
    assertTrue(a.text().endsWith("with errors handled where they arise, in order."), a.text());
  }

  @Test
  void aSectionBreakTheWriterSetStaysBetweenParagraphsAndAStrayGlyphGoes() {
    Article a = page("<article><h1>The Latest: Bike lanes</h1><p>" + P1 + "</p><p>___</p><p>" + P2 + "</p><p>•</p><p>"
        + P3 + "</p><p>* * *</p></article>", "https://news.example/latest");
    // at the end, as an <hr> there, a break separates nothing
    assertEquals(List.of(P1, "___", P2, P3), lines(a));
  }
}
