package dev.scoop.extract.render;

import dev.scoop.extract.Block;
import java.util.List;

/** Plain text: one paragraph, heading, list item, quote or table row per line; figures left out. */
public final class TextRenderer {
  private TextRenderer() {}

  public static String render(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      if (!b.inText()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(b.text());
    }
    return out.toString();
  }
}
