package dev.scoop.extract.render;

import dev.scoop.extract.Css;
import dev.scoop.extract.Trees;
import dev.scoop.extract.Urls;
import dev.scoop.extract.content.BlockElements;
import dev.scoop.extract.content.Figures;
import dev.scoop.extract.content.InlineText;
import dev.scoop.extract.content.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * CommonMark of the content: headings, paragraphs, (nested) lists, quotes, code blocks,
 * tables (GFM), images with captions, links and emphasis. Thread-safe (stateless); one
 * {@link StringBuilder} per call.
 */
public final class MarkdownRenderer {
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
  /** HTML's convention for a code block's language: {@code class="language-python"} (or {@code lang-python}). */
  private static final Pattern LANGUAGE_CLASS = Pattern.compile("(?:^|\\s)(?:language|lang)-([A-Za-z0-9_+#.-]{1,20})(?:\\s|$)");
  /** Blank lines before a code block's first line (its indentation stays). */
  private static final Pattern EDGE_BLANK_LINES = Pattern.compile("^(?:[ \t]*\n)+");

  private MarkdownRenderer() {}

  public static String render(Element content) {
    StringBuilder out = new StringBuilder();
    blocks(content, out, "");
    return tidy(out);
  }

  private static void blocks(Element parent, StringBuilder out, String indent) {
    StringBuilder inline = new StringBuilder();
    Node previous = null;
    for (Node node : parent.childNodes()) {
      if (node instanceof Element && BlockElements.isBlock((Element) node)) {
        paragraph(inline, out, indent);
        block((Element) node, out, indent);
      } else {
        separateWords(previous, node, inline);
        inline(node, inline);
      }
      previous = node;
    }
    paragraph(inline, out, indent);
  }

  private static void block(Element e, StringBuilder out, String indent) {
    switch (e.normalName()) {
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        String heading = withoutWholeBold(inlineOf(e));
        if (!heading.isEmpty()) {
          out.append(indent).append("#".repeat(e.normalName().charAt(1) - '0')).append(' ')
              .append(MarkdownEscapes.closingHashes(heading)).append("\n\n");
        }
        break;
      case "ul": case "ol":
        int n = 1;
        for (Element li : items(e)) {
          String marker = e.is(Css.of("ol")) ? (n++) + ". " : "- ";
          listItem(li, marker, out, indent);
        }
        if (indent.isEmpty()) {
          out.append('\n');
        }
        break;
      case "blockquote":
        StringBuilder quoted = new StringBuilder();
        blocks(e, quoted, "");
        for (String line : quoted.toString().trim().split("\n")) {
          out.append(indent).append("> ").append(line).append('\n');
        }
        out.append('\n');
        break;
      case "pre":
        codeBlock(e, out, indent);
        break;
      case "table":
        for (Element caption : Trees.childrenNamed(e, "caption")) {
          blocks(caption, out, indent);
        }
        if (Tables.holdsTable(e)) {
          layoutTable(e, out, indent);
        } else {
          table(e, out);
        }
        break;
      case "figure": case "img": case "picture":
        if (Figures.isTextFigure(e) || e.selectFirst(Css.of("pre, table, blockquote, ul, ol")) != null) {
          blocks(e, out, indent); // a quote or listing in a figure (an icon beside it or not): its caption reads as a paragraph
        } else {
          figure(e, out);
        }
        break;
      case "hr":
        out.append("---\n\n");
        break;
      default:
        blocks(e, out, indent);
    }
  }

  /**
   * A list's items: its {@code li}s, and what pages put between them (a heading, loose words) as
   * items of their own, so that no text is lost: a block element alone, inline runs together.
   * An item with neither words nor an image is left out.
   */
  private static List<Element> items(Element list) {
    List<Element> items = new ArrayList<>();
    Element loose = null;
    for (Node child : list.childNodes()) {
      if (child instanceof Element e && (e.nameIs("li") || BlockElements.isBlock(e))) {
        items.add(e);
        loose = null;
      } else if (child instanceof Element || child instanceof TextNode t && !t.isBlank()) {
        if (loose == null) {
          loose = new Element("li");
          items.add(loose);
        }
        loose.appendChild(child.clone());
      }
    }
    items.removeIf(item -> item.text().isBlank() && item.selectFirst(Css.of("img")) == null); // "- " alone says nothing
    return items;
  }

