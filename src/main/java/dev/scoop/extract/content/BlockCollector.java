package dev.scoop.extract.content;

import dev.scoop.extract.Block;
import dev.scoop.extract.Css;
import dev.scoop.extract.Image;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Last content stage: walks the cleaned content in reading order and emits typed blocks.
 * Block-level elements map to their block type; loose inline text between blocks becomes a
 * paragraph; figures (and images outside figures) become figure blocks and images.
 */
final class BlockCollector {
  private final List<Block> blocks = new ArrayList<>();
  private final List<Image> images = new ArrayList<>();
  private final StringBuilder inline = new StringBuilder();

  static BlockCollector collect(Element content) {
    BlockCollector c = new BlockCollector();
    c.walkChildren(content);
    c.flushInline();
    return c;
  }

  List<Block> blocks() {
    return blocks;
  }

  List<Image> images() {
    return images;
  }

  private void walkChildren(Element parent) {
    Node previous = null;
    for (Node child : parent.childNodes()) {
      walkChild(previous, child);
      previous = child;
    }
  }

  /** Loose text joins the pending paragraph; an element is walked, set apart from a preceding one when it starts a new word. */
  private void walkChild(Node previous, Node child) {
    if (child instanceof TextNode) {
      inline.append(((TextNode) child).text());
    } else if (child instanceof Element) {
      if (previous instanceof Element && InlineText.startsNewWord(inline, (Element) previous, (Element) child)) {
        inline.append(' ');
      }
      walk((Element) child);
    }
  }

  private void walk(Element e) {
    String tag = e.normalName();
    if (tag.equals("br")) {
      inline.append(' ');
      return;
    }
    if (tag.equals("img")) {
      flushInline();
      addFigure(e);
      return;
    }
    if (!BlockElements.isBlock(e)) {
      walkChildren(e);
      return;
    }
    flushInline();
    switch (tag) {
      case "p": case "dt": case "dd": case "summary": case "address":
        if (e.selectFirst(Css.of("p, div, ul, ol, table, blockquote, figure, img")) != null) {
          walkChildren(e);
          flushInline();
        } else {
          add(Block.of(Block.Type.PARAGRAPH, e.text()));
        }
        break;
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        add(Block.heading(tag.charAt(1) - '0', e.text()));
        break;
      case "ul": case "ol":
        for (Element li : e.children()) {
          if (li.is(Css.of("figure"))) {
            addFigure(li); // a gallery item whose caption made it a figure
          } else {
            listItem(li, tag.equals("ol"));
          }
        }
        break;
      case "li":
        listItem(e, false);
        break;
      case "blockquote":
        add(Block.of(Block.Type.QUOTE, e.text()));
        break;
      case "pre":
        add(Block.of(Block.Type.CODE, e.wholeText().strip()));
        break;
      case "table":
        table(e);
        break;
      case "figure": case "picture":
        if (Figures.isTextFigure(e)) {
          textFigure(e);
        } else {
          addFigure(e);
        }
        break;
      case "hr": case "figcaption":
        break;
      default:
        walkChildren(e);
        flushInline();
    }
  }

  /**
   * A list item's own text is one item; the lists nested in it (directly or inside its wrappers)
   * follow as items of their own.
   */
  private void listItem(Element li, boolean ordered) {
    Element copy = li.clone();
    copy.select(Css.of("ul, ol")).remove();
    add(Block.listItem(ordered, InlineText.of(copy)));
    for (Element nested : li.select(Css.of("ul > li, ol > li"))) {
      if (nested.parent().closest(Css.of("li")) == li) {
        listItem(nested, nested.parent().is(Css.of("ol")));
      }
    }
  }

  /** A text figure's content; its caption (the quote's source, the listing's title) is a line of its own. */
  private void textFigure(Element figure) {
    Node previous = null;
    for (Node child : figure.childNodes()) {
      if (child instanceof Element && ((Element) child).normalName().equals("figcaption")) {
        flushInline();
        add(Block.of(Block.Type.PARAGRAPH, ((Element) child).text()));
      } else {
        walkChild(previous, child);
      }
      previous = child;
    }
    flushInline();
  }

  /**
   * A data table becomes a table block of its rows that say something; a layout table (one holding
   * paragraphs) is walked.
   */
  private void table(Element table) {
    if (Tables.isLayout(table)) {
      walkChildren(table);
      flushInline();
      return;
    }
    List<List<String>> rows = Tables.textRows(table, InlineText::of);
    if (!rows.isEmpty()) {
      blocks.add(Block.table(rows));
    }
  }

  private void addFigure(Element e) {
    Image image = Figures.read(e);
    if (image != null) {
      images.add(image);
      blocks.add(Block.figure(image));
    }
  }

  private void add(Block block) {
    String text = Block.Type.CODE.id().equals(block.type()) ? block.text()
        : Texts.collapseWhitespace(block.text());
    if (!text.isEmpty()) {
      blocks.add(new Block(block.type(), text, block.level(), block.ordered(), block.image(), block.rows()));
    }
  }

  private void flushInline() {
    if (inline.length() > 0) {
      add(Block.of(Block.Type.PARAGRAPH, inline.toString()));
      inline.setLength(0);
    }
  }
}
