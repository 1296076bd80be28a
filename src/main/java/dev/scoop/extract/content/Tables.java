package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import dev.scoop.extract.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/** What a table is for: data in rows and cells, or the layout of blocks. */
public final class Tables {
  private Tables() {}

  /**
   * A table laid out around blocks (paragraphs, lists, another table) rather than holding data:
   * its content reads as those blocks, not as rows of cells.
   */
  public static boolean isLayout(Element table) {
    return table.selectFirst(Css.of("p, div, table table, ul")) != null;
  }

  /** Whether a table is nested in this one: a layout, whose rows cannot be a grid's. */
  public static boolean holdsTable(Element table) {
    return table.selectFirst(Css.of("table table")) != null;
  }

  /**
   * The table's own rows, in order; rows of a table nested in a cell are that table's. Read from
   * the children, as a selector would visit the nested tables too.
   */
  public static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      if (child.nameIs("tr")) {
        rows.add(child);
      } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
        rows.addAll(Trees.childrenNamed(child, "tr"));
      }
    }
    return rows;
  }

  /** The row's cells, in order. */
  public static List<Element> cells(Element row) {
    return Trees.childrenNamed(row, "td", "th");
  }

  /**
   * The table's own rows as the texts {@code cellText} renders of their cells, without the rows
   * that say nothing in any cell: those are spacing (a layout's gap, a row of pictures read as
   * text), not data. The table block and the Markdown table read rows alike through this.
   */
  public static List<List<String>> textRows(Element table, Function<Element, String> cellText) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : rows(table)) {
      List<String> cells = new ArrayList<>();
      boolean saysSomething = false;
      for (Element cell : cells(tr)) {
        String text = cellText.apply(cell);
        cells.add(text);
        saysSomething |= !text.isBlank();
      }
      if (saysSomething) {
        rows.add(cells);
      }
    }
    return rows;
  }
}
