package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import dev.scoop.extract.Folding;
import dev.scoop.extract.Trees;
import dev.scoop.extract.Urls;
import dev.scoop.extract.dates.DateParser;
import dev.scoop.extract.metadata.Bylines;
import dev.scoop.extract.metadata.Markers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Fourth stage: cleans inside the chosen content. Drops link lists and link-dense short
 * blocks (related stories, "More ... stories" tails), label and call-to-action lines, the
 * headline, dek, byline and dateline (they are metadata), and turns captions that sit
 * outside {@code <figure>} into figures so that they leave the text but stay with images.
 */
final class ContentCleaner {
  private static final Pattern DATELINE_START = Pattern.compile(
      "(?i)^\\s*(?:posted|published|updated|last updated|modified|on|von|le|el|il)\\b");
  private static final int DATELINE_MAX_CHARS = 100;
  private static final int DEK_MAX_WORDS = 80;
  /** A sentence or two: what a subheading heads, where a label heads links or nothing. */
  private static final int SUBHEADED_PROSE_CHARS = 100;
  private static final String EMPTY_REMOVABLE = "div, section, ul, ol, dl, table, p, h2, h3, h4, h5, h6, li, header";
  private static final int SHORT_TEXT_CHARS = 600;
  /** More than this share of an element's text in links makes it a list of links. */
  private static final double LINK_DENSE = 0.5;
  private static final double INDEX_MIN_SHARE = 0.5;
  /** Shorter lines may repeat on purpose (a refrain, "Read more", an attribution): only longer ones are copies. */
  static final int REPEAT_MIN_CHARS = 40;
  private static final int REPEAT_ANYWHERE_MIN_CHARS = 100;
  private static final int REPEATED_RUN_MIN_BLOCKS = 4;
  private static final int MIN_COUNTER_RUN = 3;
  private static final Pattern POST_NUMBER = Pattern.compile("#\\d+");
  /** Captions are a sentence or two; a long "caption" element is a wrapper with a misleading name. */
  private static final int CAPTION_MAX_CHARS = 500;
  /**
   * A paragraph the writer set as a break between sections: "___" between the updates of a news
   * agency's running story, "* * *" in an essay. Part of the text as written, unlike a stray glyph.
   */
  private static final Pattern SECTION_BREAK = Pattern.compile("_{3,}|-{3,}|\\*(?:\\s*\\*){2,}|~{3,}|#(?:\\s*#){2,}|⁂");
  private static final int EDGE_TAIL_WORDS = 6;
  private static final int EDGE_HEAD_WORDS = 4;
  private static final int CALL_TO_ACTION_WORDS = 10;
  /** What a missing title or dek folds to: equal to no folded text. */
  private static final String NO_TEXT = "\u0000";
  private static final int BARE_BYLINE_WORDS = 12;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;。！？\"”’»)]\\s*$");

  private ContentCleaner() {}

  /**
   * Cleans {@code content} in place; {@code title} and {@code dek} may be null. On a page that lists
   * things ({@code listing}, see {@link ContentExtractor}) or whose content is mostly lists of links
   * (an index), repeated items keep their links, so do the headlines and excerpts inside them, and
   * their short titles at the body's edges are not stray lines.
   */
  static void clean(Element content, String title, String dek, boolean conditionally, boolean listing, ClassWords words) {
    removeAnchorGlyphs(content);
    resolveUrls(content);
    normaliseCaptions(content, listing);
    TextStats stats = new TextStats(content);
    listing = listing || isLinkIndex(content, stats);
    String foldedTitle = title == null ? NO_TEXT : Folding.fold(title);
    String foldedDek = dek == null ? NO_TEXT : Folding.fold(dek);
    Set<Element> verbatim = Trees.insidePre(content);
    ListedItems items = new ListedItems();
    Set<Element> quoting = Boilerplate.holdersOfEmbeddedPosts(content);
    // a text post quoted by its embed code is spared too: its links are its words
    Predicate<Element> quotes = e -> quoting.contains(e) || e.closest(Css.of(Boilerplate.EMBEDDED_POST)) != null;
    Predicate<Element> spared = listing ? quotes.or(e -> items.isListed(e) || items.holdsTeaserText(e)) : quotes;
    List<Element> candidates = content.select(Css.of("div, section, ul, ol, dl, dd, table, p, h1, h2, h3, h4, h5, h6, li, span, small, a, time, header"));
    boolean h1sTitleItems = candidates.stream().filter(e -> e.nameIs("h1")).count() >= ListedItems.MIN_ITEMS;
    for (Element e : reversed(candidates)) {
      if (e.parent() != null && !verbatim.contains(e) && (e.nameIs("h1") ? isHeadline(e, h1sTitleItems, foldedTitle)
          : isBoilerplate(e, stats, foldedTitle, foldedDek, conditionally, spared))) {
        Element parent = e.parent();
        remove(e, stats, items);
        if (e.nameIs("dd") && parent.nameIs("dl") && parent.selectFirst(Css.of("dd")) == null) {
          remove(parent, stats, items); // its terms labelled what went: "Status" without "Not open for further replies."
        }
      }
    }
    for (Element quote : QuotedCopies.find(content)) {
      remove(quote, stats, items);
    }
    List<Element> blocks = leafBlocks(content);
    removeCounters(blocks, stats);
    removeRepeatedBlocks(blocks, words);
    blocks.removeIf(b -> b.parent() == null);
    trimEdges(blocks, listing ? items : null);
    removeEdgeRules(content);
  }

  private static void remove(Element e, TextStats stats, ListedItems items) {
    Element parent = e.parent();
    stats.remove(e);
    items.removed(e, parent);
  }

  /**
   * Content more than half of which is lists of links (top-level lists of at least
   * {@value ListedItems#MIN_ITEMS} items, mostly links) is an index, such as an encyclopedia's "List
   * of ..." page or a sitemap-like hub, whatever the page declares itself: its lists are the content.
   * Around an article, link lists are a minority of the root and go as usual.
   */
  private static boolean isLinkIndex(Element content, TextStats stats) {
    int inLists = 0;
    for (Element list : content.select(Css.of("ul, ol"))) {
      if (list.childrenSize() >= ListedItems.MIN_ITEMS && stats.linkDensity(list) > LINK_DENSE
          && (list.parent() == null || list.parent().closest(Css.of("ul, ol")) == null)) {
        inLists += stats.text(list);
      }
    }
    return inLists > INDEX_MIN_SHARE * stats.text(content);
  }

  /** Thematic breaks before the first text or picture, or after the last, separate nothing. */
  private static void removeEdgeRules(Element content) {
    if (content.selectFirst(Css.of("hr")) == null) {
      return;
    }
    List<Node> marks = new ArrayList<>();
    content.traverse((NodeVisitor) (node, depth) -> {
      if (node instanceof TextNode t && !t.isBlank() || node instanceof Element e && e.is(Css.of("hr, img, picture, video, iframe"))) {
        marks.add(node);
      }
    });
    for (int i = 0; i < marks.size() && marks.get(i) instanceof Element e && e.nameIs("hr"); i++) {
      e.remove();
    }
    for (int i = marks.size() - 1; i >= 0 && marks.get(i) instanceof Element e && e.nameIs("hr") && e.parent() != null; i--) {
      e.remove();
    }
  }

  /**
   * Lines that only count, "1", "2", "3" and on, one after another ({@value #MIN_COUNTER_RUN} or
   * more), are a carousel's or a pager's buttons: the page's controls, not its text. A ranked list
   * numbers items between other lines, and an ordered list's numbers are not text at all.
   */
  private static void removeCounters(List<Element> blocks, TextStats stats) {
    int i = 0;
    while (i < blocks.size()) {
      int run = 0;
      while (i + run < blocks.size() && isNumber(blocks.get(i + run), run + 1, stats)) {
        run++;
      }
      if (run >= MIN_COUNTER_RUN) {
        for (int k = i; k < i + run; k++) {
          blocks.get(k).remove();
        }
      }
      i += Math.max(run, 1);
    }
  }

  private static boolean isNumber(Element block, int n, TextStats stats) {
    String number = Integer.toString(n);
    return block.parent() != null && stats.text(block) == number.length() && block.text().trim().equals(number);
  }

  /**
   * A block that repeats the one before it word for word is a second rendering of it (a
   * teaser's title for desktop and for mobile, a carousel's clone): read once. Short lines may
   * repeat on purpose (a refrain), so only lines of {@value #REPEAT_MIN_CHARS} characters or more go.
   * Further apart, a paragraph of {@value #REPEAT_ANYWHERE_MIN_CHARS} characters or more goes when it
   * repeats within a run of at least {@value #REPEATED_RUN_MIN_BLOCKS} blocks that all repeat, in
   * order, blocks read before: a whole section rendered again for another screen size or tab. A
   * paragraph repeated on its own is left alone (a meal plan's days share dishes), unless the copy
   * lies in an element shown on some screen sizes only (the mobile rendering of a description). A quote of a
   * line read before, outside quotes, is a reply's copy of the post it answers (or a pull quote's
   * of its paragraph): the copy goes, and with it a quote left holding only its attribution ("Ann said:").
   * (A quote that repeats only lines read before went already, whole: {@link QuotedCopies}; this
   * takes the repeated paragraphs of a quote that also holds lines of its own.)
   */
  private static void removeRepeatedBlocks(List<Element> blocks, ClassWords words) {
    List<String> texts = new ArrayList<>(blocks.size());
    for (Element block : blocks) {
      texts.add(block.text().trim());
    }
    Map<String, Integer> firstBlocks = new HashMap<>();
    Map<String, Element> readUnquoted = new HashMap<>();
    Set<Element> quotes = new LinkedHashSet<>();
    int previous = -1;
    for (int i = 0; i < blocks.size(); i++) {
      String text = texts.get(i);
      Element block = blocks.get(i);
      if (text.length() < REPEAT_MIN_CHARS) {
        previous = i; // short lines may repeat on purpose
        continue;
      }
      Integer first = firstBlocks.putIfAbsent(text, i);
      Element quote = block.closest(Css.of("blockquote"));
      Element quoted = quote == null ? null : readUnquoted.get(text);
      if (quote == null) {
        readUnquoted.putIfAbsent(text, block);
      }
      // the same text in a wrapper around the quote is the quote itself, not a post it repeats
      boolean quotesEarlier = quoted != null && isApart(quoted, quote);
      boolean repeatsPrevious = previous >= 0 && text.equals(texts.get(previous)) && isApart(block, blocks.get(previous));
      boolean copy = first != null && (quote == null && text.length() >= REPEAT_ANYWHERE_MIN_CHARS && isSectionCopy(blocks, texts, first, i)
          || isScreenCopy(blocks.get(first), block, words));
      if (repeatsPrevious || quotesEarlier || copy) {
        block.remove();
        if (quotesEarlier) {
          quotes.add(quote);
        }
      } else {
        previous = i;
      }
    }
    // a quote left with its attribution only ("Jane said:") goes with it
    for (Element quote : quotes) {
      if (quote.text().length() < REPEAT_MIN_CHARS) {
        quote.remove();
      }
    }
  }

  /**
   * Whether block {@code copy}, the same paragraph as block {@code first}, lies in a second rendering
   * of its section: under another parent, in a run of repeated blocks (asked of unquoted blocks only).
   */
  private static boolean isSectionCopy(List<Element> blocks, List<String> texts, int first, int copy) {
    Element block = blocks.get(copy);
    return block.parent() != blocks.get(first).parent() && repeatedRun(texts, first, copy) >= REPEATED_RUN_MIN_BLOCKS
        && isApart(block, blocks.get(first));
  }

  /**
   * Whether {@code copy}, the same text as {@code first}, lies in an element shown on some screens
   * only ({@link Boilerplate#RESPONSIVE}) that {@code first} is not in: the same block rendered
   * again for another screen. When {@code first} lies in an element of the same classes, the two
   * are items of one kind (two events in one city, their "is-size-7-mobile" subtitles alike), not renderings.
   */
  private static boolean isScreenCopy(Element first, Element copy, ClassWords words) {
    for (Element e = copy; e != null; e = e.parent()) {
      if (e.hasAttr("class") && words.has(e.className(), ClassWords.RESPONSIVE)) {
        return !Trees.isInside(first, e) && !isInElementOfClasses(first, e.className());
      }
    }
    return false;
  }

  /** Whether {@code e}, or an element around it, has exactly these classes. */
  private static boolean isInElementOfClasses(Element e, String classes) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a.className().equals(classes)) {
        return true;
      }
    }
    return false;
  }

  /** How many blocks around {@code copy} repeat, in order, those around {@code first} (both included). */
  private static int repeatedRun(List<String> texts, int first, int copy) {
    int before = 0;
    while (first - before > 0 && texts.get(first - before - 1).equals(texts.get(copy - before - 1))) {
      before++;
    }
    int after = 0;
    while (first + after + 1 < copy - before && copy + after + 1 < texts.size()
        && texts.get(first + after + 1).equals(texts.get(copy + after + 1))) {
      after++;
    }
    return before + 1 + after;
  }

  private static boolean isApart(Element a, Element b) {
    return !Trees.isInside(a, b) && !Trees.isInside(b, a);
  }

  /**
   * Removes, at the start and the end of the body, short lines that are not sentences: stray
   * names, "Updated", section labels and tails such as "Topics" or "Related Roundup: ...";
   * and at the end, the author's bio line. Inside the body such lines are kept (they may be
   * subheadings). {@code listed} knows a listing's items (whose short titles stay), null on a page that lists nothing.
   */
  private static void trimEdges(List<Element> blocks, ListedItems listed) {
    int last = blocks.size() - 1;
    while (last >= 0 && (isStrayLine(blocks.get(last), EDGE_TAIL_WORDS, listed) || isAuthorBio(blocks.get(last)) || isCallToAction(blocks.get(last)))) {
      blocks.get(last--).remove();
    }
    for (int i = 0; i < blocks.size() && blocks.get(i).parent() != null && !blocks.get(i).is(Css.of("h2, h3, h4, h5, h6"))
        && (isStrayLine(blocks.get(i), EDGE_HEAD_WORDS, listed) || isBareByline(blocks.get(i))); i++) {
      blocks.get(i).remove();
    }
  }

  /**
   * A closing promo that opens with its button's words: "Get it Now Pinch of Yum Cookbook", "Shop
   * now The Summer Sale", "Download the app". Only ever taken from the end.
   */
  private static boolean isCallToAction(Element block) {
    String text = block.text().trim();
    return Texts.words(text) <= CALL_TO_ACTION_WORDS && !SENTENCE_END.matcher(text).find() && Boilerplate.CALL_TO_ACTION.matcher(text).lookingAt();
  }

  /**
   * A closing line about the author ("Jane Doe is a freelance writer ..."), or the story's
   * credits and contacts ("(Reporting by ...; Editing by ...)", "... may be reached at ...").
   */
  private static boolean isAuthorBio(Element block) {
    String text = block.text().trim();
    return text.length() <= 400
        && (Boilerplate.AUTHOR_BIO.matcher(text).matches() || Boilerplate.CLOSING_CREDIT.matcher(text).matches());
  }

  /**
   * A byline without "By", as agencies print it above the story: "Tom Krisher, AP Auto
   * Writer", "Meg Kinnard and Errin Haines, Associated Press". Only ever taken from the top.
   */
  private static boolean isBareByline(Element block) {
    String text = block.text().trim();
    return Texts.words(text) <= BARE_BYLINE_WORDS && !SENTENCE_END.matcher(text).find()
        && block.closest(Css.of("li, figure, blockquote, table")) == null && !Bylines.parse(text).isEmpty()
        && text.matches("(?s).*(?:,|\\band\\b|&).*");
  }

  private static boolean isStrayLine(Element block, int maxWords, ListedItems listed) {
    if (block.selectFirst(Css.of("img, picture, figure, video")) != null || block.closest(Css.of("li, figure, blockquote, table, pre")) != null
        || listed != null && listed.isInsideItem(block)) {
      return false;
    }
    String text = block.text().trim();
    return Texts.words(text) <= maxWords && !SENTENCE_END.matcher(text).find();
  }

  /** Whether a block element lies inside {@code e} (jsoup's select would also match {@code e} itself). */
  private static boolean hasBlockInside(Element e) {
    for (Element child : e.children()) {
      if (child.is(Css.of("p, div, li, h2, h3, h4, h5, h6, ul, ol, table")) || hasBlockInside(child)) {
        return true;
      }
    }
    return false;
  }

  /** Elements holding text directly, in reading order: the lines of the body. */
  private static List<Element> leafBlocks(Element content) {
    List<Element> out = new ArrayList<>();
    for (Element e : content.select(Css.of("p, h2, h3, h4, h5, h6, li, div, span, a, time"))) {
      if (e.hasText() && (e.is(Css.of("p, h2, h3, h4, h5, h6, li")) || !hasBlockInside(e))
          && (e.parent() == null || e.parent().closest(Css.of("p, h2, h3, h4, h5, h6, li")) == null)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Whether an h1 is the page's headline, which metadata holds: the only one, whatever its wording.
   * Of {@value ListedItems#MIN_ITEMS} or more, as HTML5 lets every section and card have its own,
   * only one repeating the title is; the others title the content's items ("Building brains for bulldozers").
   */
  private static boolean isHeadline(Element h1, boolean h1sTitleItems, String foldedTitle) {
    return !h1sTitleItems || Folding.fold(h1.text()).equals(foldedTitle);
  }

  /**
   * Whether {@code e} goes. When cleaning {@code conditionally}, link lists go too, except those
   * {@code spared} keeps (embedded posts, a listing's items and teasers); that is asked last, being the dearest question.
   */
  private static boolean isBoilerplate(Element e, TextStats stats, String foldedTitle, String foldedDek, boolean conditionally,
                                       Predicate<Element> spared) {
    int length = stats.text(e);
    if (length == 0) {
      // An empty inline element may be the only space between two words: leave it.
      return e.is(Css.of(EMPTY_REMOVABLE)) && e.selectFirst(Css.of("img, picture, video, figure, br, hr")) == null;
    }
    if (!isStandalone(e)) {
      return false;
    }
    if (e.nameIs("dd")) {
      // a description list's values (sizes, codes, names) are no labels; a status notice may stand there
      return length <= SHORT_TEXT_CHARS && Boilerplate.isNotice(e.text().trim().toLowerCase(Locale.ROOT));
    }
    if (e.nameIs("small")) {
      // fine print holds a post's meta line; its other lines (a date beside a name, a footnote mark) are judged with their block
      return length <= PostMetaLines.MAX_CHARS && isPostMetaLine(e, e.text().trim());
    }
    if (e.is(Css.of("p, div, li")) && Boilerplate.isDummyText(e)) {
      return true;
    }
    // Only short elements can be labels, notices, bylines, datelines or a repeated headline.
    String text = length <= SHORT_TEXT_CHARS ? e.text().trim() : null;
    if (text != null && isShortBoilerplate(e, text, foldedTitle, foldedDek)) {
      return true;
    }
    return conditionally && isLinkList(e, stats, text) && !spared.test(e);
  }

  /** A list or block made mostly of links, or a short line that is one. {@code text} is null when long. */
  private static boolean isLinkList(Element e, TextStats stats, String text) {
    double links = stats.linkDensity(e);
    if (e.is(Css.of("ul, ol, dl, div, section, table"))) {
      return links > LINK_DENSE || links > 0.2 && Boilerplate.classWeight(e) < 0;
    }
    if (e.is(Css.of("p, h2, h3, h4, h5, h6, li"))) {
      // a table cell's paragraph is a value (a linked name), judged with its table
      return links > LINK_DENSE && text != null && Texts.words(text) < 30 && e.closest(Css.of("td, th")) == null;
    }
    return false;
  }

  /**
   * Removes a heading's permalink ("¶", "#"), a footnote's way back ("↩") and a thread post's
   * number ("#12"): links within the page made of a glyph or a number sign. Done before links
   * are made absolute, while the href still says so.
   */
  private static void removeAnchorGlyphs(Element content) {
    for (Element a : content.select(Css.of("a[href^=#]"))) {
      String text = a.text().trim();
      if ((!Texts.hasWord(text) || POST_NUMBER.matcher(text).matches()) && a.selectFirst(Css.of("img, picture, svg")) == null) {
        a.remove();
      }
    }
  }

  /**
   * Whether the element is a line of its own. The rules judge lines: an inline element inside a
   * sentence ("the journal <span>JAMA</span> Psychiatry") is part of that sentence.
   */
  private static boolean isStandalone(Element e) {
    return !e.is(Css.of("span, small, a, time")) || e.parent() == null || e.parent().closest(Css.of("p, li, h1, h2, h3, h4, h5, h6, td, blockquote")) == null;
  }

  private static boolean isShortBoilerplate(Element e, String text, String foldedTitle, String foldedDek) {
    if (!Texts.hasWord(text)) {
      return e.selectFirst(Css.of("img, picture, video, figure")) == null && !(e.nameIs("p") && SECTION_BREAK.matcher(text).matches());
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (Boilerplate.LABEL_TEXT.matcher(withoutParentheses(lower)).matches()
        || e.is(Css.of("p, div, span, li"))
            && (Boilerplate.isNotice(lower) || Boilerplate.isBadge(lower) || Boilerplate.isShoutedLabel(text) && !headsProse(e)
                || Boilerplate.isTemplatePlaceholder(text))
        // other notices name subjects a heading may hold ("Copyright"); an invitation to sign in is one wherever it stands
        || e.is(Css.of("h2, h3, h4, h5, h6")) && Boilerplate.isInvitation(lower)) {
      return true;
    }
    if (repeatsHeadline(e, text, foldedTitle, foldedDek) || Boilerplate.isIdentifier(text)
        || e.is(Css.of("p, div, li")) && Boilerplate.RELATED_POINTER.matcher(lower).matches() && Texts.linkDensity(e) > LINK_DENSE) {
      return true;
    }
    if (e.is(Css.of("p, div, span")) && text.length() <= CAPTION_MAX_CHARS && Figures.endsWithPhotoCredit(text)
        && e.closest(Css.of("figure")) == null) {
      return true; // a photo's caption left in the text without its figure: "... (AP Photo/Jane Doe)"
    }
    return text.length() <= 150 && Bylines.looksLikeByline(text) && !e.is(Css.of("div, section")) || isDateline(e, text)
        || isPostMetaLine(e, text);
  }

  /** A post's meta line ({@link PostMetaLines}) outside a quotation. */
  private static boolean isPostMetaLine(Element e, String text) {
    return PostMetaLines.isMetaLine(text) && e.closest(Css.of("blockquote")) == null;
  }

  /**
   * Whether a paragraph of prose follows {@code e}: then a short line in capitals is a subheading
   * ("US FALLS", "WHO IS THE FRONT-RUNNER?": wire stories set theirs so), where a widget's label
   * ("JUST WATCHED") stands over links or nothing.
   */
  private static boolean headsProse(Element e) {
    Element next = e.nextElementSibling();
    return next != null && next.nameIs("p") && next.text().length() >= SUBHEADED_PROSE_CHARS && Texts.linkDensity(next) <= LINK_DENSE;
  }

  /** "(Advertisement)" reads as its label. */
  private static String withoutParentheses(String text) {
    int start = text.startsWith("(") ? 1 : 0;
    int end = text.endsWith(")") && text.length() > start ? text.length() - 1 : text.length();
    return text.substring(start, end);
  }

  /**
   * The headline or dek shown again above the body. Both are short: a long match is the body
   * itself. A plain paragraph that equals the description is the lead (sites often reuse their
   * first paragraph as the description), so a dek must be a heading or be marked as one.
   */
  private static boolean repeatsHeadline(Element e, String text, String foldedTitle, String foldedDek) {
    if (!e.is(Css.of("h2, h3, h4, h5, h6, p, div, header")) || Texts.words(text) > DEK_MAX_WORDS) {
      return false;
    }
    String folded = Folding.fold(text);
    boolean repeats = folded.equals(foldedTitle)
        || folded.equals(foldedDek) && (e.is(Css.of("h2, h3, h4, h5, h6")) || Markers.DEK.matcher(Boilerplate.marker(e)).find());
    return repeats && e.select(Css.of("p")).size() <= 1;
  }

  private static boolean isDateline(Element e, String text) {
    // A quoted post (an embedded tweet) ends with its own date: that is quotation, not dateline.
    if (text.length() > DATELINE_MAX_CHARS || e.closest(Css.of("blockquote")) != null) {
      return false;
    }
    Optional<DateParser.Found> date = DateParser.find(text);
    if (date.isEmpty()) {
      // "Updated Nov 19, 6:55 AM; Posted Nov 18" names no year, but says what it is.
      return DATELINE_START.matcher(text).find() && Texts.CLOCK_TIME.matcher(text).find() && Texts.words(text) <= 12;
    }
    // Besides the date, at most a weekday and a word such as "at": "Monday, 22 January 2018 at 0:13".
    return e.is(Css.of("time")) || DATELINE_START.matcher(text).find()
        || Markers.DATE.matcher(Boilerplate.marker(e)).find()
        || Texts.words(text) <= 6 || Texts.wordsBesideDate(date.get().rest()) <= 2;
  }

  /**
   * Points every image's src at its real, absolute URL (lazy loading hides it elsewhere), and
   * every link at its absolute URL, once, for all the renderings.
   */
  private static void resolveUrls(Element content) {
    for (Element img : content.select(Css.of("img"))) {
      String url = Figures.imageUrl(img);
      if (url == null) {
        img.remove();
      } else {
        img.attr("src", url);
      }
    }
    for (Element a : content.select(Css.of("a[href]"))) {
      a.attr("href", Urls.absolute(a, "href"));
    }
  }

  /**
   * Gives captions outside figures a figure of their own. On a {@code listing}, an element named
   * "caption" that holds a heading is a card's body (Bootstrap's thumbnail idiom: picture, then a
   * "caption" with the item's title, summary and price) and stays text; beside an article, a
   * titled caption is a video's.
   */
  private static void normaliseCaptions(Element content, boolean listing) {
    ItalicCaptions.mark(content);
    for (Element caption : content.select(Css.of("[class], [id]"))) {
      if (!Boilerplate.CAPTION.find(Boilerplate.marker(caption)) || caption.closest(Css.of("figure")) != null
          || caption.text().length() > CAPTION_MAX_CHARS || listing && caption.selectFirst(Css.of("h1, h2, h3, h4, h5, h6")) != null) {
        continue;
      }
      if (caption.selectFirst(Css.of("img, picture")) != null) {
        // the image with its caption ("credit-image-wrap", "wf_caption"): a figure of its own, whatever stands beside it,
        // captioned by its last part that shows text and no image
        caption.tagName("figure");
        Element text = caption.children().last();
        if (text != null && text.hasText() && text.selectFirst(Css.of("img, picture")) == null) {
          text.tagName("figcaption");
        }
        continue;
      }
      Element holder = caption.parent();
      if (holder != null && holder != content && holder.selectFirst(Css.of("img")) != null
          && holder.select(Css.of("p")).size() <= 2 && holder.closest(Css.of("figure")) == null) {
        holder.tagName("figure");
        caption.tagName("figcaption");
      } else if (caption.parent() != null) {
        caption.remove();
      }
    }
  }

  private static List<Element> reversed(List<Element> elements) {
    List<Element> copy = new ArrayList<>(elements);
    Collections.reverse(copy);
    return copy;
  }
}
