package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The line a phone app adds under a forum post ("Sent from my SM-S908U using Tapatalk", "Sent from
 * my iPhone", "Posted via the Android Central App"). The engine stores it as the post's last line,
 * inside the post's text, so no class marks it; it says how the post was sent, not what it says.
 */
final class AppSignatures {
  /** The whole line: a verb of sending, how, then the device or the app. */
  private static final Pattern LINE = Pattern.compile("(?i)(?:sent|posted) (?:from|via|using|with) \\S.{0,80}");
  private static final int MAX_CHARS = 100;

  private AppSignatures() {}

  /** Removes from {@code root} every such line that ends a post's text, with the breaks before it. */
  static void remove(Element root) {
    List<TextNode> starts = new ArrayList<>();
    root.traverse((node, depth) -> {
      if (node instanceof TextNode t && opensLikeOne(t.getWholeText())) {
        starts.add(t);
      }
    });
    for (TextNode start : starts) {
      if (start.parent() != null && startsLine(start) && endsText(start)) {
        removeLine(start);
      }
    }
  }

  private static boolean opensLikeOne(String text) {
    String s = text.stripLeading();
    return s.regionMatches(true, 0, "sent ", 0, 5) || s.regionMatches(true, 0, "posted ", 0, 7);
  }

  /** After a line break, or first in its element. */
  private static boolean startsLine(TextNode start) {
    Node before = previousNonBlank(start);
    return before == null || before instanceof Element e && e.nameIs("br");
  }

  /** It and what follows it in its element are the whole line: text and inline links only. */
  private static boolean endsText(TextNode start) {
    StringBuilder line = new StringBuilder();
    for (Node n = start; n != null; n = n.nextSibling()) {
      if (n instanceof TextNode t) {
        line.append(t.getWholeText());
      } else if (n instanceof Element e && e.nameIs("a") && e.childrenSize() == 0) {
        line.append(e.text());
      } else if (!(n instanceof Element e && e.nameIs("br"))) {
        return false;
      }
      if (line.length() > MAX_CHARS * 2) {
        return false;
      }
    }
    String text = Texts.collapseWhitespace(line.toString());
    return text.length() <= MAX_CHARS && LINE.matcher(text).matches();
  }

  private static void removeLine(TextNode start) {
    Element parent = start.parent();
    for (Node n = previousNonBlank(start); n instanceof Element e && e.nameIs("br"); n = previousNonBlank(start)) {
      removeUpTo(n, start);
    }
    while (start.nextSibling() != null) {
      start.nextSibling().remove();
    }
    start.remove();
    if (parent.parent() != null && !parent.hasText() && parent.select(Css.of("img, picture, video, iframe")).isEmpty()) {
      parent.remove();
    }
  }

  /** Removes {@code from} and the blank text between it and {@code start}. */
  private static void removeUpTo(Node from, Node start) {
    Node n = from;
    while (n != start) {
      Node next = n.nextSibling();
      n.remove();
      n = next;
    }
  }

  private static Node previousNonBlank(Node node) {
    Node n = node.previousSibling();
    while (n instanceof TextNode t && t.isBlank()) {
      n = n.previousSibling();
    }
    return n;
  }
}