  /**
   * One list item. Its nested lists follow its text, indented to where that starts (CommonMark);
   * when text follows a nested list too, the item's blocks are rendered in their order.
   */
  private static void listItem(Element li, String marker, StringBuilder out, String indent) {
    String pad = indent + " ".repeat(marker.length());
    List<Element> nested = Trees.childrenNamed(li, "ul", "ol");
    if (nested.isEmpty() || !endsWithLists(li)) {
      out.append(indent).append(marker).append(itemBody(li, pad)).append('\n');
      return;
    }
    Element copy = li.clone();
    Trees.childrenNamed(copy, "ul", "ol").forEach(Node::remove);
    out.append(indent).append(marker).append(itemBody(copy, pad)).append('\n');
    for (Element sub : nested) {
      block(sub, out, pad);
    }
  }

  /** Whether nothing but lists (and blank text) follows the first list directly in {@code li}. */
  private static boolean endsWithLists(Element li) {
    boolean inLists = false;
    for (Node child : li.childNodes()) {
      boolean list = child instanceof Element e && (e.nameIs("ul") || e.nameIs("ol"));
      if (list) {
        inLists = true;
      } else if (inLists && !(child instanceof TextNode && ((TextNode) child).isBlank())) {
        return false;
      }
    }
    return true;
  }

  /**
   * An image, then the figure's words after it (its caption, its credit) as one emphasised line,
   * as the HTML keeps them; words a figure holds before its image (a title set above a photo) are
   * a paragraph before it, and a figure whose image did not survive cleaning keeps its words.
   */
  private static void figure(Element e, StringBuilder out) {
    Element img = e.is(Css.of("img")) ? e : e.selectFirst(Css.of("img"));
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    boolean[] pastImage = {img == null}; // without an image, every word is the caption
    e.traverse((node, depth) -> {
      if (node == img) {
        pastImage[0] = true;
      } else if (node instanceof TextNode t) {
        (pastImage[0] ? after : before).append(t.getWholeText()).append(' ');
      }
    });
    String opening = collapsed(before);
    String caption = collapsed(after);
    if (!opening.isEmpty()) {
      out.append(MarkdownEscapes.lineStart(MarkdownEscapes.inline(opening))).append("\n\n");
    }
    if (img != null) {
      image(img.attr("alt").isBlank() ? caption : img.attr("alt"), img.attr("src"), out);
      out.append('\n');
    }
    if (!caption.isEmpty()) {
      out.append('*').append(MarkdownEscapes.inline(caption)).append("*\n");
    }
    out.append('\n');
  }

  private static void image(String alt, String src, StringBuilder sb) {
    sb.append("![").append(MarkdownEscapes.inline(collapsed(alt))).append("](").append(MarkdownEscapes.destination(src)).append(')');
  }

  /**
   * A table holding another reads as its cells' blocks, cell after cell: a grid cannot nest, and
   * rendering the inner table inside an outer row's cell and again as rows of its own repeated it.
   */
  private static void layoutTable(Element table, StringBuilder out, String indent) {
    for (Element tr : Tables.rows(table)) {
      for (Element cell : Tables.cells(tr)) {
        blocks(cell, out, indent);
      }
    }
  }

  /** A GFM table of the rows with something in a cell (the first is its header); empty rows are spacing. */
  private static void table(Element table, StringBuilder out) {
    List<List<String>> rows = Tables.textRows(table, cell -> inlineOf(cell).replace("|", "\\|"));
    if (rows.isEmpty()) {
      return;
    }
    int cols = 0;
    for (List<String> cells : rows) {
      cols = Math.max(cols, cells.size());
    }
    boolean first = true;
    for (List<String> cells : rows) {
      StringBuilder line = new StringBuilder("|");
      for (int i = 0; i < cols; i++) {
        line.append(' ').append(i < cells.size() ? cells.get(i) : "").append(" |");
      }
      out.append(line).append('\n');
      if (first) {
        out.append("|").append(" --- |".repeat(cols)).append('\n');
        first = false;
      }
    }
    out.append('\n');
  }

