package dev.scoop.extract.content;

import org.jsoup.nodes.Element;

/**
 * A discussion's content is its thread, but the scorer's root there is often one post, the
 * longest. Forum engines mark every post as one (post, message, reply, answer, comment) and
 * repeat it with the same tag and class: the thread is the list that holds those posts.
 */
final class Threads {
  static final ClassPattern POST = ClassPattern.parts(
      "posts?|message|messages|reply|replies|answers?|comments?|topic-?post|post-?container|post-?wrapper|postbit|item-?comment");
  private static final int MIN_POSTS = 2;

  private Threads() {}

  /**
   * The list of posts that holds {@code top}, or {@code top} when it lies in no repeated post. The
   * outermost such list: a post's own parts repeat too ("message-cell" for the poster and the text).
   */
  static Element wholeThread(Element top, Element body) {
    Element thread = top;
    ListedItems items = new ListedItems();
    for (Element p = top; p.parent() != null && p.parent() != body; p = p.parent()) {
      if (POST.find(Boilerplate.marker(p)) && items.sameAs(p) >= MIN_POSTS) {
        thread = p.parent();
      }
    }
    return thread;
  }
}
