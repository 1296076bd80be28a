package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Every class/id and text pattern the content stages use, compiled once and kept in one
 * place so the rules can be read and changed together. Class/id patterns are lower case and
 * match {@link #marker} (lower-cased once), which is much faster than case-insensitive matching.
 */
final class Boilerplate {
  /** Class/id words of page furniture: removed before scoring unless {@link #MAYBE} also matches. */
  static final String UNLIKELY_WORDS =
      "-ad-|\\bads?\\b|advert|ad-?slot|adsense|ad-container|banner|breadcrumb|combx|comment|community|"
          + "cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|masthead|modal|"
          + "newsletter|outbrain|overlay|pager|pagination|popup|promo|related|recommend|remark|replies|"
          + "rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|signup|taboola|"
          + "tool-?bar|app-?install|download-?app|read-?next|more-?stories|"
          + "also-?read|trending|most-?popular|author-?bio|bio-?box|nav\\b|navbar|navigation|site-?header|"
          + "next-?prev|prev-?next|disclaimer|disclosure";
  static final ClassPattern UNLIKELY = ClassPattern.compile(UNLIKELY_WORDS);
  /**
   * Reader comments, marked so plainly that every pass removes them: a comment thread is
   * never the article, even when the article itself is short.
   */
  static final ClassPattern COMMENTS = ClassPattern.parts(
      "comments?|comment-?list|comments?-?(?:area|section|wrapper|container|thread)|"
          + "respond|disqus_thread|disqus|reply-?form|user-?comments");
  /**
   * Customer reviews and testimonials on a product page, marked by their own names or by the review
   * widgets shops embed: like comments, they are what buyers say, not what the product is.
   */
  static final ClassPattern REVIEWS = ClassPattern.parts(
      "reviews?|ratings?|testimonials?|yotpo|jdgm|judge-?me|okendo|stamped|trustpilot|bv|bazaarvoice|powerreviews|pr-review");
  /**
   * Class names of an element shown on some screens only ({@code hide-for-mobile}, {@code d-none
   * d-md-block}, {@code d-md-none}, {@code desktop-only}, {@code accordionMobile}): a block in one may
   * be a rendering of another for its screen. Neither rule that reads it takes this alone: the
   * document cleaner wants the same text in the sibling before, the content cleaner a line read
   * before outside it and not in an element of the same classes ("is-size-7-mobile" styles, it hides nothing).
   */
  static final ClassPattern RESPONSIVE = ClassPattern.compile(
      "ssr-variant|\\bhidden-|\\bvisible-|\\bd-(?:sm-|md-|lg-|xl-)?none\\b|hide-on-|show-on-|-only\\b|show-for-|hide-for-|mobile|desktop|tablet");
  /**
   * A poster's details beside each post of a thread (name card, rank, post count, badges, votes)
   * and the signature under it, as forum engines name them (phpBB, vBulletin, XenForo, MyBB, SMF,
   * Invision, Stack Exchange): on a discussion page they repeat around every reply.
   */
  static final ClassPattern POSTER = ClassPattern.parts(
      "signature|postprofile|user-?info|user-?details|user-?extras|user-?stats|user-?title|member-?title|"
          + "author-?(?:info|information|statistics|pane|details)|poster-?info|postbit-?user|votecell|vote-?count|reputation|badges?");
  /**
   * The posts of a thread, as forum engines name them ("ItemComment", "replies", "message"): furniture
   * words to {@link #UNLIKELY}, but on a discussion page they are its content.
   */
  static final ClassPattern THREAD = ClassPattern.compile("comment|repl(?:y|ies)|message|answer");
  /**
   * A question or an answer of a Q&A site (Stack Exchange's "question", "answer js-answer"): the
   * comments under one are remarks on it, not posts of the thread.
   */
  static final ClassPattern QA_POST = ClassPattern.parts("question|answer");
  /** Class/id words of the title of a block of links to other stories ("Related posts", "You may like"). */
  static final ClassPattern RELATED_TITLE = ClassPattern.compile(
      "related|recommend|read-?next|more-?(?:stories|posts|articles)|also-?read|you-?may-?(?:also-?)?like|"
          + "trending|most-?popular");
  /** The words of a related-stories title: "More in Minnesota Wild", "Related articles", "You might also like". */
  static final Pattern RELATED_TITLE_TEXT = Pattern.compile(
      "(?i)(?:more (?:in|from|on|about) .{1,50}|more (?:[\\w'’]+ ){0,3}(?:stories|news|articles|posts)(?: .{1,40})?|related(?: stories| articles| posts| news| coverage| content| reading| products)?"
          + "|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?like|read (?:more|next)|most (?:read|popular|viewed)"
          + "|trending(?: now| stories)?|don't miss|editor's picks|also read"
          // a shop's: "Customers who viewed this item also viewed", "Similar items", "Complete the set"
          + "|(?:customers|people) who (?:viewed|bought) this(?: item| product)? also (?:viewed|bought)|similar (?:items|products)(?: to consider)?"
          // a thread's: "Similar threads", "Suggested topics"
          + "|(?:similar|suggested) (?:threads|topics|questions|discussions|posts)"
          + "|frequently bought together|complete the (?:look|set)|shop the look|recently viewed(?: items| products)?|you (?:may|might) also love)\\s*[:.!…?]?");
  /**
   * A text post quoted by its network's official embed code (X/Twitter, Bluesky, Threads, Mastodon),
   * whose blockquote holds the post's words: a quotation in the story, whatever a theme calls the
   * wrapper around it ("social-media-embed") and however many links it has. Photo and video embeds
   * (Instagram, TikTok) hold a link card ("View this post on Instagram") and are judged as usual.
   */
  static final String EMBEDDED_POST =
      "blockquote.twitter-tweet, blockquote.bluesky-embed, blockquote.text-post-media, blockquote.mastodon-embed";

  /**
   * The embedded posts under {@code root} and every element holding one: however their class reads,
   * neither their names nor their links make them furniture. Found once per cleaning: most pages have none.
   */
  static Set<Element> holdersOfEmbeddedPosts(Element root) {
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element post : root.select(Css.of(EMBEDDED_POST))) {
      for (Element e = post; e != null && holders.add(e); e = e.parent()) {
        // each ancestor once: the walk stops where another post's walk went before
      }
    }
    return holders;
  }
  /** Class/id words that rescue an element from {@link #UNLIKELY}. */
  static final ClassPattern MAYBE = ClassPattern.compile(
      "and|article|body|column|content|main|shadow|story|entry|post-?text|text");
  static final ClassPattern POSITIVE = ClassPattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|paragraph");
  static final ClassPattern NEGATIVE = ClassPattern.compile(
      "-ad-|hidden|\\bhid\\b|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|"
          + "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
          + "\\btags?\\b|tool|widget|byline|author|dateline|caption|credit|newsletter|subscribe|social");
  /** A block of frequently asked questions, by its class/id or its title. */
  static final ClassPattern FAQ = ClassPattern.compile("faq");
  static final Pattern FAQ_TITLE = Pattern.compile("(?i)\\bfaqs?\\b|frequently asked questions|common questions");
  /** One panel of a set of tabs ("tab-pane", "woocommerce-Tabs-panel", "tabs__content", "tabbedWidget"). */
  static final ClassPattern TAB_PANEL = ClassPattern.compile("tab-?pane|tabs?-?panel|tabs?__content|tab-?content|tabbed");
  /** Caption and credit containers outside {@code <figure>}: they belong to images, not text. */
  static final ClassPattern CAPTION = ClassPattern.compile("caption|credit|wp-caption-text|photo-?credit|image-?source");
  /** Whole-block texts (in lower case) that are labels or calls to action, never article prose. */
  static final Pattern LABEL_TEXT = Pattern.compile(
      "^\\s*(?:advertisement|advert|anzeige|publicité|publicidad|pubblicità|sponsored(?: content)?|"
          + "story continues below(?: advertisement)?|article continues below|continue reading(?: below)?|"
          + "share(?: this(?: article| story| post| page| recipe| video| guide)?)?|share on \\w+|tweet|email|print|comments?|pin (?:this|it) for later|"
          + "(?:previous|next|older|newer) (?:post|article|story|entry)|"
          // a retailer's button under a product an article recommends: "Check price on Amazon", "View at Walmart"
          + "(?:view|buy|see|shop|check)(?: (?:the )?price)?(?: it)? (?:on|at) (?:amazon|walmart|target|ebay|best buy)|"
          + "read more|see more|show more|load more|learn more|more|topics|you (?:may|might) (?:also )?like(?:\\.\\.\\.|…)?|popular posts|tags|image|rating|results list|featured products|similar items|explore related items|"
          + "recommended (?:for you|posts)|recently viewed|about the author|(?:table of )?contents|on this page|in this article|"
          + "shop now|sort and filter|sort by|filter by|"
          // a listing's result count and search controls: "Showing 24 of 291 results", "1–24 of 120 products"
          + "(?:showing )?[\\d,]+(?:\\s*[-–]\\s*[\\d,]+)?(?: of [\\d,]+)? (?:results?|products?|items?)|refine (?:your )?results|trending searches|"
          + "type to search(?: products)?|filters?|sort(?: by)?:? best match|see all|jump to|best ?sellers?|"
          // a call to action's button: "Get started", "Book a demo", "Talk to an expert"
          + "get started(?: (?:for free|today|now))?|book (?:now|a (?:demo|call|lesson|consultation))|request (?:a )?(?:demo|quote)|"
          + "talk to (?:an? |our )?(?:experts?|sales|specialist)|contact (?:us|sales)|get in touch|let's (?:talk|connect|chat)|"
          + "start (?:your )?free trial|try (?:it )?(?:for )?free|"
          // a shop's controls and stock labels: "Add to cart", "Compare", "Notify me when back in stock", "Regular price"
          + "(?:add to )?compare|add to (?:cart|bag|basket|wish ?list)|\\+? ?wish ?list|buy (?:it )?now|notify me(?: when (?:it's |back )?(?:available|in stock))?|"
          + "(?:out of|in) stock|sold out|quick (?:view|shop)|view (?:full )?(?:details|product)|select (?:a )?(?:size|colou?r)|size (?:guide|chart)|"
          + "(?:regular |sale |unit |your )?price|qty|quantity|en stock|currently unavailable|payment (?:methods|options|& security|and security)|"
          // a shop's promises and availability: "Free returns", "Free fast delivery", "Financing options", "Discontinued"
          + "free (?:standard |fast |express |next[- ]day )?(?:shipping|delivery|returns)(?: (?:&|and) (?:returns|exchanges))?|"
          + "(?:easy |free )?returns? (?:&|and) exchanges(?: accepted)?(?: within \\d+ days)?|financing(?: options| available)?|no longer available|discontinued|"
          + "ships from:? [\\p{L} ]{2,30}|free (?:standard |express )?(?:shipping|delivery) (?:on orders )?(?:over|above) [$€£]?\\d[\\d,.]*\\+?|"
          // the links of a page's footer, each a line of its own: "Privacy Policy", "Terms of Use", "Cookie Policy"
          + "privacy (?:policy|statement|notice)|terms (?:of (?:use|service)|(?:and|&) conditions)|cookie (?:policy|settings|preferences)|"
          + "legal (?:notice|disclaimers?)|interest-based ads|do not sell(?: or share)? my personal information|accessibility statement|"
          // an invitation to join: "Sign in or join", "Join now for free"
          + "sign in or (?:join|register|create an account)|join (?:now|today)(?: for free)?|register for free|"
          // a poster's details beside a forum post: "Join Date: Aug 2008", "Posts: 116 Threads: 23 Joined: Feb 2019 Reputation: 7"
          + "join(?:ed)? date:? [\\p{L}\\d ,.]{1,20}|(?:(?:posts|threads|joined|reputation|messages|reaction score|points)\\s*:\\s*[\\p{L}\\d,.]+(?: \\d{4})?\\s*){2,}|"
          + "coming soon!?|get notified (?:by email )?when (?:this product|it) is (?:back )?in stock|"
          // engagement counters: "12 likes", "3.4k views", "Replies", "Posts: 201"
          + "(?:[\\d.,]+\\s*[km]?\\s+)?(?:likes?|replies|views|comments|shares|reactions|votes|answers)|posts\\s*:\\s*[\\d.,]+[km]?|"
          // a Q&A site's calls to take part: "Ask question", "See similar questions with these tags."
          + "ask (?:a )?question|start asking to get answers|find the answer to your question by asking|explore related questions|"
          + "see similar questions(?: with these tags)?|"
          // an invitation to the comments below: "Join the conversation...", "Tell us what YOU think...", "Leave a reply"
          + "(?:join the (?:conversation|discussion)|tell us what you think|(?:leave|post|add) a (?:comment|reply))(?:\\.\\.\\.|…)?|"
          + "related(?: articles| stories| news| posts| tags| content| reading| roundup)?|"
          // a way around the page or a carousel: "Back to top", "Return to top of page", "Next page of related products"
          + "(?:back|return|go|scroll) to (?:the )?(?:top|navigation|menu)(?: of (?:the )?page)?|(?:previous|next) page(?: of [\\w ]{1,40})?|"
          + "like this (?:story|article)\\? share it with a friend!?|"
          + "(?:more|other|latest|top) (?:[\\w'’ ]{0,40} )?(?:stories|news|articles|headlines)|"
          + "(?:sign up|subscribe)(?: now| today)?(?: for| to)?[\\w ’']{0,60}|"
          + "tap to install[\\w ]*|install the [\\w ]+ app|get the news faster\\.?|sharing is caring|"
          // a placeholder a script replaces: "Loading…", "Loading prices for your region…"
          + "loading(?:(?: [\\w ]{0,40})?(?:\\.\\.\\.|…))?|"
          // an edit or update label whose date was a widget of its own: "Last edited:"
          + "(?:last )?(?:edited|updated|modified)|"
          + "(?:estimated )?(?:reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)\\s*:?\\s*\\d+\\s*\\p{L}*|"
          + "\\d+\\s*(?:min|mins|minutes?)\\s+read)\\s*[.!:]?\\s*$");

  /**
   * A line pointing to another story, its label then its link (in lower case): "See also: How to …",
   * "Read more: 5 ways …", "Related: …". The link must be most of the line: "Related: the council said …" is prose.
   */
  static final Pattern RELATED_POINTER = Pattern.compile(
      "^\\s*(?:see also|read more|read next|read also|also read|related(?: article| story| post| reading)?|don't miss|don’t miss|must read|more on this)"
          + "\\s*[:»>|–-]\\s*\\S.*");

  /** The words of a button that opens a promo line: "Get it now", "Shop now", "Download the app". */
  static final Pattern CALL_TO_ACTION = Pattern.compile(
      "(?i)(?:get (?:it|yours) now|shop (?:it )?now|buy (?:it )?now|order (?:it )?now|download (?:it |now |the app)|subscribe now|sign up now|join (?:us )?now)\\b");

  /**
   * An invitation to take part, shown to readers who are not signed in ("You must log in to answer
   * this question.", "Sign up to leave a comment"): a notice, and one that some sites set as a heading.
   */
  private static final String INVITATION =
      "^(?=.{0,120}$)(?:you (?:must|need to) (?:log ?in|sign in|be (?:a )?(?:member|registered))"
          + "|(?:create an account|sign up|register|log ?in|sign in)\\b.{0,40}\\b(?:to|in order to) (?:comment|reply|post|answer|leave a comment)"
          + "|already have an account\\b|sign up for a new account\\b).*";
  private static final Pattern INVITATION_TEXT = Pattern.compile(INVITATION);

  /** Legal, affiliate and gallery lines (in lower case) that follow or interrupt articles. */
  static final Pattern NOTICE_TEXT = Pattern.compile(
      "^\\s*(?:copyright\\b|©|\\(c\\)\\s*\\d{4}).*|.*\\ball rights reserved\\b.*"
          // "The contents of this site are ©2019 Capitol Hill Publishing Corp."
          + "|^.{0,100}(?:©|\\(c\\)|\\bcopyright)\\s*\\d{4}\\b.*"
          // the reproduction notice: "This document is subject to copyright. ... no part may be reproduced without the written permission."
          + "|^(?=.{0,400}$).*\\b(?:subject to copyright|no part (?:of (?:this|these) [\\w ]{1,30} )?may be (?:reproduced|copied|republished))\\b.*"
          // a cite-this line: "Citation: Title (2019, November 18) retrieved 20 November 2019 from https://..."
          + "|^(?=.{0,400}$)citation\\s*:.*\\bretrieved\\b.*\\bfrom https?://.*"
          + "|^\\s*(?:affiliate )?disclosure\\s*:.*"
          + "|^\\s*(?:this|our) (?:post|article|page|site|story|guide) (?:may )?contains? affiliate links.*"
          // "Editorial Note: Talk Android may contain affiliate links ...", "We may be compensated when you click on a link ..."
          + "|^(?=.{0,400}$).*\\b(?:may contain affiliate links|we may (?:be compensated|earn (?:a )?(?:small )?commissions?) (?:when|if|from))\\b.*"
          + "|^\\s*(?:image|photo|picture|slide|foto)\\s+\\d+\\s+(?:of|/|von|de|di)\\s+\\d+\\s*$"
          // a gallery counter on its own ("1 of 6"), a note for readers without JavaScript
          + "|^\\s*(?:page\\s+)?\\d+\\s+(?:of|/)\\s+\\d+\\s*$|^.{0,60}\\brequires javascript\\b.{0,40}$|^\\s*please enable javascript\\b.{0,80}$"
          // "The store will not work correctly when cookies are disabled." (Magento), "This site may not work properly without JavaScript"
          + "|^(?=.{0,160}$)(?:the |this )?(?:store|site|website|page|app) (?:will|may|does) not (?:work|function|display) (?:correctly|properly)? ?(?:when|if|without) (?:cookies|javascript)\\b.*"
          // a Click-to-Tweet box repeats a sentence of the article
          + "|.{0,300}\\bclick to tweet\\s*$"
          // "Follow us on Twitter", "Follow The Times on Facebook, Twitter (@NYT) and Instagram."
          + "|^(?=.{0,200}$)(?:never miss an update\\s+)?follow\\b.*\\b(?:facebook|twitter|instagram|linkedin|youtube|tiktok|threads)\\b.*"
          // an author's or the site's closing plug: "Email Tariq Malik at tm@space.com or follow him @tariqjmalik. Follow us on Twitter."
          + "|^(?=.{0,300}$)(?=.*(?:\\bfollow us\\b|\\s@\\w{2,})).*\\bfollow (?:us|him|her|them|me)\\b.{0,40}\\b(?:facebook|twitter|instagram|linkedin|youtube|tiktok|threads|x)\\b.*"
          // a news agency's pointer to its coverage: "Follow AP's full coverage of Brexit at https://apnews.com/Brexit"
          + "|^(?=.{0,200}$)(?:(?:follow|find|read|see|get|for)\\s+)?(?:more\\s+)?(?:[\\w.]+['’]s?\\s+)?(?:full\\s+|complete\\s+|latest\\s+|more\\s+|ongoing\\s+)?"
          + "coverage (?:of|on)\\b.{1,100}?(?:\\s+at|:)?\\s*(?:https?://\\S+|here)\\s*\\.?\\s*$"
          // a magazine's subscription offer: "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99."
          + "|^(?=.{0,250}$).*\\b\\d+ (?:issues|editions) for (?:just |only )?[£$€]\\s?\\d.*"
          // an invitation to the site's chat or broadcast: "Chat with us in Facebook Messenger.", "Listen to Newsbeat live at 12:45 - or listen back here."
          + "|^(?=.{0,200}$)chat with us (?:on|in|via) (?:facebook messenger|messenger|whatsapp|telegram)\\b.*"
          + "|^(?=.{0,160}$)(?:listen|watch)\\b.{0,80}\\b(?:live|back|again)\\b.{0,60}\\bhere\\s*[.!]?\\s*$"
          // a pitch for the site's members or donors: "If you enjoyed this article, ... Join NRPLUS.", "Support Snopes and make a difference ..."
          + "|^(?=.{0,400}$)(?:.{0,200}\\b(?:if you (?:enjoyed|liked|like|enjoy|value|appreciate)|if you(?:'ve|’ve| have) enjoyed)\\b.{0,80}\\b(?:article|story|post|piece|journalism|reporting|interview|podcast|episode)\\b"
          + ".*\\b(?:join|support|subscribe|donate|become an? (?:member|subscriber|patron|supporter)|membership|contribution)\\b.*"
          + "|support [\\w'’. ]{1,40} and make a difference\\b.*"
          + "|this (?:story|article|journalism|reporting|work) (?:is|was) (?:funded|made possible|supported) by (?:readers|members|donors|listeners|supporters) like you\\b.*)"
          // the comments' privacy notice and a push-notification prompt
          + "|^(?=.{0,300}$)by (?:posting|submitting|leaving) a comment,? you (?:consent|agree)\\b.*"
          + "|^(?=.{0,120}$)(?:would you like to|do you want to) (?:receive|get|enable) (?:push |browser )?notifications\\b.*"
          // a newsletter pitch: "Get the latest updates right in your inbox. Subscribe to our newsletters."
          + "|^(?=.{0,200}$)(?:(?:get|sign up|subscribe|join|want|stay|never miss|don't miss|receive)\\b.*\\b(?:newsletters?|inbox)\\b"
          + "|.*\\b(?:subscribe to|sign up for)\\b.*\\bnewsletters?\\b).*"
          // a lead magnet: "The eBook includes our 25 recipes. Enter your email and we'll send it right over!"
          + "|^(?=.{0,200}$)(?=.*\\benter your e-?mail\\b)(?=.*\\b(?:send|sent|get|receive|download|free)\\b).*"
          + "|" + INVITATION
          // the page's own revision note: "This page was last edited on 5 March 2024, at 12:00."
          + "|^(?=.{0,160}$)this (?:page|article|document) was last (?:modified|edited|updated)\\b.*"
          // a post's edit notice: "Last edited by ann on 12. Sep 2024, edited 4 times in total.", "Edited January 29 by ann (see edit history)"
          + "|^(?=.{0,200}$)(?:last edited by\\b.*|edited\\b.*\\((?:see )?edit history\\)\\s*|.*\\bedited \\d+ times? in total\\b.*)"
          // the comments' moderation policy: "Note: we are temporarily moderating all comments submitted ...",
          // "Comentários ... não serão aprovados pelo moderador."
          + "|^(?=.{0,200}$)(?=.*\\b(?:comments?|comentários|comentarios|commentaires|kommentare)\\b)"
          + ".*\\b(?:moderat(?:ed|ing|ion|ors?)|moderador(?:es)?|modérat(?:eur|ion)s?|moderiert)\\b.*"
          // a feedback widget: "Was this page helpful?", "Thank you for your feedback!"
          + "|^(?=.{0,120}$)(?:(?:was|is) this (?:page|article|answer|information|content|review)? ?(?:helpful|useful)\\b"
          + "|did you find this\\b.{0,40}\\b(?:helpful|useful)\\b|thank you for your feedback\\b).*"
          // a shop's banner: "Free shipping on domestic orders $75+"
          + "|^(?=.{0,200}$)free (?:standard |express |ground )?(?:shipping|delivery) on (?:all |domestic |qualifying )?orders\\b.*"
          // a shop's checkout reassurance: "Your payment information is processed securely. We do not store credit card details ..."
          + "|^(?=.{0,200}$)(?:your )?payment (?:information|details) (?:is|are) (?:processed|handled) securely\\b.*"
          // a thread's closing notice: "This topic was automatically closed after 30 days. New replies are no longer allowed."
          + "|^(?=.{0,160}$)(?:this (?:topic|thread|discussion|question) (?:was|has been|is) (?:automatically )?(?:closed|locked|archived)\\b"
          + "|(?:this (?:topic|thread) is )?not open for further replies\\b).*"
          // a form's status message, shown once it is sent
          + "|^\\s*(?:thank you!? your submission has been received!?|oops!? something went wrong while submitting the form\\.?)\\s*$");
  /**
   * A word every {@link #NOTICE_TEXT} line holds but the gallery counters ("3 of 12": short, with
   * digits). The notice patterns scan a line several times, so a line is tried against them only
   * when it holds one of these (a plain substring search) or may be a counter: most lines are prose.
   */
  private static final String[] NOTICE_WORDS = {
      "copyright", "©", "(c)", "rights reserved", "may be reproduced", "may be copied", "may be republished", "retrieved", "disclosure", "affiliate", "javascript", "click to tweet", "follow", "coverage", "issues for", "editions for", "chat with us", "listen", "watch", "if you enjoy", "if you like", "if you value", "if you appreciate", "'ve enjoyed", "’ve enjoyed", "have enjoyed", "make a difference",
      "like you", "a comment", "notifications", "compensated", "commission", "not work", "not function", "not display",
      "newsletter", "inbox", "account", "log in", "login", "sign in", "sign up", "member", "register", "submission", "submitting",
      "was last", "helpful", "useful", "feedback", "shipping on", "delivery on", "enter your e", "securely", "this topic", "this thread",
      "this discussion", "this question", "further replies", "edited", "moderat", "moderador", "modérat", "moderier"};
  private static final int COUNTER_MAX_CHARS = 40;
  /**
   * A product card's badge or review count, in lower case: "Sale", "New arrival", "Low stock",
   * "-20%", "(24)". Never a heading's text: a changelog's "New" heads its section.
   */
  private static final Pattern BADGE_TEXT = Pattern.compile(
      "\\s*(?:(?:on )?sale|new(?: arrivals?)?|low stock|limited edition|top rated|-\\d{1,2} ?%|\\d{1,2} ?% off|\\(\\d[\\d,]*\\))\\s*[!:]?\\s*");
  private static final int BADGE_MAX_CHARS = 20;
  private static final Pattern TEMPLATE_EXPRESSION = Pattern.compile("\\{\\{[^{}]*\\}\\}");
  /** A shortcode with attributes, alone or wrapping a button's words: "[convertkit form=1630175]". An INI section ("[core]") has none. */
  private static final Pattern SHORTCODE = Pattern.compile("(?i)\\[([a-z][\\w-]*)(?:\\s+[\\w-]+\\s*=[^\\]]*)+\\](?:[^\\[]{0,200}\\[/\\1\\])?\\s*");
  private static final int PLACEHOLDER_LABEL_WORDS = 3;
  private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * A client-side template's placeholder left unrendered ({@code {{price.total}}}), alone or after
   * a short label ("Original Price: {{...}}"): the page's script fills it in; or a CMS shortcode
   * its plugin did not render ({@code [button link="…"]Send us your review[/button]}).
   */
  static boolean isTemplatePlaceholder(String text) {
    if (text.startsWith("[") && SHORTCODE.matcher(text).matches()) {
      return true;
    }
    if (!text.contains("{{")) {
      return false;
    }
    String rest = TEMPLATE_EXPRESSION.matcher(text).replaceAll(" ");
    return !rest.contains("{{") && Texts.words(rest) <= PLACEHOLDER_LABEL_WORDS;
  }

  /** A UUID standing alone: the obfuscation some shops sprinkle between letters, hidden by their CSS. */
  static boolean isIdentifier(String text) {
    return UUID.matcher(text).matches();
  }

  /**
   * Typesetters' dummy text ("Lorem ipsum dolor sit amet, ...") left in a template: never what a
   * page says. Read from the element's first text, so long paragraphs cost nothing.
   */
  static boolean isDummyText(Element e) {
    for (TextNode t : e.textNodes()) {
      if (!t.isBlank()) {
        return t.text().stripLeading().regionMatches(true, 0, "lorem ipsum", 0, 11);
      }
    }
    return false;
  }

  static boolean isNotice(String lowerCaseText) {
    if (!containsAny(lowerCaseText, NOTICE_WORDS) && (lowerCaseText.length() > COUNTER_MAX_CHARS || !hasDigit(lowerCaseText))) {
      return false;
    }
    return NOTICE_TEXT.matcher(lowerCaseText).matches();
  }

  /** Whether a line (in lower case) invites readers to sign in or up to take part: a notice, whatever element holds it. */
  static boolean isInvitation(String lowerCaseText) {
    return INVITATION_TEXT.matcher(lowerCaseText).matches();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String text, String[] words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The closing author bio: "Jane Doe is a freelance writer and researcher based in ...". */
  static final Pattern AUTHOR_BIO = Pattern.compile(
      "^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}\\s+(?:is|was)\\s+(?:a|an|the)\\s+[^.]{0,80}?"
          + "\\b(?:writer|editor|journalist|reporter|author|researcher|contributor|columnist|correspondent|"
          + "blogger|freelancer|content creator|strategist)\\b.*");

  /** Closing credit and contact lines of wire and staff stories. */
  static final Pattern CLOSING_CREDIT = Pattern.compile(
      "(?i)^\\s*\\(?\\s*(?:additional |further )?(?:reporting|writing|editing|compiled|research|contributing)"
          + "(?: and (?:writing|editing|reporting))?\\s+by\\b.*"
          + "|.*\\bcontributed (?:reporting|research|to (?:this|the) (?:report|story|article))\\b.*"
          + "|.*\\b(?:may|can) be reached at\\b.*|^\\s*(?:have a tip|got a tip|contact the (?:author|reporter))\\b.*");

  private Boilerplate() {}

  /** Whether a line (in lower case) is a product card's badge or review count ({@link #BADGE_TEXT}). */
  static boolean isBadge(String lowerCaseText) {
    return lowerCaseText.length() <= BADGE_MAX_CHARS && BADGE_TEXT.matcher(lowerCaseText).matches();
  }

  /** A short all-capitals line such as "JUST WATCHED" or "DON'T MISS": a widget label. */
  static boolean isShoutedLabel(String text) {
    if (text.length() > 40 || Texts.words(text) > 4) {
      return false;
    }
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isUpperCase(c);
    }
    return letters;
  }

  /** The element's class names and id in lower case, as the class-name rules read them. */
  static String marker(Element e) {
    return (semanticClasses(e) + " " + e.id()).toLowerCase(Locale.ROOT);
  }

  /**
   * Class names that can say what an element is. Utility classes with variants or arbitrary
   * values ({@code md:mb-xs}, {@code [&_figcaption]:text-sm}) only style it, and their text
   * would match rules by accident ("caption", "header"), so they are left out.
   */
  static String semanticClasses(Element e) {
    String classes = e.className();
    if (classes.indexOf(':') < 0 && classes.indexOf('[') < 0) {
      return classes;
    }
    StringBuilder out = new StringBuilder(classes.length());
    int i = 0;
    while (i < classes.length()) {
      while (i < classes.length() && Character.isWhitespace(classes.charAt(i))) {
        i++;
      }
      int start = i;
      boolean utility = false;
      while (i < classes.length() && !Character.isWhitespace(classes.charAt(i))) {
        char c = classes.charAt(i++);
        utility |= c == ':' || c == '[';
      }
      if (i > start && !utility) {
        out.append(out.length() == 0 ? "" : " ").append(classes, start, i);
      }
    }
    return out.toString();
  }

  /** Readability's class weight: +25 for content-like names, -25 for furniture-like names. */
  static int classWeight(Element e) {
    int weight = 0;
    for (String value : new String[] {semanticClasses(e), e.id()}) {
      if (value.isEmpty()) {
        continue;
      }
      value = value.toLowerCase(Locale.ROOT);
      if (NEGATIVE.find(value)) {
        weight -= 25;
      }
      if (POSITIVE.find(value)) {
        weight += 25;
      }
    }
    return weight;
  }
}