  private static void paragraph(StringBuilder inline, StringBuilder out, String indent) {
    String text = tidyLines(inline).trim();
    if (!text.isEmpty()) {
      out.append(indent);
      String lineBreak = "";
      for (String line : text.split("\n")) {
        if (!line.isEmpty()) {
          out.append(lineBreak).append(MarkdownEscapes.lineStart(line));
          lineBreak = "\\\n"; // a hard break that needs no trailing spaces
        }
      }
      out.append("\n\n");
    }
    inline.setLength(0);
  }

  /**
   * A list item's content: its inline text, or, when it holds blocks (a heading and a list, an
   * FAQ's question and answer), those blocks, their lines after the first indented by {@code pad}.
   */
  private static String itemBody(Element item, String pad) {
    if (item.children().stream().noneMatch(BlockElements::isBlock)) {
      return MarkdownEscapes.lineStart(inlineOf(item));
    }
    StringBuilder inner = new StringBuilder();
    blocks(item, inner, "");
    StringBuilder body = new StringBuilder();
    for (String line : tidy(inner).split("\n", -1)) {
      if (body.length() > 0) {
        body.append('\n').append(line.isEmpty() ? "" : pad);
      }
      body.append(line);
    }
    return body.toString();
  }

  /** Rendered blocks with at most one blank line between them, trimmed. */
  private static String tidy(CharSequence blocks) {
    return BLANK_LINES.matcher(blocks).replaceAll("\n\n").trim();
  }

  /** A heading is bold already: "**1. Protein**" as a whole heading is "1. Protein". */
  private static String withoutWholeBold(String heading) {
    boolean whole = heading.length() > 4 && heading.startsWith("**") && heading.endsWith("**")
        && heading.indexOf("**", 2) == heading.length() - 2;
    return whole ? heading.substring(2, heading.length() - 2) : heading;
  }

  private static String inlineOf(Element e) {
    StringBuilder sb = new StringBuilder();
    inlineChildren(e, sb);
    return collapse(sb).trim();
  }

  private static void inlineChildren(Element e, StringBuilder sb) {
    Node previous = null;
    for (Node child : e.childNodes()) {
      separateWords(previous, child, sb);
      inline(child, sb);
      previous = child;
    }
  }

  /**
   * A fenced code block: the fence outruns any run of backticks in the code (CommonMark), and
   * carries the language the page names the HTML way ({@code <code class="language-bash">},
   * or {@code lang-bash}). The code keeps its first line's indentation; only blank edges go.
   */
  private static void codeBlock(Element pre, StringBuilder out, String indent) {
    String code = EDGE_BLANK_LINES.matcher(pre.wholeText()).replaceAll("").stripTrailing();
    String fence = "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
    out.append(indent).append(fence).append(language(pre)).append('\n').append(code).append('\n').append(fence).append("\n\n");
  }

  private static String language(Element pre) {
    Element code = pre.selectFirst(Css.of("> code"));
    for (Element e : code == null ? List.of(pre) : List.of(code, pre)) {
      Matcher m = LANGUAGE_CLASS.matcher(e.className());
      if (m.find()) {
        return m.group(1);
      }
    }
    return "";
  }

  /**
   * A code span whose backticks outrun any run inside it, as the fenced block's do; a space pads
   * code that starts or ends with a backtick (CommonMark strips one on each side). Spaces at the
   * edges of {@code text} stay outside the span, and its line breaks are spaces.
   */
  private static void inlineCode(String text, StringBuilder sb) {
    String code = collapsed(text);
    if (code.isEmpty()) {
      sb.append(text.isEmpty() ? "" : " ");
      return;
    }
    boolean spaceBefore = MarkdownEmphasis.isWhitespace(text.charAt(0));
    if (spaceBefore || sb.length() > 0 && sb.charAt(sb.length() - 1) == '`') {
      sb.append(' '); // its space stays outside; and two spans side by side would make one run of backticks
    }
    String ticks = "`".repeat(longestBacktickRun(code) + 1);
    String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
    sb.append(ticks).append(pad).append(code).append(pad).append(ticks);
    if (MarkdownEmphasis.isWhitespace(text.charAt(text.length() - 1))) {
      sb.append(' ');
    }
  }

