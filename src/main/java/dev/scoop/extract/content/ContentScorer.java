package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import dev.scoop.extract.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Second stage: finds the element that holds the article. Each paragraph-like element with
 * at least {@value #MIN_PARAGRAPH_CHARS} characters scores {@code 1 + commas + min(chars/100, 3)},
 * credited fully to its parent, half to its grandparent and a third per level above that
 * (after Mozilla Readability). Candidates start from a tag prior plus the class weight, and
 * the final score is discounted by link density. The best candidate is then widened to an
 * ancestor when several strong candidates share it.
 */
final class ContentScorer {
  static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;
  /**
   * A parent adding at most this much text (spaces, a label, a panel's header: 20 characters or
   * 3 % of the root's text; 5 % and 10 % also let related-link lines through) wraps the same content.
   */
  private static final int WRAPPER_SLACK_CHARS = 20;
  private static final double WRAPPER_SLACK_SHARE = 0.03;
  /**
   * A parent must add at least this share of the current prose to be worth climbing to (an article's
   * own wrapper adds a bio, a note; other pages spread over many sections, and a short one is theirs
   * too: 0.05 to 0.15 give the same figures)...
   */
  private static final double WIDEN_MIN_GAIN = 0.3;
  private static final double WIDEN_MIN_GAIN_OFF_ARTICLES = 0.1;
  /** ...and at least this share of what it adds must be prose. */
  private static final double WIDEN_MIN_PROSE_SHARE = 0.5;
  private static final int MIN_SECTIONS = 3;
  private static final int MIN_CARDS = 3;
  private static final int MIN_ENTRIES = 4;
  private static final double ENTRY_MIN_SHARE = 0.3;
  private static final double MOSTLY = 0.5;
  /** A text this long beside a teaser row is the story the row follows, however long the row. */
  private static final int STORY_CHARS = 1000;
  // Insertion (document) order: ties between candidates break the same way on every run.
  private final Map<Element, Double> scores = new LinkedHashMap<>();
  private final boolean weightClasses;
  private final boolean article;
  private TextStats stats;
  private Set<Element> cards;

  /**
   * {@code article}: the page reads as an article, so its introduction widens to the list of
   * entries it introduces ({@link #listEntries}) and a wrapper must add much prose to be taken;
   * other pages widen to sections adding less, and page-wide ({@link PageWideContent}).
   */
  ContentScorer(boolean weightClasses, boolean article) {
    this.weightClasses = weightClasses;
    this.article = article;
  }

  /**
   * Returns the best content root under {@code body}, or {@code body} itself. On an article, the
   * blocks of {@link TeaserRows} are story cards too, unless the root found without them is a short
   * text beside more teaser text than its own (a section front: there they are the content).
   */
  Element bestRoot(Element body) {
    stats = new TextStats(body);
    cards = teaserCards(body);
    if (article) {
      Set<Element> teasers = TeaserRows.find(body, stats);
      if (!teasers.isEmpty()) {
        cards.addAll(teasers);
        Element top = scoredRoot(body);
        int text = stats.text(top);
        if (text >= STORY_CHARS || text >= textOf(teasers)) {
          return top;
        }
        // a short text beside more teaser text than its own: a section front, whose teasers are its content
        cards.removeAll(teasers);
        scores.clear();
      }
    }
    return scoredRoot(body);
  }

  private int textOf(Set<Element> elements) {
    int n = 0;
    for (Element e : elements) {
      n += stats.text(e);
    }
    return n;
  }

  private Element scoredRoot(Element body) {
    for (Element e : body.select(Css.of("p, pre, td, blockquote, li, dd, div, section, article, font"))) {
      boolean container = e.is(Css.of("div, section, article, font"));
      // a container scores its own text only; the lengths of nested text come from stats, not text() (quadratic in depth)
      String own = container ? ownText(e) : null;
      int length = container ? own.length() : stats.text(e);
      if (length < MIN_PARAGRAPH_CHARS || e.is(Css.of("li")) && e.selectFirst(Css.of("p")) != null
          || isCardText(e)) {
        continue;
      }
      double score = 1 + (container ? Texts.commas(own) : stats.commas(e)) + Math.min(length / 100, 3);
      Element ancestor = container ? e : e.parent();
      for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, score / divider + (scores.containsKey(ancestor) ? 0 : prior(ancestor)), Double::sum);
        if (ancestor == body) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double s = entry.getValue() * (1 - stats.linkDensity(entry.getKey()));
      entry.setValue(s);
      if (s > best && !isCardText(entry.getKey())) {
        best = s;
        top = entry.getKey();
      }
    }
    return top == null ? body : widen(top, body);
  }

  /**
   * Story cards: {@code article} elements repeated side by side (at least {@value #MIN_CARDS}),
   * each under a heading that links elsewhere. A page's own article is one; a row of them is a
   * feed of teasers, whose excerpts read like prose but are other pages': they score nothing, count
   * as no prose when widening, and nothing inside a card is the root (a listing's root is then the
   * row's container or above).
   */
  private static Set<Element> teaserCards(Element body) {
    Set<Element> cards = new HashSet<>();
    Set<Element> seen = new HashSet<>();
    for (Element a : body.select(Css.of("article"))) {
      Element parent = a.parent();
      if (parent == null || !seen.add(parent)) {
        continue;
      }
      List<Element> row = new ArrayList<>();
      for (Element sibling : parent.children()) {
        if (sibling.nameIs("article") && sibling.selectFirst(Css.of(TeaserRows.LINKED_HEADING)) != null) {
          row.add(sibling);
        }
      }
      if (row.size() >= MIN_CARDS) {
        cards.addAll(row);
      }
    }
    return cards;
  }

  /**
   * Whether more than half of {@code root}'s text is in story cards: a feed of teasers (a
   * section front), whatever the page declares itself.
   */
  boolean isMostlyCards(Element root) {
    int inCards = 0;
    for (Element card : cards) {
      if (Trees.isInside(card, root)) {
        inCards += stats.text(card);
      }
    }
    return inCards > MOSTLY * stats.text(root);
  }

  /** Whether {@code e} is in one of the page's story cards. */
  private boolean isCardText(Element e) {
    if (cards.isEmpty()) {
      return false;
    }
    for (Element p = e; p != null; p = p.parent()) {
      if (cards.contains(p)) {
        return true;
      }
    }
    return false;
  }

  double score(Element e) {
    return scores.getOrDefault(e, 0.0);
  }

  /**
   * Moves up when the top candidate is one of several strong siblings (an article split
   * into sections) or the introduction of a list of entries, or when it is the only child of its parent.
   */
  private Element widen(Element top, Element body) {
    double topScore = score(top);
    List<Element> strong = new ArrayList<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getKey() != top && e.getValue() >= topScore * 0.75) {
        strong.add(e.getKey());
      }
    }
    if (article && strong.size() < 2) {
      strong.addAll(listEntries(top, topScore));
    }
    Element candidate = top;
    if (strong.size() >= 2) {
      for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
        int contained = 0;
        for (Element s : strong) {
          if (Trees.isInside(s, parent)) {
            contained++;
          }
        }
        if (contained >= 2) {
          candidate = parent;
          break;
        }
      }
    }
    while (candidate.parent() != null && candidate.parent() != body && candidate.parent().childrenSize() == 1) {
      candidate = candidate.parent();
    }
    return widenToProse(candidate, body);
  }

  /**
   * The entries of a list that {@code top} introduces (a listicle: "The best certificate programs"
   * and then one block per program, each of a few paragraphs), which the scorer reads as the intro
   * and its rivals: at least {@value #MIN_ENTRIES} candidates of one tag and class, each scoring
   * {@value #ENTRY_MIN_SHARE} of the top or more, outside it, and holding more text together than it
   * does. Of several such kinds, the one with the most text. Empty when there is none: a
   * related-posts row beside an article holds less than the article.
   */
  private List<Element> listEntries(Element top, double topScore) {
    Map<String, List<Element>> byKind = new LinkedHashMap<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element candidate = e.getKey();
      if (e.getValue() >= topScore * ENTRY_MIN_SHARE && candidate != top && !Trees.isInside(top, candidate) && !Trees.isInside(candidate, top)) {
        byKind.computeIfAbsent(candidate.normalName() + ' ' + candidate.className(), k -> new ArrayList<>()).add(candidate);
      }
    }
    List<Element> entries = List.of();
    int most = stats.text(top);
    for (List<Element> kind : byKind.values()) {
      int text = 0;
      for (Element entry : kind) {
        text += stats.text(entry);
      }
      if (kind.size() >= MIN_ENTRIES && text > most) {
        entries = kind;
        most = text;
      }
    }
    return entries;
  }

  /**
   * Climbs while the parent holds clearly more prose than the current root and what it adds
   * is mostly prose: an article split into chunks, each in its own wrapper, is taken whole,
   * while a page wrapper that adds navigation, teasers or link lists is not.
   */
  private Element widenToProse(Element root, Element body) {
    Element widest = root;
    int prose = proseChars(root);
    // off articles, the root's first h1, kept level by level: searching each wider root again is
    // quadratic on deep pages (a quote pyramid 512 levels deep)
    Element rootH1 = article ? null : root.selectFirst(Css.of("h1"));
    for (Element parent = root.parent(); parent != null && parent != body; parent = parent.parent()) {
      Element parentH1 = article ? null : firstH1(parent, root, rootH1);
      // The parent's prose is the root's plus that of its other children: each level reads only what it adds.
      int added = 0;
      for (Element sibling : parent.children()) {
        if (sibling != root) {
          added += proseChars(sibling);
        }
      }
      int rootText = stats.text(root);
      int addedText = stats.text(parent) - rootText;
      double slack = Math.max(WRAPPER_SLACK_CHARS, rootText * WRAPPER_SLACK_SHARE);
      boolean mostlyProse = added > 0 && added >= addedText * WIDEN_MIN_PROSE_SHARE;
      boolean gains = mostlyProse && (added >= prose * (article ? WIDEN_MIN_GAIN : WIDEN_MIN_GAIN_OFF_ARTICLES)
          || !article && introduces(parent, root, parentH1, addedText, slack)) || isOneOfSections(root);
      if (!gains && addedText > slack) {
        break;
      }
      // A wrapper around the same text (page builders nest each block deep) is passed through
      // to judge the level above; only a level that adds prose becomes the root.
      root = parent;
      rootH1 = parentH1;
      prose += added;
      if (gains) {
        widest = parent;
      }
    }
    return widest;
  }

  /**
   * Whether what {@code parent} adds to {@code root} is the page's headline and the introduction
   * under it, before the root: a documentation or service page's lead paragraphs sit in the
   * header block above its body ("h1, then what the page is about"), whatever their share of the
   * text. Articles leave them out: there the block under the headline holds the dek and byline.
   * {@code h1} is the parent's first h1, or null.
   */
  private boolean introduces(Element parent, Element root, Element h1, int addedText, double slack) {
    if (textAfter(root) > slack || h1 == null || Trees.isInside(h1, root)) {
      return false;
    }
    int intro = 0;
    for (Element e = h1.nextElementSibling(); e != null && e != root && !Trees.isInside(root, e); e = e.nextElementSibling()) {
      intro += proseChars(e);
    }
    return intro >= addedText * WIDEN_MIN_PROSE_SHARE;
  }

  /**
   * The first h1 of {@code parent} (itself included) in reading order, from the first h1 of its
   * child {@code root} and a search of the other children only.
   */
  private static Element firstH1(Element parent, Element root, Element rootH1) {
    if (parent.nameIs("h1")) {
      return parent;
    }
    for (Element child : parent.children()) {
      Element h1 = child == root ? rootH1 : child.selectFirst(Css.of("h1")); // selectFirst: the child itself when it is one
      if (h1 != null) {
        return h1;
      }
    }
    return null;
  }

  /** The text of the elements after {@code e} beside it. */
  private int textAfter(Element e) {
    int n = 0;
    for (Element sibling = e.nextElementSibling(); sibling != null; sibling = sibling.nextElementSibling()) {
      n += stats.text(sibling);
    }
    return n;
  }

  /**
   * A document written in headed sections of one kind ({@code div.sect1 > h2 + ...}, as AsciiDoc,
   * Sphinx and many CMSs render it) is read whole: sections whose body is a list of links are
   * still sections of it.
   */
  private static boolean isOneOfSections(Element e) {
    Element parent = e.parent();
    if (parent == null || e.className().isEmpty() || !startsWithHeading(e)) {
      return false;
    }
    int sections = 0;
    for (Element sibling : parent.children()) {
      if (sibling.normalName().equals(e.normalName()) && sibling.className().equals(e.className())) {
        if (!startsWithHeading(sibling)) {
          return false;
        }
        sections++;
      }
    }
    return sections >= MIN_SECTIONS;
  }

  private static boolean startsWithHeading(Element e) {
    Element first = e.firstElementChild();
    return first != null && first.is(Css.of("h2, h3, h4"));
  }

  /** Characters in paragraphs of at least {@value #MIN_PARAGRAPH_CHARS} chars with few links. */
  private int proseChars(Element root) {
    int n = 0;
    for (Element p : root.select(Css.of("p, pre, blockquote, li"))) {
      int length = stats.text(p);
      // selectFirst matches the element itself: a p always counts; a list item or quote holding p's does not (they do)
      if (length >= MIN_PARAGRAPH_CHARS && (p.normalName().equals("p") || p.selectFirst(Css.of("p")) == null)
          && stats.linkDensity(p) < 0.3 && !isCardText(p)) {
        n += length;
      }
    }
    return n;
  }

  private double prior(Element e) {
    double base;
    switch (e.normalName()) {
      case "div": case "article": case "main": base = 5; break;
      case "pre": case "td": case "blockquote": base = 3; break;
      case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": base = -3; break;
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": base = -5; break;
      default: base = 0;
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) {
      base += 25;
    }
    return base + (weightClasses ? Boilerplate.classWeight(e) : 0);
  }

  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (TextNode t : e.textNodes()) {
      sb.append(t.text());
    }
    return sb.toString().trim();
  }
}
