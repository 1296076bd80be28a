package dev.scoop.extract;

import java.util.List;

/**
 * One structural unit of the body, in reading order.
 *
 * <p>{@code type} is one of {@link Type}'s lower-case names. {@code level} is set for headings
 * (2..6), {@code ordered} for list items, {@code image} for figures, {@code rows} for tables.
 */
public record Block(String type, String text, Integer level, Boolean ordered, Image image,
                    List<List<String>> rows) {

  /** The kinds of blocks; only {@code FIGURE} stays out of the plain text. */
  public enum Type {
    PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CODE, TABLE, FIGURE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static Block of(Type type, String text) {
    return new Block(type.id(), text, null, null, null, null);
  }

  public static Block heading(int level, String text) {
    return new Block(Type.HEADING.id(), text, level, null, null, null);
  }

  public static Block listItem(boolean ordered, String text) {
    return new Block(Type.LIST_ITEM.id(), text, null, ordered, null, null);
  }

  public static Block figure(Image image) {
    String text = image.caption() == null ? "" : image.caption();
    return new Block(Type.FIGURE.id(), text, null, null, image, null);
  }

  public static Block table(List<List<String>> rows) {
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(String.join(" | ", row));
    }
    return new Block(Type.TABLE.id(), text.toString(), null, null, null, rows);
  }

  /** Whether this block belongs in the article's plain text. */
  public boolean inText() {
    return !Type.FIGURE.id().equals(type);
  }
}