  private static int longestBacktickRun(String s) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /** Sibling elements with nothing between them may hold separate words (see {@link InlineText}). */
  private static void separateWords(Node previous, Node next, StringBuilder sb) {
    if (previous instanceof Element && next instanceof Element && InlineText.startsNewWord(sb, (Element) previous, (Element) next)) {
      sb.append(' ');
    }
  }

  /** Runs of whitespace as one space. */
  private static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Spaces and tabs collapsed, none around line breaks (the hard breaks of {@code <br>}). */
  private static String tidyLines(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t') {
        pendingSpace = true;
      } else if (c == '\n') {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
          end--;
        }
        out.setLength(end);
        out.append(c);
        pendingSpace = false;
      } else {
        if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void inline(Node node, StringBuilder sb) {
    if (node instanceof TextNode) {
      sb.append(MarkdownEscapes.inline(((TextNode) node).text()));
      return;
    }
    if (!(node instanceof Element)) {
      return;
    }
    Element e = (Element) node;
    switch (e.normalName()) {
      case "a":
        String href = Urls.absolute(e, "href");
        if (Urls.isWeb(href)) {
          wrap(e, sb, "[", "](" + MarkdownEscapes.destination(href) + ")");
        } else {
          inlineChildren(e, sb);
        }
        break;
      case "strong": case "b": case "em": case "i": case "cite":
        String delimiter = MarkdownEmphasis.delimiterOf(e);
        if (MarkdownEmphasis.withinSame(e, delimiter)) {
          inlineChildren(e, sb);
        } else {
          wrap(e, sb, delimiter, delimiter);
        }
        break;
      case "code": case "kbd": case "samp":
        inlineCode(e.wholeText(), sb);
        break;
      case "br":
        sb.append('\n');
        break;
      case "img":
        image(e.attr("alt"), e.attr("src"), sb);
        break;
      default:
        if (InlineText.breaksWords(e)) {
          // a paragraph in a table's cell or a heading: set apart from its neighbours' words
          sb.append(' ');
          inlineChildren(e, sb);
          sb.append(' ');
        } else {
          inlineChildren(e, sb);
        }
    }
  }

  /**
   * {@code e}'s inline content between {@code open} and {@code close}, its edge spaces kept
   * outside: {@code works?<a> Learn more</a>} is "works? [Learn more](…)", not "works?[Learn more](…)".
   */
  private static void wrap(Element e, StringBuilder sb, String open, String close) {
    StringBuilder raw = new StringBuilder();
    inlineChildren(e, raw);
    String inner = collapsed(raw);
    boolean spaceBefore = raw.length() > 0 && MarkdownEmphasis.isWhitespace(raw.charAt(0));
    boolean spaceAfter = raw.length() > 0 && MarkdownEmphasis.isWhitespace(raw.charAt(raw.length() - 1));
    if (spaceBefore) {
      sb.append(' ');
    }
    if (inner.isEmpty()) {
      return;
    }
    if (open.equals(close)) {
      MarkdownEmphasis.append(sb, inner, open, spaceAfter ? ' ' : MarkdownEmphasis.firstCodePointAfter(e));
    } else {
      MarkdownEscapes.beforeLink(sb);
      sb.append(open).append(inner).append(close);
    }
    if (spaceAfter) {
      sb.append(' ');
    }
  }

  /** {@code s} with its whitespace runs collapsed and none at its edges, no-break spaces included. */
  private static String collapsed(CharSequence s) {
    return withoutEdgeSpaces(collapse(s));
  }

  private static String withoutEdgeSpaces(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && MarkdownEmphasis.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && MarkdownEmphasis.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }
}
