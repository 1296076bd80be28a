package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import dev.scoop.extract.Trees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * First stage: removes what can never be article content, so that scoring sees only
 * candidate prose. Scripts and widgets, hidden elements, semantic page furniture (nav,
 * aside, footer, ARIA landmarks other than main) and elements whose class or id names
 * furniture ({@link Boilerplate#UNLIKELY}) unless they look like content containers.
 */
final class DocumentCleaner {
  private static final String NEVER_CONTENT =
      "script, style, template, svg, canvas, iframe, object, embed, button, input, select, "
          + "textarea, link, meta, dialog, nav, aside, footer, menu, "
          + "[role~=(?i)^(navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar)$], "
          + "[aria-modal=true]";
  /** Utility classes that hide an element on every screen (Bootstrap, Foundation, Tailwind, Bulma). */
  private static final String HIDING_CLASSES = ".hide, .hidden, .d-none, .is-hidden, .invisible";
  private static final String HIDDEN = "[hidden], [aria-hidden=true], [style], " + HIDING_CLASSES;
  /** A class that shows the element again on some screens ("d-md-block", "md:flex", "visible-lg"). */
  private static final Pattern SHOWN_ON_SOME_SCREENS = Pattern.compile("(?i):|-(?:block|flex|inline|grid|table|visible|show)\\b|^visible|^show");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private static final int NOSCRIPT_CONTENT_CHARS = 200;
  private static final int DECORATIVE_MAX_WORDS = 3;
  /** A sentence, not a label: a paragraph this long inside a class-hidden element is prose a click reveals. */
  private static final int REVEALED_PROSE_MIN_WORDS = 10;
  private static final int POSTER_DETAIL_MAX_CHARS = 500;
  private static final int HEADER_PROSE_CHARS = 1000;
  private static final int MIN_TEASERS = 2;
  private static final int RELATED_TITLE_MAX_CHARS = 60;
  private static final int TITLE_LINE_MAX_CHILDREN = 2;
  private static final int HEADLINE_MAX_CHARS = 150;
  /** Past this link density a block is links (a menu, a list of teasers), not text: a hidden menu stays hidden. */
  private static final double MOSTLY_LINKS = 0.5;
  /** How deep a carousel's items may sit in lone wrappers (each level reads every child's subtree). */
  private static final int TEASER_WRAPPER_LEVELS = 8;
  /** How deep inside a hidden wrapper its collapsed panel may be (a transition's wrapper or two). */
  private static final int PANEL_WRAPPER_LEVELS = 2;
  /** Shorter repeated texts ("Read more") are not copies of a block. */
  private static final int RESPONSIVE_COPY_MIN_CHARS = 100;
  /** Words beside the tag links in a tag list: its label ("Tags", "Filed under"). */
  private static final int TAG_LABEL_WORDS = 3;

  private DocumentCleaner() {}

  static void clean(Document doc, Pass pass, PageFacts page, ClassWords words) {
    Element body = doc.body();
    if (body == null) {
      return;
    }
    removeHtmlComments(body);
    StreamedSegments.reveal(body);
    unwrapContentNoscript(body);
    Set<String> toggled = new HashSet<>();
    // the page's main elements, looked up once rather than searched for inside every furniture element
    List<Element> mains = body.select(Css.of("main, [role=main], [itemprop=articleBody]"));
    for (Element e : body.select(Css.of(NEVER_CONTENT))) {
      if (e.parent() == null) {
        continue;
      }
      // a disclosure button says which hidden panel it opens: read before it goes
      addToggledPanelIds(e, toggled);
      // Unclosed markup can nest the whole page inside an aside or nav: that is a wrapper, not furniture.
      if (e.is(Css.of("nav, aside, footer, menu, [role]")) && holdsAny(e, mains)) {
        e.unwrap();
      } else {
        e.remove();
      }
    }
    removeMediaFallbacks(body);
    removeHidden(body, toggled);
    removeResponsiveCopies(body, words);
    // A page header (logo, menu, search) is short or made of links; a "header" full of prose
    // is a section that some site builders name that way. Off articles, a header inside main, a
    // section or an article introduces that part (a landing page's section heading and intro, a
    // card's title and summary), as HTML means it.
    for (Element header : body.select(Css.of("header"))) {
      if (header.parent() != null && header.selectFirst(Css.of("h1")) == null
          && (page.article() || header.parent().closest(Css.of("main, section, article")) == null)
          && (header.text().length() < HEADER_PROSE_CHARS || Texts.linkDensity(header) > MOSTLY_LINKS)) {
        header.remove();
      }
    }
    removeForms(body);
    removeFurniture(body, pass, page, words);
  }

  /** Whether {@code e} is one of {@code elements} or holds one of them (removed ones, detached, hold nothing). */
  private static boolean holdsAny(Element e, List<Element> elements) {
    for (Element x : elements) {
      if (x == e || Trees.isInside(x, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes search boxes, sign-up and login forms. A form with several paragraphs is content, and so
   * is one holding most of the page: some frameworks (ASP.NET Web Forms) wrap the whole page in one.
   */
  private static void removeForms(Element body) {
    int pageText = -1;
    for (Element form : body.select(Css.of("form"))) {
      if (form.parent() == null) {
        continue;
      }
      if (pageText < 0) {
        pageText = body.text().length();
      }
      if (form.select(Css.of("p")).size() >= 3 || holdsMostOf(form.text().length(), pageText)) {
        form.unwrap();
      } else {
        form.remove();
      }
    }
  }

  /**
   * Removes hidden elements, except one that holds most of the page's text, or more text than
   * the whole visible page, and is not mostly links (some frameworks send their content hidden
   * and a script reveals it; React's streamed segments are put in place before, by
   * {@link StreamedSegments}), and collapsed panels of accordions and tabs: that is content, not
   * furniture. Hidden menus are links and stay out, however big.
   */
  private static void removeHidden(Element body, Set<String> toggled) {
    List<Element> hidden = new ArrayList<>();
    Set<Element> byClass = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : body.select(Css.of(HIDDEN))) {
      boolean byAttribute = e.hasAttr("hidden") || isDecorative(e) || HIDDEN_STYLE.matcher(e.attr("style")).find();
      boolean classHidden = !byAttribute && isHiddenByClass(e);
      if ((byAttribute || classHidden) && (hidden.isEmpty() || !Trees.isInside(e, hidden.get(hidden.size() - 1)))) {
        hidden.add(e); // outermost only: elements come in document order, so a nested one follows its container
        if (classHidden) {
          byClass.add(e);
        }
      }
    }
    if (hidden.isEmpty()) {
      return;
    }
    int pageText = body.text().length();
    int[] hiddenText = new int[hidden.size()];
    int visibleText = pageText;
    for (int i = 0; i < hiddenText.length; i++) {
      hiddenText[i] = hidden.get(i).text().length();
      visibleText -= hiddenText[i];
    }
    for (int i = 0; i < hiddenText.length; i++) {
      Element e = hidden.get(i);
      int text = hiddenText[i];
      // a hidden list of links is a menu, however much of the page it holds; what a class hides was
      // judged by its prose (isHiddenByClass), and a big block of it is a data dump
      if ((holdsMostOf(text, pageText) || text > visibleText) && Texts.linkDensity(e) < MOSTLY_LINKS && !byClass.contains(e) || isCollapsedPanel(e, toggled)) {
        e.removeAttr("hidden").removeAttr("aria-hidden");
      } else {
        e.remove();
      }
    }
  }

  /** The ids of the panels a disclosure button shows and hides ({@code aria-expanded}, {@code aria-controls}). */
  private static void addToggledPanelIds(Element button, Set<String> ids) {
    if (button.hasAttr("aria-expanded") && button.hasAttr("aria-controls")) {
      for (String id : button.attr("aria-controls").trim().split("\\s+")) {
        if (!id.isEmpty()) {
          ids.add(id);
        }
      }
    }
  }

  /**
   * A hiding utility class hides the element everywhere unless another of its classes shows it on
   * some screens ({@code d-none d-md-block}): those are responsive variants, judged elsewhere.
   * Scripts toggle these classes too: hidden paragraphs are a collapsed "read more" panel or text
   * a script moves into view, and stay; hidden menus, flyouts, search boxes and data dumps go.
   */
  private static boolean isHiddenByClass(Element e) {
    if (!e.is(Css.of(HIDING_CLASSES))) {
      return false;
    }
    for (String c : e.classNames()) {
      if (SHOWN_ON_SOME_SCREENS.matcher(c).find()) {
        return false;
      }
    }
    for (Element p : e.select(Css.of("p"))) {
      if (Texts.words(p.text()) >= REVEALED_PROSE_MIN_WORDS) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code aria-hidden} hides an element from screen readers only: sighted readers still see it.
   * Short such elements are icons, glyphs and separators; longer ones are visible text (a teaser's
   * summary linked a second time, a product grid) and are judged like any other element.
   */
  private static boolean isDecorative(Element e) {
    return "true".equals(e.attr("aria-hidden")) && Texts.words(e.text()) <= DECORATIVE_MAX_WORDS;
  }

  /**
   * Site builders render one block once per screen size and let CSS show one of them
   * ({@code ssr-variant hidden-...}, {@code d-none d-md-block}, {@code mobile-only}): copies with
   * the same text side by side. The first copy stays; the others would repeat the content.
   */
  private static void removeResponsiveCopies(Element body, ClassWords words) {
    for (Element variant : body.select(Css.of("[class]"))) {
      if (variant.parent() == null || !words.has(variant.className(), ClassWords.RESPONSIVE)) {
        continue;
      }
      Element previous = variant.previousElementSibling();
      if (previous == null || !words.has(previous.className(), ClassWords.RESPONSIVE)) {
        continue;
      }
      String text = variant.text();
      if (text.length() >= RESPONSIVE_COPY_MIN_CHARS && text.equals(previous.text())) {
        variant.remove();
      }
    }
  }

  /**
   * A collapsed accordion or an inactive tab (the WAI-ARIA patterns: a tab panel, a region
   * labelled by its header, or the panel a disclosure button toggles, {@code aria-expanded} and
   * {@code aria-controls}) is content the reader opens with a click, not page furniture; a toggled
   * menu is links, and stays out. The element hidden may be the panel or a wrapper around it alone
   * (the collapse transition's, as component libraries build it).
   */
  private static boolean isCollapsedPanel(Element e, Set<String> toggled) {
    Element panel = e;
    for (int level = 0; level <= PANEL_WRAPPER_LEVELS; level++) {
      String role = panel.attr("role");
      if (role.equalsIgnoreCase("tabpanel") || role.equalsIgnoreCase("region") && panel.hasAttr("aria-labelledby")
          || toggled.contains(panel.id()) && Texts.linkDensity(panel) < MOSTLY_LINKS) {
        return true;
      }
      if (panel.childrenSize() != 1) {
        return false;
      }
      panel = panel.child(0);
    }
    return false;
  }

  /**
   * {@code <noscript>} usually holds "enable JavaScript" notes or image fallbacks, but some
   * platforms (forums, single-page apps) serve their whole readable content there. Content the
   * page also shows outside it (a script-free copy of the article beside the scripted one) is
   * read once: the copy goes.
   */
  private static void unwrapContentNoscript(Element body) {
    String pageText = null;
    for (Element noscript : body.select(Css.of("noscript"))) {
      String text = noscript.text();
      if (text.length() >= NOSCRIPT_CONTENT_CHARS && noscript.selectFirst(Css.of("p, article, div, li, h1, h2")) != null) {
        if (pageText == null) {
          pageText = body.text();
        }
        String opening = text.substring(0, NOSCRIPT_CONTENT_CHARS);
        if (pageText.indexOf(opening) != pageText.lastIndexOf(opening)) {
          noscript.remove();
          pageText = null; // a second copy in another noscript is then the only one left: read it
        } else {
          noscript.unwrap();
        }
      } else {
        noscript.remove();
      }
    }
  }

  /**
   * Removes reader comments (every pass, except on discussion pages), customer reviews on product pages, posters'
   * cards and signatures on discussion pages and, in a strict pass, everything whose class or id names page
   * furniture, unless it also names content; never an element that holds the headline or article.
   */
  private static void removeFurniture(Element body, Pass pass, PageFacts page, ClassWords words) {
    removeTitledTeaserBlocks(body);
    removeTitledLinkLists(body);
    removeTagLists(body);
    Set<Element> code = Trees.insidePre(body);
    // a page that marks where its content is needs no guess at wrappers
    int pageText = page.marksContent() ? -1 : body.text().length();
    Set<Element> quoting = Boilerplate.holdersOfEmbeddedPosts(body);
    for (Element e : body.select(Css.of("[class], [id]"))) {
      if (e.parent() == null || code.contains(e) || e.is(Css.of("body, article, main, a, table, tbody, tr, td, th, pre, code, figure"))) {
        continue;
      }
      String marker = Boilerplate.marker(e);
      if ((isFurniture(marker, words, pass, page, quoting.contains(e)) || isPosterDetail(e, marker, words, page) || isRemarkOnQaPost(e, marker, words, page))
          && e.selectFirst(Css.of("h1, article, main, [itemprop=articleBody]")) == null) {
        if (!isLayoutWrapper(e, marker, words, pageText)) {
          e.remove();
        }
      }
    }
  }

  /**
   * A block that opens with a heading marked or worded as a related-stories title ("More in
   * Sports", "You may also like"), and then holds only teasers (stories or list items with
   * links), is a block of links to other stories, even when the theme gives the block itself a
   * content-like class ("post", "entry"). A heading alone in its own wrapper (a title bar) opens
   * the block around that wrapper. Every pass.
   */
  private static void removeTitledTeaserBlocks(Element body) {
    for (Element heading : body.select(Css.of("h2, h3, h4, h5"))) {
      if (heading.parent() == null
          || !Boilerplate.RELATED_TITLE.find(Boilerplate.marker(heading))
              && !Boilerplate.RELATED_TITLE_TEXT.matcher(heading.text().trim()).matches()) {
        continue;
      }
      Element title = heading;
      while (title.parent() != body && title.parent().childrenSize() == 1) {
        title = title.parent();
      }
      Element block = title.parent();
      if (block == body || title.elementSiblingIndex() != 0 || block.selectFirst(Css.of("h1, main, [itemprop=articleBody]")) != null) {
        continue;
      }
      if (isTeaserList(block, title)) {
        block.remove();
      }
    }
  }

  /**
   * A list right after a short line worded as a related-stories title ("More Great WIRED Stories",
   * "Related:", "Read more"), every item of which holds a link and most are as short as a
   * headline, is a list of other stories, even in the middle of the article's own paragraphs (a
   * list of described resources, its items longer, stays). Every pass.
   */
  private static void removeTitledLinkLists(Element body) {
    for (Element list : body.select(Css.of("ul, ol"))) {
      Element title = list.previousElementSibling();
      // a title is a line: an element of at most a wrapper or two (whose text is cheap to read), not a section
      String titleText = title == null || title.childrenSize() > TITLE_LINE_MAX_CHILDREN ? "" : title.text().trim();
      if (list.parent() == null || titleText.isEmpty() || titleText.length() > RELATED_TITLE_MAX_CHARS
          || !Boilerplate.RELATED_TITLE_TEXT.matcher(titleText).matches()) {
        continue;
      }
      List<Element> items = list.children();
      long headlines = items.stream().filter(li -> li.text().length() <= HEADLINE_MAX_CHARS).count();
      if (items.size() >= MIN_TEASERS && items.stream().allMatch(li -> li.selectFirst(Css.of("a[href]")) != null)
          && headlines * 2 > items.size()) {
        title.remove();
        list.remove();
      }
    }
  }

  /**
   * Links marked {@code rel=tag} are a post's tags (the rel-tag microformat WordPress and many
   * blog engines use); their list, with its label ("Tags", "Tagged:"), is not prose.
   */
  private static void removeTagLists(Element body) {
    for (Element tag : body.select(Css.of("a[rel~=(?i)^tag$]"))) {
      Element list = tag.parent();
      if (list == null || list == body) {
        continue;
      }
      int linkWords = 0;
      for (Element a : list.select(Css.of("a"))) {
        linkWords += Texts.words(a.text());
      }
      if (Texts.words(list.text()) - linkWords <= TAG_LABEL_WORDS) {
        list.remove();
      }
    }
  }

  /**
   * Whether everything after the title is teasers, at least two of them: {@code <article>}s, or parts
   * with links. A card whose only links were hidden or in its header and footer (removed before) is
   * still an article.
   */
  private static boolean isTeaserList(Element block, Element title) {
    int teasers = 0;
    for (Element child : block.children()) {
      if (child == title || !shows(child)) {
        continue;
      }
      if (child.selectFirst(Css.of("a[href], article")) == null) {
        return false;
      }
      teasers += teasersIn(child);
    }
    return teasers >= MIN_TEASERS;
  }

  /**
   * How many teasers a block's part holds: a list's items, the linked items or articles of a lone
   * wrapper (a carousel's track), or else one.
   */
  private static int teasersIn(Element part) {
    List<Element> items = shownChildren(part);
    for (int level = 0; level < TEASER_WRAPPER_LEVELS && items.size() == 1; level++) {
      part = items.get(0);
      items = shownChildren(part);
    }
    if (part.is(Css.of("ul, ol"))) {
      return items.size();
    }
    int linked = 0;
    for (Element item : items) {
      if (item.selectFirst(Css.of("a[href], article")) != null) {
        linked++;
      }
    }
    return linked == items.size() ? Math.max(1, linked) : 1;
  }

  /** The children that show something: text or a picture (a carousel's emptied button bar does not). */
  private static List<Element> shownChildren(Element e) {
    List<Element> shown = new ArrayList<>();
    for (Element child : e.children()) {
      if (shows(child)) {
        shown.add(child);
      }
    }
    return shown;
  }

  private static boolean shows(Element e) {
    return e.hasText() || e.selectFirst(Css.of("img")) != null;
  }

  /**
   * A poster's card or signature in a thread. Both are short: a long element so named is a layout
   * wrapper ("postprofile_container" around the whole thread).
   */
  private static boolean isPosterDetail(Element e, String marker, ClassWords words, PageFacts page) {
    return page.discussion() && words.has(marker, ClassWords.POSTER) && e.text().length() <= POSTER_DETAIL_MAX_CHARS;
  }

  /**
   * An element named as page furniture ("sidebar-container", "headerWrapper") that holds more than
   * half of the text of a page marking no article or main element, and is not mostly links, is the
   * layout around the content, not furniture. Comments and reviews may outweigh the page's own
   * text: never exempt.
   */
  private static boolean isLayoutWrapper(Element e, String marker, ClassWords words, int pageText) {
    return pageText > 0 && !words.has(marker, ClassWords.COMMENT) && !words.has(marker, ClassWords.REVIEW)
        && holdsMostOf(e.text().length(), pageText) && Texts.linkDensity(e) < MOSTLY_LINKS;
  }

  /**
   * Whether an element of {@code text} characters holds more than half of the page's: then it wraps
   * the page's content, however it is named (a form, a "sidebar-container") or hidden.
   */
  private static boolean holdsMostOf(int text, int pageText) {
    return text * 2 > pageText;
  }

  /** Comments (off discussions) and a product's reviews always; in a strict pass, what its name calls furniture unless it quotes a post. */
  private static boolean isFurniture(String marker, ClassWords words, Pass pass, PageFacts page, boolean quotesAPost) {
    boolean comments = words.has(marker, ClassWords.COMMENT);
    if (comments && !page.discussion() || page.product() && words.has(marker, ClassWords.REVIEW)) {
      return true;
    }
    return pass.stripUnlikely && !comments && words.has(marker, ClassWords.UNLIKELY) && !words.has(marker, ClassWords.MAYBE)
        && !(page.discussion() && words.has(marker, ClassWords.THREAD)) && !quotesAPost;
  }

  /**
   * On a Q&A page, the comments under a question or an answer are remarks on it ("Does not work in
   * Windows 10. Commented Nov 24, 2018"), not the thread's posts, which the answers are.
   */
  private static boolean isRemarkOnQaPost(Element e, String marker, ClassWords words, PageFacts page) {
    if (!page.discussion() || !words.has(marker, ClassWords.COMMENT)) {
      return false;
    }
    for (Element p = e.parent(); p != null && !p.nameIs("body"); p = p.parent()) {
      if (words.has(Boilerplate.marker(p), ClassWords.QA_POST)) {
        return p.selectFirst(Css.of("h1")) == null; // a post, not a page wrapper named after questions
      }
    }
    return false;
  }

  /**
   * What a {@code <video>} or {@code <audio>} holds besides its sources is shown only by browsers
   * that cannot play it ("Your browser does not support the video tag."): not content.
   */
  private static void removeMediaFallbacks(Element body) {
    for (Element media : body.select(Css.of("video, audio"))) {
      List<Node> fallback = new ArrayList<>();
      for (Node child : media.childNodes()) {
        if (!(child instanceof Element e && e.is(Css.of("source, track")))) {
          fallback.add(child);
        }
      }
      fallback.forEach(Node::remove);
    }
  }

  private static void removeHtmlComments(Element root) {
    List<Node> comments = new ArrayList<>();
    root.forEachNode(node -> {
      if (node instanceof Comment) {
        comments.add(node);
      }
    });
    comments.forEach(Node::remove);
  }
}
