package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import dev.scoop.extract.Trees;
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
      if (start.parent() == null) {
        continue;
      }
      Node line = lineStart(start, root);
      Node before = Trees.previousNonBlank(line);
      if ((before == null || Trees.isLineBreak(before)) && isWholeLastLine(line)) {
        removeLine(line);
      }
    }
  }

  private static boolean opensLikeOne(String text) {
    String s = text.stripLeading();
    return s.regionMatches(true, 0, "sent ", 0, 5) || s.regionMatches(true, 0, "posted ", 0, 7);
  }

  /** The outermost inline element that {@code start} opens ("<em>Sent from my iPhone</em>"), or {@code start}. */
  private static Node lineStart(Node start, Element root) {
    Node n = start;
    while (Trees.previousNonBlank(n) == null && n.parent() instanceof Element p && p != root && !BlockElements.isBlock(p)) {
      n = p;
    }
    return n;
  }

  /** It and what follows it in its element are the whole line, and the last: text and elements that are no blocks ({@link BlockElements}). */
  private static boolean isWholeLastLine(Node line) {
    StringBuilder text = new StringBuilder();
    for (Node n = line; n != null; n = n.nextSibling()) {
      if (n instanceof TextNode t) {
        text.append(t.getWholeText());
      } else if (n instanceof Element e && !BlockElements.isBlock(e)) { // a line break, a link, emphasis
        text.append(' ').append(e.text()).append(' ');
      } else {
        return false;
      }
      if (text.length() > MAX_CHARS * 2) {
        return false;
      }
    }
    String collapsed = Texts.collapseWhitespace(text.toString());
    return collapsed.length() <= MAX_CHARS && LINE.matcher(collapsed).matches();
  }

  private static void removeLine(Node line) {
    Element parent = (Element) line.parent();
    for (Node n = Trees.previousNonBlank(line); n != null && Trees.isLineBreak(n); n = Trees.previousNonBlank(line)) {
      removeUpTo(n, line);
    }
    while (line.nextSibling() != null) {
      line.nextSibling().remove();
    }
    line.remove();
    if (parent.parent() != null && !parent.hasText() && parent.selectFirst(Css.of("img, picture, video, iframe")) == null) {
      parent.remove();
    }
  }

  /** Removes {@code from} and the blank text between it and {@code line}. */
  private static void removeUpTo(Node from, Node line) {
    Node n = from;
    while (n != line) {
      Node next = n.nextSibling();
      n.remove();
      n = next;
    }
  }
}
