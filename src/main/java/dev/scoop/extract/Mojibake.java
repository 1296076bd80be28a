package dev.scoop.extract;

import java.util.function.Consumer;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;

/**
 * Repairs mojibake: UTF-8 text that was once decoded as windows-1252 or ISO-8859-1 and saved
 * again, so that "isn’t" reads "isnâ€™t" and "café" reads "cafÃ©". Many pages carry it in their
 * own bytes or entities ({@code &acirc;&euro;&trade;}), whatever their declared charset, so no
 * decoding choice can avoid it; it is undone on the parsed page.
 *
 * <p>A run is repaired only where its characters, read back as windows-1252 bytes, form a
 * well-formed UTF-8 sequence: a lead byte and its continuation bytes. Two-byte sequences must
 * decode to Latin, Greek, Cyrillic, Hebrew or Arabic letters, because a legacy letter followed
 * by punctuation can spell one by chance ("Fuß…" is ß + … = DF 85); three- and four-byte
 * sequences need two or three continuation characters in a row, which real text never has. A
 * C1 control left over is a windows-1252 character read as ISO-8859-1. Text damaged twice is
 * repaired twice. Thread-safe (stateless).
 */
public final class Mojibake {
  /** Windows-1252's characters for bytes 0x80–0x9F (its five undefined bytes stay C1 controls). */
  private static final String CP1252_HIGH =
      "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
          + "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
  private static final int LAST_PLAUSIBLE_TWO_BYTE = 0x6ff;
  private static final int MAX_ROUNDS = 3;
  private static final String[] READ_ATTRIBUTES = {"content", "alt", "title"};
  private static final Evaluator JSON_LD = Css.of(Css.JSON_LD_SCRIPT);

  private Mojibake() {}

  /**
   * Repairs the text nodes of {@code doc}, the attributes metadata and captions are read from
   * ({@code content}, {@code alt}, {@code title}) and JSON-LD scripts.
   */
  public static void repair(Document doc) {
    doc.traverse((NodeVisitor) (node, depth) -> repairNode(node));
  }

  private static void repairNode(Node node) {
    if (node instanceof TextNode text) {
      repair(text.getWholeText(), text::text);
    } else if (node instanceof DataNode data && data.parent() != null && JSON_LD.matches(data.parent(), data.parent())) {
      repair(data.getWholeData(), data::setWholeData);
    } else if (node instanceof Element e && e.attributesSize() > 0) {
      for (String name : READ_ATTRIBUTES) {
        repair(e.attr(name), fixed -> e.attr(name, fixed));
      }
    }
  }

  /** Hands {@code value} repaired to {@code set}, only when it changed. */
  private static void repair(String value, Consumer<String> set) {
    String fixed = repair(value);
    if (fixed != value) {
      set.accept(fixed);
    }
  }

  /** {@code s} repaired, or {@code s} itself when there is nothing to repair. */
  public static String repair(String s) {
    String current = s;
    for (int round = 0; round < MAX_ROUNDS && mayHoldMojibake(current); round++) {
      String fixed = repairOnce(current);
      if (fixed == null) {
        break;
      }
      current = fixed;
    }
    return current;
  }

  /** Whether {@code s} has a C1 control or a character that reads as a UTF-8 lead byte (Â to ô). */
  private static boolean mayHoldMojibake(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isC1Control(c) || c >= 0xc2 && c <= 0xf4) {
        return true;
      }
    }
    return false;
  }

  /** {@code s} with every repairable sequence decoded, or null when it has none. */
  private static String repairOnce(String s) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int length = sequenceLength(c);
      int cp = length == 0 ? -1 : decode(s, i, length);
      if (cp < 0 && isC1Control(c) && CP1252_HIGH.charAt(c - 0x80) != c) {
        cp = CP1252_HIGH.charAt(c - 0x80);
        length = 1;
      }
      if (cp < 0) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, i).appendCodePoint(cp);
      i += length;
      copied = i;
    }
    return out == null ? null : out.append(s, copied, s.length()).toString();
  }

  /** The code point of the UTF-8 sequence of {@code length} bytes at {@code start}, or -1. */
  private static int decode(String s, int start, int length) {
    if (start + length > s.length()) {
      return -1;
    }
    int cp = s.charAt(start) & (length == 2 ? 0x1f : length == 3 ? 0x0f : 0x07);
    for (int j = 1; j < length; j++) {
      int b = byteOf(s.charAt(start + j));
      if (b < 0x80 || b > 0xbf) {
        return -1;
      }
      cp = cp << 6 | b & 0x3f;
    }
    boolean plausible = switch (length) {
      case 2 -> cp >= 0xa0 && cp <= LAST_PLAUSIBLE_TWO_BYTE;
      case 3 -> cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff);
      default -> cp >= 0x10000 && cp <= 0x10ffff;
    };
    return plausible ? cp : -1;
  }

  /**
   * C1 controls never occur in text: one is a windows-1252 byte read as ISO-8859-1, as HTML
   * reads the character reference {@code &#146;}.
   */
  private static boolean isC1Control(char c) {
    return c >= 0x80 && c <= 0x9f;
  }

  /** How many bytes a sequence led by {@code lead} (a character read as a byte) has; 0 if no lead. */
  private static int sequenceLength(char lead) {
    if (lead >= 0xc2 && lead <= 0xdf) {
      return 2;
    }
    if (lead >= 0xe0 && lead <= 0xef) {
      return 3;
    }
    return lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  }

  /** The windows-1252 (or, for C1 controls, ISO-8859-1) byte that shows as {@code c}, or -1. */
  private static int byteOf(char c) {
    if (c <= 0xff) {
      return c;
    }
    int i = CP1252_HIGH.indexOf(c);
    return i < 0 ? -1 : 0x80 + i;
  }
}
