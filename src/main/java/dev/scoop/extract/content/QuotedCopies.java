package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Quotes that only repeat lines read before them: a reply quoting the post it answers (forums
 * quote with {@code <blockquote>}, the copy under a "Jane said:" line), a pull quote repeating
 * its paragraph. Lines are compared, not elements: a post's own text is often bare text and line
 * breaks beside its quotes, in no paragraph of its own. A line is the text between two block
 * boundaries or line breaks; only lines of {@value ContentCleaner#REPEAT_MIN_CHARS} characters or more
 * count (an attribution, "Click to expand...", a short reply may repeat on purpose). A quote with a line not
 * read before outside quotes (a post from another page of the thread, a part of one) stays whole.
 * Not thread-safe: one per cleaning.
 */
final class QuotedCopies {
  private final Set<String> readUnquoted = new HashSet<>();
  private final Deque<Quote> open = new ArrayDeque<>();
  private final List<Element> copies = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();

  private QuotedCopies() {}

  /** The quotes of {@code content} all of whose long lines it holds before them, outside quotes; outermost only. */
  static List<Element> find(Element content) {
    if (content.selectFirst(Css.of("blockquote")) == null) {
      return List.of(); // most pages quote nothing: no need to read their lines
    }
    QuotedCopies q = new QuotedCopies();
    NodeTraversor.traverse(q.new Walk(), content);
    q.endLine();
    return q.copies;
  }

  /** A quote being read: whether it has a long line, and whether every one was read before. */
  private static final class Quote {
    boolean hasLongLine;
    boolean allRead = true;
  }

  private final class Walk implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        line.append(text.getWholeText());
      } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
        endLine();
        if (e.nameIs("blockquote")) {
          open.push(new Quote());
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && e.isBlock()) {
        endLine();
        if (e.nameIs("blockquote")) {
          Quote q = open.pop();
          Quote outer = open.peek();
          if (outer != null) {
            // a quote's lines are its outer quote's too
            outer.hasLongLine |= q.hasLongLine;
            outer.allRead &= q.allRead;
          } else if (q.hasLongLine && q.allRead) {
            copies.add(e);
          }
        }
      }
    }
  }

  private void endLine() {
    if (line.isEmpty()) {
      return;
    }
    String text = Texts.collapseWhitespace(line.toString());
    line.setLength(0);
    if (text.length() >= ContentCleaner.REPEAT_MIN_CHARS) {
      if (open.isEmpty()) {
        readUnquoted.add(text);
      } else {
        Quote q = open.peek();
        q.hasLongLine = true;
        q.allRead &= readUnquoted.contains(text);
      }
    }
  }
}
