package dev.scoop.extract.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RenderersTest {
  /** Asserts that {@code html} renders as the Markdown {@code lines}. */
  private static void assertMarkdown(String html, String... lines) {
    assertEquals(String.join("\n", lines), MarkdownRenderer.render(content(html)));
  }

  private static Element content(String html) {
    return Jsoup.parse("<div id=c>" + html + "</div>", "https://example.com/a/").getElementById("c");
  }

  @Test
  void htmlIsSanitized() {
    String html = HtmlRenderer.render(content("<p onclick='x()'>Hi <a href='javascript:alert(1)'>js</a> "
        + "<a href='/rel'>rel</a><script>evil()</script><style>p{}</style><img src='/i.png' onerror='x()'></p>"));
    assertFalse(html.contains("onclick"));
    assertFalse(html.contains("javascript:"));
    assertFalse(html.contains("script"));
    assertFalse(html.contains("onerror"));
    assertTrue(html.contains("href=\"https://example.com/rel\""), html);
    assertTrue(html.contains("src=\"https://example.com/i.png\""), html);
  }

  @Test
  void markdownKeepsStructure() {
    assertMarkdown("<h2>Part</h2><p>Some <em>em</em> and <strong>bold</strong> "
        + "<a href='https://x.org/'>link</a>.</p><ol><li>one<ul><li>inner</li></ul></li><li>two</li></ol>"
        + "<blockquote><p>Quote</p></blockquote><pre>code  here</pre>"
        + "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>",
        "## Part", "", "Some *em* and **bold** [link](https://x.org/).", "",
        "1. one", "   - inner", "2. two", "", "> Quote", "", "```", "code  here", "```", "",
        "| a | b |", "| --- | --- |", "| 1 | 2 |");
  }

  @Test
  void markdownOfATableHoldingAnotherReadsEachCellOnce() {
    // a grid cannot nest: the outer layout's cells are read as blocks, the inner data table stays a grid
    assertMarkdown("<table><tr><td><p>Lead paragraph.</p>"
        + "<table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr></table></td>"
        + "<td>Side note.</td></tr></table>",
        "Lead paragraph.", "", "| k | v |", "| --- | --- |", "| a | 1 |", "", "Side note.");
  }

  @Test
  void markdownOfATableSkipsRowsWithNothingInThemButKeepsAPictureRow() {
    // an empty first row would have been the header
    assertMarkdown("<table><tr><td></td><td> </td></tr><tr><th>Route</th><th>Map</th></tr><tr><td>&nbsp;</td><td></td></tr>"
        + "<tr><td>North</td><td><img src=/north.png alt='North map'></td></tr></table>",
        "| Route | Map |", "| --- | --- |", "| North | ![North map](/north.png) |");
  }

  @Test
  void markdownCodeNamesItsLanguageAndOutrunsBackticksInTheCode() {
    assertMarkdown("<pre><code class='hljs language-python'>\n    indented = True\nprint(indented)\n</code></pre>"
        + "<pre class=lang-md>Use ``` to fence code</pre><p>Type <code>ls</code>, <code>a`b</code> or <code>`x`</code>.</p>",
        "```python", "    indented = True", "print(indented)", "```", "", "````md", "Use ``` to fence code", "````", "",
        "Type `ls`, ``a`b`` or `` `x` ``.");
  }

  @Test
  void markdownKeepsSpacesAroundLinksAndEmphasisAndDropsBoldWrappingAWholeHeading() {
    assertMarkdown("<h4><strong>1. High-protein meals</strong></h4>"
        + "<h4><strong>Part</strong> two</h4>"
        + "<p><span>Want to see how it works?</span><a href='https://x.org/how'> <span>Learn more</span></a>.</p>"
        + "<p>A<strong> bold </strong>word and <em>em </em>text.</p>",
        "#### 1. High-protein meals", "", "#### **Part** two", "",
        "Want to see how it works? [Learn more](https://x.org/how).", "",
        "A **bold** word and *em* text.");
  }

  @Test
  void markdownListItemsHoldingBlocksKeepThemIndentedUnderTheItem() {
    assertMarkdown("<ul><li><h4>Materials</h4><ul><li>Leather</li><li>Aluminium</li></ul></li>"
        + "<li><div><p>Will it scratch?</p><p>It will age, and scuffs buff out.</p></div></li><li>Plain item</li></ul>"
        + "<ol><li>First<ul><li>inner</li></ul></li></ol>",
        "- #### Materials", "  - Leather", "  - Aluminium",
        "- Will it scratch?", "", "  It will age, and scuffs buff out.",
        "- Plain item", "",
        "1. First", "   - inner");
  }

  @Test
  void markdownEscapesTextThatWouldReadAsSyntax() {
    assertMarkdown("<p>See &lt;The Palace: Tale&gt; at AT&amp;amp;T, not AT&amp;T</p><p>1984. The year</p>"
        + "<p>2019) foo</p><p>- not an item</p><p>+ nor this</p><p># not a heading</p><p>#hashtag</p>"
        + "<p>&gt; not a quote</p><p>First<br>---<br>===<br>~~~ not a fence</p><h2>Learn C #</h2>"
        + "<ul><li>1. not a nested list</li></ul>",
        "See \\<The Palace: Tale> at AT\\&amp;T, not AT&T", "", "1984\\. The year", "", "2019\\) foo", "",
        "\\- not an item", "", "\\+ nor this", "", "\\# not a heading", "", "#hashtag", "", "\\> not a quote", "",
        "First\\", "\\---\\", "\\===\\", "\\~~~ not a fence", "", "## Learn C \\#", "",
        "- 1\\. not a nested list");
  }

  @Test
  void markdownDropsEmphasisWhoseDelimitersWouldShow() {
    // CommonMark reads "**" only where it flanks its words; bold in bold and runs side by side would close early
    assertMarkdown("<p>offseason<b>.</b> Next <i>(CNN)</i>President, <em>one</em> word</p>"
        + "<p><b>Game D</b><b>ay Parties</b> and <a href='mailto:x@y.org'><em>x@y.org</em></a><em>.</em></p>"
        + "<p><strong><b>Q: H</b>ow much?</strong> <strong> &nbsp;</strong>Next <b>Stainless&nbsp;</b>steel</p>",
        "offseason. Next (CNN)President, *one* word", "",
        "**Game Day Parties** and *x@y.org.*", "",
        "**Q: How much?** Next **Stainless** steel");
  }

  @Test
  void markdownKeepsEveryWordOfWrappersFiguresListsAndTables() {
    assertMarkdown("<block><p>One.</p><p>Two.</p></block>"
        + "<figure><img src='https://x.org/a.jpg' alt='A map'><figcaption>Smog this week.</figcaption><cite>Berkeley Earth</cite></figure>"
        + "<figure><figcaption>Its image lazy-loaded away.</figcaption></figure>"
        + "<figure>A title over the photo<img src='https://x.org/b.jpg' alt='B'><figcaption>Its caption.</figcaption></figure>"
        + "<table><caption>Rates</caption><tr><th>k</th><th>v</th></tr><tr><td><p>13 oz.</p><p>XXL</p></td><td>1</td></tr></table>"
        + "<ul><strong>Examples</strong> – Gmail, Docs<li>Item</li><li> </li><span></span></ul>"
        + "<ol><li><p>Send a text:</p><ol><li>Type it.</li></ol><p>A request shows.</p></li></ol>",
        "One.", "", "Two.", "",
        "![A map](https://x.org/a.jpg)", "*Smog this week. Berkeley Earth*", "",
        "*Its image lazy-loaded away.*", "",
        "A title over the photo", "", "![B](https://x.org/b.jpg)", "*Its caption.*", "",
        "Rates", "", "| k | v |", "| --- | --- |", "| 13 oz. XXL | 1 |", "",
        "- **Examples** – Gmail, Docs", "- Item", "",
        "1. Send a text:", "", "   1. Type it.", "", "   A request shows.");
  }

  @Test
  void markdownKeepsLinksAfterAnExclamationAndCodeSpansApart() {
    assertMarkdown("<p>Stronger!<a href='https://x.org/8'>[8]</a> Type <code>U+00DF</code><code>0xC3</code>"
        + " or <code>the </code>API and <a href='https://x.org/a b(c'>spaced</a>.</p>",
        "Stronger\\![\\[8\\]](https://x.org/8) Type `U+00DF` `0xC3` or `the` API and [spaced](https://x.org/a%20b%28c).");
  }
}
