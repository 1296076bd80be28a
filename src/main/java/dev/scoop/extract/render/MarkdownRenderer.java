package dev.scoop.extract.render;

import dev.scoop.extract.Css;
import dev.scoop.extract.Urls;
import dev.scoop.extract.content.Figures;
import dev.scoop.extract.content.InlineText;
import dev.scoop.extract.content.Tables;
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
      if (node instanceof Element && isBlock((Element) node)) {
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
        out.append(indent).append("#".repeat(e.normalName().charAt(1) - '0')).append(' ')
            .append(withoutWholeBold(inlineOf(e))).append("\n\n");
        break;
      case "ul": case "ol":
        int n = 1;
        for (Element li : e.children()) {
          String marker = e.is(Css.of("ol")) ? (n++) + ". " : "- ";
          // CommonMark: what belongs to an item is indented to where its text starts
          String pad = indent + " ".repeat(marker.length());
          Element copy = li.clone();
          copy.select(Css.of("> ul, > ol")).forEach(Node::remove);
          out.append(indent).append(marker).append(itemBody(copy, pad)).append('\n');
          for (Element sub : li.select(Css.of("> ul, > ol"))) {
            block(sub, out, pad);
          }
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
        if (Tables.holdsTable(e)) {
          layoutTable(e, out, indent);
        } else {
          table(e, out);
        }
        break;
      case "figure": case "img": case "picture":
        if (Figures.isTextFigure(e)) {
          blocks(e, out, indent); // a quote or listing in a figure: its caption reads as a paragraph
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

  private static void figure(Element e, StringBuilder out) {
    Element img = e.is(Css.of("img")) ? e : e.selectFirst(Css.of("img"));
    if (img == null) {
      return;
    }
    Element caption = e.selectFirst(Css.of("figcaption"));
    String alt = caption != null ? caption.text() : img.attr("alt");
    out.append("![").append(escape(alt)).append("](").append(img.attr("src")).append(")\n");
    if (caption != null && !caption.text().isBlank()) {
      out.append('*').append(escape(caption.text())).append("*\n");
    }
    out.append('\n');
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
      out.append(indent).append(text).append("\n\n");
    }
    inline.setLength(0);
  }

  /**
   * A list item's content: its inline text, or, when it holds blocks (a heading and a list, an
   * FAQ's question and answer), those blocks, their lines after the first indented by {@code pad}.
   */
  private static String itemBody(Element item, String pad) {
    if (item.children().stream().noneMatch(MarkdownRenderer::isBlock)) {
      return inlineOf(item);
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
   * code that starts or ends with a backtick (CommonMark strips one on each side).
   */
  private static void inlineCode(String code, StringBuilder sb) {
    String ticks = "`".repeat(longestBacktickRun(code) + 1);
    String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
    sb.append(ticks).append(pad).append(code).append(pad).append(ticks);
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
      sb.append(escape(((TextNode) node).text()));
      return;
    }
    if (!(node instanceof Element)) {
      return;
    }
    Element e = (Element) node;
    switch (e.normalName()) {
      case "a":
        String href = Urls.absolute(e, "href");
        if (href.startsWith("http")) {
          wrap(e, sb, "[", "](" + href + ")");
        } else {
          inlineChildren(e, sb);
        }
        break;
      case "strong": case "b":
        wrap(e, sb, "**", "**");
        break;
      case "em": case "i": case "cite":
        wrap(e, sb, "_", "_");
        break;
      case "code": case "kbd": case "samp":
        inlineCode(e.text(), sb);
        break;
      case "br":
        sb.append("  \n");
        break;
      case "img":
        sb.append("![").append(escape(e.attr("alt"))).append("](").append(e.attr("src")).append(')');
        break;
      default:
        inlineChildren(e, sb);
    }
  }

  /**
   * {@code e}'s inline content between {@code open} and {@code close}, its edge spaces kept
   * outside: {@code works?<a> Learn more</a>} is "works? [Learn more](…)", not "works?[Learn more](…)".
   */
  private static void wrap(Element e, StringBuilder sb, String open, String close) {
    StringBuilder raw = new StringBuilder();
    inlineChildren(e, raw);
    String inner = collapse(raw).trim();
    boolean spaceBefore = raw.length() > 0 && Character.isWhitespace(raw.charAt(0));
    boolean spaceAfter = raw.length() > 0 && Character.isWhitespace(raw.charAt(raw.length() - 1));
    if (spaceBefore) {
      sb.append(' ');
    }
    if (!inner.isEmpty()) {
      sb.append(open).append(inner).append(close);
      if (spaceAfter) {
        sb.append(' ');
      }
    }
  }

  private static boolean isBlock(Element e) {
    switch (e.normalName()) {
      case "p": case "div": case "section": case "article": case "main": case "header": case "footer":
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "ul": case "ol": case "li":
      case "blockquote": case "pre": case "table": case "figure": case "hr": case "dl": case "dd": case "dt":
      case "aside": case "details": case "center": case "address": case "picture":
        return true;
      default:
        return false;
    }
  }

  /** Escapes characters that would otherwise start Markdown syntax in running text. */
  private static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']') {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append('\\');
      }
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
