package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each family of boilerplate, placed next to a short article: the article's three paragraphs
 * must come out whole, the boilerplate not at all.
 */
class BoilerplateFamiliesTest {
  private static final String P1 = "The city council voted on Tuesday to expand the bike lane network, adding forty kilometres of protected lanes over three years.";
  private static final String P2 = "Supporters said the plan would make cycling safer for children and older residents, while critics worried about parking.";
  private static final String P3 = "Construction is expected to begin in the spring, with the first corridors opening before the end of the year.";
  private final ArticleExtractor extractor = new ArticleExtractor();

  private String extractWith(String before, String inside, String after) {
    String html = "<html><head><title>Council expands bike lanes</title></head><body>" + before
        + "<article><h1>Council expands bike lanes</h1><p>" + P1 + "</p>" + inside + "<p>" + P2 + "</p><p>" + P3 + "</p></article>"
        + after + "</body></html>";
    return extractor.extract(html, "https://news.example/bike-lanes").text();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "navigation|<nav><ul><li><a href=/>Home</a></li><li><a href=/politics>Politics council news</a></li></ul></nav>||Politics council news",
      "menu by class|<div class='main-menu'><a href=/a>Sections and more sections</a></div>||Sections and more sections",
      "breadcrumbs|<div class=breadcrumb><a href=/>Home</a> › <a href=/city>City Hall reporting</a></div>||City Hall reporting",
      "share bar||<div class='share-tools'><a href=/s>Share on Facebook</a> <a href=/t>Share on Twitter</a></div>|Share on Facebook",
      "advertisement label|<div class=ad-slot><span>Advertisement</span></div>||Advertisement",
      "newsletter promo||<div class=newsletter-signup><p>Sign up for our morning newsletter to get the day's news.</p></div>|morning newsletter",
      "app install promo||<div class=app-install><p>Get the news faster. Tap to install our app.</p></div>|Tap to install",
      "cookie banner|<div id=cookie-consent><p>We use cookies to improve your experience on this site.</p></div>||We use cookies",
      "related stories||<aside><h3>Related</h3><ul><li><a href=/x>Mayor announces new budget plan for the city</a></li></ul></aside>|Mayor announces",
      "related teasers titled in a post-classed block||<div class='post hentry'><h3 class=relatedposts-title>You may like</h3><div class='post hentry'><p><a href=/h>The harbour festival returns next summer with more boats, music and food stalls than ever before …</a></p></div><div class='post hentry'><p><a href=/l>The new central library opens in May after three years of building work and a long delay …</a></p></div></div>|harbour festival",
      "teasers in a carousel track under a title bar||<div><div class=title-bar><h3>Similar items</h3></div><div class=track><div><div class=card><a href=/h>The harbour festival returns next summer with more boats, music and food stalls than ever before.</a></div><div class=card><a href=/l>The new central library opens in May after three years of building work and a long delay.</a></div></div></div></div>|harbour festival",
      "teasers under a heading worded as related (More in ...)||<div><h3>More in City Hall</h3><div><p><a href=/h>The harbour festival returns next summer with more boats, music and food stalls than ever before.</a></p></div><div><p><a href=/l>The new central library opens in May after three years of building work and a long delay.</a></p></div></div>|harbour festival",
      "tag links (rel=tag) with their label||<strong>Tags<br><a rel=tag href=/t/a>transport policy</a>, <a rel=tag href=/t/b>cycling</a></strong>|transport policy",
      "dateline of a weekday and a date in words||<p>segunda-feira, 22 de janeiro de 2018 às 0:13</p>|janeiro",
      "dateline with the year first and dots||<p>입력 2024.06.21 08:17</p>|2024.06.21",
      "newsletter pitch as a plain paragraph||<p>Get the latest updates right in your inbox. Subscribe to City Paper's newsletters.</p>|right in your inbox",
      "click-to-tweet box||<div class=tweetbox><p>Protected lanes make cycling safer for everyone.Click To Tweet</p></div>|Click To Tweet",
      "gallery counter and a JavaScript note||<p>1 of 6</p><p>This slideshow requires JavaScript.</p>|slideshow",
      "a notice that the site needs cookies or JavaScript||<p>The store will not work correctly when cookies are disabled.</p><p>This site may not work properly without JavaScript enabled.</p>|not work",
      "a news agency's pointer to its coverage||<p>Follow AP's full coverage of city transport at https://apnews.com/hub/transport</p><p>More coverage of the council: <a href=/council>here</a>.</p>|coverage",
      "a magazine's subscription offer||<p>Get City Cycling Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.</p>|issues",
      "invitations to the site's chat and broadcast||<p>Chat with us in Facebook Messenger. Find out what's happening as it unfolds.</p><p>Listen to City Radio live at 12:45 weekdays - or listen back here.</p>|live",
      "a pitch for members and donors||<p>If you enjoyed this article, we have a proposition for you: Join CityPlus. Members get every story without a paywall.</p><p>Support City Paper and make a difference for readers everywhere.</p>|proposition",
      "pointers to other stories, each a list of its own||<ul><li><strong>See also:</strong> <a href=/x>How the city built its first protected lane in ten weeks</a></li></ul><ul><li>Read more: <a href=/y>Five new routes to try this weekend with the family</a></li></ul><ul><li>Related: <a href=/z>Why cargo bikes are taking over the school run</a></li></ul>|routes",
      "a donor pitch after an interview and a funding line||<p>Interviews are expensive to produce. If you've enjoyed this interview, please support us by donating a small amount.</p><p>This story is funded by readers like you.</p>|donating",
      "an affiliate note and a compensation notice||<p>Editorial Note: City Paper may contain affiliate links on some articles.</p><p>We may be compensated when you click on a link from one of our partners.</p>|affiliate",
      "the comments' privacy notice and a notification prompt||<p>By posting a comment, you consent to have your information used in accordance with our privacy policy.</p><p>Would you like to receive notifications about new posts?</p>|notifications",
      "a pager and related labels||<p>Page 1 of 8</p><h3>Popular posts</h3><h3>You might like</h3>|Popular",
      "social follow line||<p>Follow City Paper on Facebook, Twitter (@citypaper) and Instagram.</p>|Instagram",
      "you may also like label||<p>You may also like...</p>|may also like",
      "call-to-action and section labels||<p>Learn more</p><p>Table of contents</p><p>Recommended for you</p>|Learn more",
      "a shop's payment-security notice and its label||<h3>Payment methods</h3><p>Your payment information is processed securely. We do not store credit card details nor have access to your credit card information.</p>|processed securely",
      "a shop's payment-security label||<h3>Payment &amp; Security</h3>|Payment & Security",
      "a Q&A site's calls to take part||<h2>You must log in to answer this question.</h2><div><p>Start asking to get answers</p><p>Find the answer to your question by asking.</p><a href=/ask>Ask question</a><p>Explore related questions</p><p>See similar questions with these tags.</p></div>|Start asking",
      "engagement counters||<div><span>12 likes</span></div><div>3.4k views</div><div>Replies</div><div>Posts: 201</div>|views",
      "loading placeholder||<p>Loading prices for your region…</p>|Loading",
      "typesetters' dummy text||<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>|Lorem",
      "unrendered template placeholders||<div>{{price.total}}</div><div>Original Price: {{price.original}}</div>|price",
      "copyright notice inside a sentence||<p>The contents of this site are ©2019 City Paper Publishing Corp.</p>|contents of this site",
      "previous and next post links||<div class='grid-container next-prev'><div><a href=/p><h5>Tram line gets new stops in the north</h5></a><p>The city adds four stops to the busiest line.</p></div><div><a href=/n><h5>Harbour festival returns</h5></a></div></div>|Tram line",
      "read next list||<div class=read-next><ul><li><a href=/y>Bridge repairs delayed until autumn again</a></li><li><a href=/z>Tram line gets new stops</a></li></ul></div>|Bridge repairs",
      "tag cloud||<div class=tags><a href=/t/bikes>bikes</a> <a href=/t/council>council</a> <a href=/t/transport>transport</a></div>|transport",
      "a disclaimer block||<div class=post-disclaimer><p>The views expressed by the authors of this blog are their own and not those of the council.</p></div>|views expressed",
      "a block of disclosures||<section id=disclosures><p>All investing is subject to risk, including the possible loss of the money you invest.</p></section>|subject to risk",
      "author bio box||<div class=author-bio><p>Jane Doe covers city hall and has written about transport policy for ten years.</p></div>|covers city hall",
      "comments||<section id=comments><div class=comment><p>Great news for cyclists, finally the council is doing something about it!</p></div></section>|Great news for cyclists",
      "footer||<footer><p>Copyright 2024 City Paper. All rights reserved. About us, contact, privacy.</p></footer>|All rights reserved",
      "more stories tail|<p>(<a href=/tag/city>More city stories.</a>)</p>||More city stories",
      "byline and dateline|<p>By Jane Doe, Staff Writer</p><p>Posted Jun 21, 2024 8:17 AM CDT</p>||Jane Doe",
      "agency byline without By|<p>Meg Kinnard and Errin Haines, Associated Press</p>||Kinnard",
      "dateline without a year|<p>Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM</p>||Posted",
      "reading time and sharing labels|<p>Reading time: 4 minutes</p><p>Sharing is caring!</p>||Reading time",
      "caption line left without its figure||<p>In this Dec. 12, 2006, file photo, cyclists ride along Main Street. (NASA via AP, File)</p>|file photo",
      "caption and credit|<figure><img src=/a.jpg><figcaption>Cyclists ride along Main Street on Monday. (AP Photo/John Roe)</figcaption></figure>||Cyclists ride",
      "a video's fallback text||<video controls><source src=/v.mp4 type=video/mp4>Your browser does not support the video tag.</video>|does not support",
      "an edit label and its date||<div class=message-lastEdit>Last edited: <time datetime=2022-07-09T15:36:37-0700>Jul 9, 2022</time></div>|Last edited",
      "an invitation to sign in and take part||<p>Create an account or sign in to comment</p><p>You need to be a member in order to leave a comment</p><p>Already have an account? Sign in here.</p>|account",
      "a revision note and a feedback widget||<p>This page was last modified on Dec 5, 2025 by MDN contributors.</p><p>Was this page helpful?</p><p>Thank you for your feedback!</p>|helpful",
      "a shop's shipping banner||<div class=announcement><p>Free shipping on domestic orders $75+</p></div>|Free shipping",
      "a shop's controls and stock labels||<div><span>Sold out</span></div><div>Regular price</div><button>Add to cart</button><div><span>Compare</span></div><div><a href=/w>+ Wishlist</a></div><div>Notify me when back in stock</div><div><a href=/q>View full details</a></div>|stock",
      "a shop's promises and availability labels||<div><span>Free returns</span></div><div>Free fast delivery</div><div>Free shipping &amp; returns</div><div>Returns &amp; exchanges accepted</div><div>Financing options</div><div>Discontinued</div><div>Coming soon!</div><div>Get notified by email when this product is back in stock</div>|Financing",
      "a listing's result count and search controls||<div>Showing 24 of 291 results</div><div>1–24 of 120 products</div><p>Refine your results</p><p>Trending searches</p><div>Type to search products</div>|results",
      "share and pin prompts, post navigation and a retailer's button||<p>Share this recipe</p><p>Pin this for later!</p><div>Previous Post</div><div><a href=/n>Next article</a></div><p><a href=https://amazon.example/x>Check price on Amazon</a></p><p><a href=https://amazon.example/y>See price at Amazon</a></p>|Amazon",
      "a listing's and a shop's section labels||<h3>Featured products</h3><h3>Similar items</h3><div>Results list</div><div>Tags</div><div>Image</div><div>Rating</div><div>Your price:</div><div>En stock</div>|Featured",
      "a page's footer links, each a line||<div><a href=/p>Privacy Policy</a></div><div><a href=/t>Terms of Use</a></div><div><a href=/c>Cookie Policy</a></div><div>Legal Disclaimers</div><div>Do Not Sell My Personal Information</div>|Policy",
      "invitations to join, as plain lines||<p>Sign in or join</p><div><span>Join now for free</span></div><p>Register for free</p>|join",
      "a poster's details||<div>Join Date: Aug 2008</div><div>Posts: 116 Threads: 23 Joined: Feb 2019 Reputation: 7</div>|Join",
      "a shop's shipping terms||<div>Ships from: Israel</div><div>FREE SHIPPING over $100</div><div>Returns &amp; exchanges accepted within 30 days</div>"
          + "<div>Free standard shipping on orders $50+ and free 60-day returns for members. Return policy exclusions apply.</div>|ship",
      "a way around the page or a carousel||<p><a href=#top>Back to top</a></p><div>Return to top of page</div><button>Previous page</button><div>Next page of related products</div>|page",
      "a listing's filter, sort and jump labels||<div>Filters</div><div>Sort: Best Match</div><div><a href=/all>See all</a></div><p>Jump to</p><div>Best Seller</div><div>Contents</div><div>Loading</div><h3>Recommended posts</h3>|Best Seller",
      "call-to-action buttons||<div><a href=/start>Get started for free</a></div><p>Book a demo</p><div>Talk to an expert</div><div>Contact sales</div><div>Start your free trial</div>|demo",
      "related products under their title||<div><h3>Related products</h3><div><a href=/p/1>Walnut desk shelf, oiled finish, two sizes to choose from</a></div><div><a href=/p/2>Monitor arm for standing desks with cable tray</a></div></div>|Walnut",
      "a shop's related products||<div><h3>Customers who viewed this item also viewed</h3><div><a href=/p/1>Walnut desk shelf, oiled finish, two sizes to choose from</a></div><div><a href=/p/2>Monitor arm for standing desks with cable tray</a></div></div>|Walnut",
      "a product card's badges||<div><span>Sale</span></div><div>New arrival</div><div>Low stock</div><div>-20%</div><div><a href=/p><span class=sr-only>On sale:</span></a></div><div>Limited edition</div><div><span>(24)</span></div>|Low stock",
      "a post's edit notices||<div class=notice>Last edited by ann on 12. Sep 2024, 11:14, edited 4 times in total.</div><div><span>Edited January 29 by bob (see edit history)</span></div>|Last edited",
      "a thread's closing notices||<p>This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.</p><div class=blockStatus><div>Not open for further replies.</div></div>|replies",
      "a thread's status in a description list (XenForo)||<dl class=blockStatus><dt>Status</dt><dd>Not open for further replies.</dd></dl>|Status",
      "a post's meta line in fine print||<small><b>05/10/2018</b> - Publicado por: Clarissa Borba - Categoria: <a href=/c>Saúde</a> - Tags: <a href=/t>sad</a> <a href=/u>veiculo</a></small>|Clarissa",
      "a post's meta line||<p>2024-03-12 - By Jane Doe - Section: City Hall - Tags: cycling, bike lanes, parking</p>|Jane Doe",
      "a reproduction notice and a cite-this line||<p>Citation: Council expands bike lanes (2019, November 18) retrieved 20 November 2019 from https://news.example/bike-lanes</p><div>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.</div>|etrieved",
      "a reproduction notice alone||<p>No part of this article may be reproduced without the publisher's permission.</p>|reproduced",
      "a related list between the article's paragraphs, under a title line||<div class=heading-h3>More Great City Paper Stories</div><ul><li>Tram drivers must unionize, <a href=/y>no matter what the city says</a></li><li>Paid parking is not the problem. <a href=/p>Our habits are</a></li><li>Could a bus lane <a href=/b>save the old town</a>?</li></ul>|unionize",
      "unrendered shortcodes||<p>[button link=”https://news.example/review” type=”big”] Send us your kit review[/button]</p><div>[convertkit form=1630175]</div>|kit review",
      "an author's closing plug||<p>Email Jane Doe at jdoe@citypaper.example or follow her @janedoe. Follow us on Twitter @CityPaper and on Facebook.</p>|Follow us",
      "an invitation to the comments||<p>Join the conversation...</p><p>Tell us what YOU think…</p><h3>Leave a Reply</h3>|conversation",
      "a widget's label in capitals||<div><p>JUST WATCHED</p><p><a href=/v>Mayor questions the tram plan in a new video</a></p></div><div><p>MUST WATCH</p></div>|WATCH",
      "the comments' moderation policy||<p>Note: we are temporarily moderating all comments submitted to deal with a surge in spam.</p><p>ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.</p>|oderat",
      "a form's status messages||<div class=w-form-done><div>Thank you! Your submission has been received!</div></div><div class=w-form-fail><div>Oops! Something went wrong while submitting the form.</div></div>|submission",
  })
  void familyIsRemovedAndTheArticleKept(String family, String before, String inside, String forbidden) {
    String text = extractWith(before == null ? "" : before, inside == null ? "" : inside, "");
    assertEquals(List.of(P1, P2, P3), List.of(text.split("\n")), family);
    assertFalse(text.contains(forbidden), family + " leaked: " + forbidden);
  }

  @Test
  void aLeadMagnetClosingTheArticleGoesItsButtonTitleAndPitch() {
    String html = "<html><body><article><h1>T</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div class=cta><img src=/cover.png alt='ebook cover'><p><span>Get it Now</span> <span>The City Cycling Guide</span></p>"
        + "<p>The eBook includes our 25 favourite routes in an easy to download format. Enter your email and we'll send it right over!</p>"
        + "</div></article></body></html>";
    assertEquals(P1 + "\n" + P2 + "\n" + P3, extractor.extract(html, "https://news.example/x").text());
  }

  @Test
  void aBlockRepeatingTheOneBeforeIsReadOnceButShortRefrainsStay() {
    String text = extractWith("", "<div><div>The harbour festival returns next summer with more boats</div>"
        + "<div>The harbour festival returns next summer with more boats</div></div>"
        + "<p>Let it be, let it be</p><p>Let it be, let it be</p>", "");
    assertEquals(List.of(P1, "The harbour festival returns next summer with more boats", "Let it be, let it be", "Let it be, let it be", P2, P3),
        List.of(text.split("\n")));
  }

  @Test
  void aFurnitureNamedWrapperHoldingMostOfAnUnmarkedPageIsItsLayoutButTheSidebarInItIsNot() {
    String sidebar = "<div class=sidebar><h3>Popular</h3><p>Our guide to the city's bike shops, with prices and opening hours.</p>"
        + "<ul><li><a href=/a>Bridge repairs delayed until autumn again</a></li><li><a href=/b>Tram line gets new stops</a></li></ul></div>";
    String html = "<html><body><div class=header><h1>Council expands bike lanes</h1></div><div class=sidebar-container>"
        + "<div class=entry><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>" + sidebar + "</div></body></html>";
    assertEquals(P1 + "\n" + P2 + "\n" + P3, extractor.extract(html, "https://news.example/x").text());
    // where the page marks its main content, a furniture name is furniture, however much it holds
    StringBuilder promo = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      promo.append("<p>Readers' pick number ").append(i).append(": a scenic ride along the river, from the old harbour, past the mills, ")
          .append("to the hills, with a map, the climbs, the cafés and where to lock a bike.</p>");
    }
    // enough text for the strictest pass to stand (500 characters): no lenient pass reads the page again
    String p4 = "The council will publish the full map of the new corridors next month and hold two public meetings on it, "
        + "one in the north and one downtown, before the first contracts are signed in February.";
    String marked = "<html><body><main><h1>Council expands bike lanes</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>"
        + p4 + "</p></main><div class=sidebar-container>" + promo + "</div></body></html>";
    assertEquals(P1 + "\n" + P2 + "\n" + P3 + "\n" + p4, extractor.extract(marked, "https://news.example/x").text());
  }

  @Test
  void closingBioCreditsContactsAndAnAffiliateDisclosureAreNotTheArticle() {
    String html = "<html><body><article><h1>T</h1><p>Disclosure: we may earn a commission from links on this page.</p>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p>(Reporting by Jane Doe; Editing by John Roe)</p><p>John Roe contributed reporting from Springfield.</p>"
        + "<p>Have a tip? Jane Doe may be reached at jane@citypaper.example.</p>"
        + "<p>Jane Doe is a freelance writer who has covered transport for the City Paper since 2015.</p></article></body></html>";
    assertEquals(P1 + "\n" + P2 + "\n" + P3, extractor.extract(html, "https://news.example/x").text());
  }

  @Test
  void inlineWordsInsideSentencesAreNeverJudgedAsLines() {
    String html = "<html><body><article><h1>T</h1><p>" + P1 + "</p><p>The study in the journal <span>JAMA</span> "
        + "Psychiatry was cited, and the base is strategically located<span> </span>near the border, officials said.</p>"
        + "<p>" + P2 + "</p><p>" + P3 + "</p></article></body></html>";
    String text = extractor.extract(html, "https://news.example/x").text();
    assertTrue(text.contains("the journal JAMA Psychiatry was cited"), text);
    assertTrue(text.contains("located near the border"), text);
  }

  /**
   * A collapsed panel is content the reader opens with a click: a labelled region, the panel a
   * disclosure button ({@code aria-expanded}, {@code aria-controls}) opens, or either inside the
   * hidden wrapper of a collapse transition (component libraries hide that, not the panel). Other
   * hidden elements stay out, nested or not.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a region labelled by its header|<h3><button aria-controls=q1 id=h1>Why?</button></h3><div id=q1 role=region aria-labelledby=h1 style='display:none'>|</div>",
      "the panel a disclosure button opens|<button aria-expanded=false aria-controls=more>Business intelligence</button><dd id=more hidden>|</dd>",
      "a region inside a hidden transition wrapper|<h3><button aria-controls=q1 id=h1>Description</button></h3><div class=collapse style='display:none;height:0px'><div id=q1 role=region aria-labelledby=h1>|</div></div>"})
  void collapsedPanelsAreContentButOtherHiddenElementsAreNot(String kind, String panelStart, String panelEnd) {
    String html = "<html><body><article><h1>T</h1><p>" + P1 + "</p>" + panelStart + "<p>" + P2 + "</p>" + panelEnd
        + "<div style='display:none'><p>Loading your personalised offers, please wait a moment.</p></div>"
        + "<div style='display:none'><div><p>Loading your regional prices, please wait a moment.</p></div></div><p>" + P3
        + "</p></article></body></html>";
    String text = extractor.extract(html, "https://news.example/x").text();
    assertTrue(text.contains(P2), text);
    assertFalse(text.contains("Loading your personalised offers"), text);
    assertFalse(text.contains("Loading your regional prices"), text);
  }

  /**
   * A post quoted by its network's embed code is a quotation in the story, though its wrapper is
   * named "social" and its links outweigh its words; a social widget without one is furniture.
   */
  @Test
  void anEmbeddedPostIsQuotedButASocialWidgetIsNot() {
    String text = extractWith("", "<div class=social-media-embed><blockquote class=twitter-tweet><p lang=en>Yes this is real: "
        + "<a href=https://t.co/Nc0nK>https://t.co/Nc0nKoXGBP</a></p>— Dianna Anderson (@diannaeanderson) "
        + "<a href=https://twitter.com/diannaeanderson/status/1196501054197649413>November 18, 2019</a></blockquote></div>"
        + "<div class=social-widget><a class=twitter-timeline href=https://twitter.com/citypaper>Tweets by City Paper on transport</a></div>", "");
    assertTrue(text.contains("Yes this is real: https://t.co/Nc0nKoXGBP"), text);
    assertTrue(text.contains("November 18, 2019"), text);
    assertFalse(text.contains("Tweets by City Paper"), text);
  }

  /** Under a title worded like a related list's, a list of resources, each described at length, is the article's. */
  @Test
  void aListOfDescribedResourcesUnderAMoreFromTitleStays() {
    String item = "Gardening with a changing climate: a guide from the extension service with planting calendars, soil tests "
        + "and advice on watering during droughts, <a href=/g>read the guide</a>";
    String text = extractWith("", "<p>More from the extension service on cycling and gardening:</p><ul><li>" + item + "</li><li>"
        + item.replace("Gardening", "Composting") + "</li></ul>", "");
    assertTrue(text.contains("Composting with a changing climate"), text);
  }

  /**
   * Lines worded close to a boilerplate family that are the story's own: each rule is bounded so
   * that it does not take them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a shortcode has attributes; a bracketed name alone is an INI file's section or a footnote
      "a bracketed name without attributes|[core]",
      // the site's plug invites to follow it or its author; a reported appeal to follow is news
      "a reported appeal to follow|The fire service told residents to follow them on Facebook for updates on the road closures.",
      // a pointer to coverage ends with its link; a sentence about coverage is news
      "a sentence about coverage|The agency's coverage of the council vote was praised by readers at the meeting here.",
      // an offer names a price per issues; a broadcast's pointer ends with "here"
      "issues counted without a price|The magazine published 12 issues for its readers last year, twice as many as before.",
      "an account of listening live|Residents could listen to the meeting live on the radio, and many did, the council said.",
      // a pitch is for the article's own site; a project's call for donations in a post is the post's
      "a project's call for donations|If you like using the library and want us to keep working on it full time, consider donating to its development.",
      // a pointer is its label and a link; a label word opening a sentence is the sentence's
      "a sentence opening with a label word|Related: the council said the vote was close, and critics promised to keep pushing for more lanes.",
      // a pitch names what the reader enjoyed and asks for support; reported enjoyment is the story's
      "a reported enjoyment|Residents who have enjoyed the new lanes this summer say the interview with the mayor changed their minds.",
      // a footer link is a line of its own; a sentence naming a policy is the story's
      "a sentence naming a privacy policy|The council's privacy policy for the bike counters was published on Tuesday after months of questions.",
      // a moderation policy names moderating; moderate, the adjective, beside comments is a sentence's word
      "the adjective moderate beside comments|Moderate engagement with comments is what most councils see on their social channels.",
      // a meta line's parts besides its date are bylines or labelled metadata, not a sentence's clauses
      "a sentence parted by dashes around a date|05/10/2018 - the day the council voted - is remembered by cyclists",
  })
  void aLineCloseToAFamilyButTheStorysOwnStays(String kind, String line) {
    assertTrue(extractWith("", "<p>" + line + "</p>", "").contains(line), kind);
  }

  /** Wire stories set their subheadings in capitals: one over a paragraph of prose heads it. */
  @Test
  void aSubheadingInCapitalsOverProseStays() {
    String text = extractWith("", "<p>WHO PAYS FOR IT?</p><p>The lanes will be paid for from the transport budget, which the council "
        + "raised last year after a long debate about road repairs.</p>", "");
    assertTrue(text.contains("WHO PAYS FOR IT?\nThe lanes will be paid for"), text);
  }

  /** Only a notice goes from a description list: its values are short lines that no label rule may take. */
  @Test
  void aDescriptionListsValuesAndTermsStay() {
    String text = extractWith("", "<dl><dt>Status</dt><dd>New</dd><dt>Length</dt><dd>20'' H</dd><dt>Width</dt><dd>Sale</dd></dl>", "");
    assertTrue(text.contains("Status\nNew\nLength\n20'' H\nWidth\nSale"), text);
  }

  @Test
  void aBadgeLineGoesButAHeadingWordedLikeOneHeadsItsSection() {
    String text = extractWith("", "<div><span>New</span></div><h2>New</h2><ul><li>Bike lanes are marked in green paint on every corridor</li></ul>", "");
    assertEquals(List.of(P1, "New", "Bike lanes are marked in green paint on every corridor", P2, P3), List.of(text.split("\n")));
  }

  /** An invitation to sign in is a notice even set as a heading; a heading on copyright is a subject, not a notice. */
  @Test
  void aHeadingThatInvitesToSignInGoesButAHeadingNamingANoticesSubjectStays() {
    String text = extractWith("", "<h2>Copyright law after the ruling</h2><p>" + P2 + "</p><h2>Log in to reply to this thread</h2>", "");
    assertTrue(text.contains("Copyright law after the ruling"), text);
    assertFalse(text.contains("Log in to reply"), text);
  }

  @Test
  void elementsHiddenByUtilityClassesStayOutUnlessTheyHoldProse() {
    String html = "<html><body><article><h1>T</h1><p>" + P1 + "</p>"
        + "<dl class='product-info hide'><dt>short_description:</dt><dd>Regular fit</dd><dt>thumb_navy:</dt><dd>https://cdn.example/navy.jpg</dd></dl>"
        + "<div class='hidden'><ul><li><a href=/a>Popular searches</a></li><li><a href=/b>Homes for sale</a></li></ul></div>"
        + "<div class='row hide'><p>" + P2 + "</p></div>"
        + "<div class='d-none d-md-block'><p>Shown from tablets up, this panel lists the opening hours.</p></div>"
        + "<p>" + P3 + "</p></article></body></html>";
    String text = extractor.extract(html, "https://news.example/x").text();
    assertFalse(text.contains("thumb_navy"), text);
    assertFalse(text.contains("Popular searches"), text);
    assertTrue(text.contains(P2), "a collapsed panel of prose, which a click reveals: " + text);
    assertTrue(text.contains("lists the opening hours"), "hidden on phones only: " + text);
  }

  @Test
  void aDataDumpHiddenByAClassStaysOutHoweverMuchOfThePageItHolds() {
    StringBuilder dump = new StringBuilder("<dl class='product-info hide'>");
    for (int i = 0; i < 40; i++) {
      dump.append("<dt>thumb_colour_").append(i).append(":</dt><dd>https://cdn.example/images/stencil/160x160/tee_").append(i).append(".jpg</dd>");
    }
    String html = "<html><body><article><h1>T</h1><p>" + P1 + "</p>" + dump + "</dl><p>" + P2 + "</p></article></body></html>";
    String text = extractor.extract(html, "https://shop.example/tee").text();
    assertEquals(P1 + "\n" + P2, text);
  }

  @Test
  void inactiveTabPanelsAreContentEvenUnlabelled() {
    String html = "<html><body><main><h1>T</h1><p>" + P1 + "</p><div role=tablist><button role=tab>Deploy</button>"
        + "<button role=tab>Scale</button></div><div role=tabpanel><p>" + P2 + "</p></div>"
        + "<div role=tabpanel hidden><p>" + P3 + "</p></div></main></body></html>";
    assertEquals(P1 + "\n" + P2 + "\n" + P3, extractor.extract(html, "https://cloud.example/").text());
  }

  @Test
  void aBlockRenderedOncePerScreenSizeIsReadOnce() {
    String copy = "<p>" + P2 + "</p><p>" + P3 + "</p>";
    String html = "<html><body><article><h1>T</h1><p>" + P1 + "</p><div class='ssr-variant hidden-desktop'>" + copy
        + "</div><div class='ssr-variant hidden-phone'>" + copy + "</div></article></body></html>";
    assertEquals(P1 + "\n" + P2 + "\n" + P3, extractor.extract(html, "https://news.example/x").text());
  }

  @Test
  void galleryCaptionsGoToImagesNotToTheListOrText() {
    String html = "<html><body><article><h1>T</h1><p>" + P1 + "</p><ul class=gallery><li><img src='https://img.example/g.jpg'>"
        + "<div class=caption><div class=caption-full><p>A rider crosses the new bridge at dusk. (AP Photo/Jane Roe)</p></div>"
        + "<div class=caption-truncated><p>A rider crosses the new bridge at dusk. (AP Photo/Jane Roe)</p></div></div></li></ul>"
        + "<p>" + P2 + "</p><p>" + P3 + "</p></article></body></html>";
    Article a = extractor.extract(html, "https://news.example/x");
    assertEquals(P1 + "\n" + P2 + "\n" + P3, a.text());
    assertEquals("https://img.example/g.jpg", a.images().get(0).url());
    assertTrue(a.images().get(0).caption().startsWith("A rider crosses the new bridge at dusk."), a.images().get(0).caption());
  }

  @Test
  void captionGoesToImagesWithItsCredit() {
    String html = "<html><body><article><h1>T</h1><p>" + P1 + "</p><figure><img src='https://img.example/a.jpg'>"
        + "<figcaption>Cyclists ride along Main Street. Photo: John Roe</figcaption></figure><p>" + P2 + "</p></article></body></html>";
    Article a = extractor.extract(html, "https://news.example/x");
    assertEquals("Cyclists ride along Main Street.", a.image().caption());
    assertEquals("Photo: John Roe", a.image().credit());
    assertTrue(a.markdown().contains("![Cyclists ride along Main Street. Photo: John Roe](https://img.example/a.jpg)"), a.markdown());
  }

  @Test
  void anImageWrapperNamedForItsCreditIsAFigureAndTheParagraphsBesideItStay() {
    // the wrapper holds the picture and its credit; the block around it holds the story's opening paragraphs too
    String html = "<html><body><article><h1>T</h1><div class=news-article><div class='image-holder credit-image-wrap'>"
        + "<img src='https://img.example/a.jpg'><a class=image-credit href=https://maker.example>City Cycling Co.</a></div>"
        + "<div class=columns><p>" + P1 + "</p><p>" + P2 + "</p></div></div><p>" + P3 + "</p></article></body></html>";
    Article a = extractor.extract(html, "https://news.example/x");
    assertEquals(P1 + "\n" + P2 + "\n" + P3, a.text());
    assertEquals("City Cycling Co.", a.images().get(0).credit());
  }

  @Test
  void anItalicLineRightUnderAnImageIsItsCaption() {
    // in the image's own block after a line break, or alone in the next block (Blogger's centred divs)
    String inline = "<p><img src='https://img.example/a.jpg'><br><em>The new bridge at dusk.</em></p>";
    String nextBlock = "<div class=separator><a href=/b.jpg><img src='https://img.example/b.jpg'></a></div>"
        + "<div style='text-align:center'><span><em>Mayor Jane Roe</em></span></div>";
    Article a = extractor.extract("<html><body><article><h1>T</h1><p>" + P1 + "</p>" + inline + "<p>" + P2 + "</p>" + nextBlock
        + "<p>" + P3 + "</p></article></body></html>", "https://news.example/x");
    assertEquals(P1 + "\n" + P2 + "\n" + P3, a.text());
    assertEquals(List.of("The new bridge at dusk.", "Mayor Jane Roe"), a.images().stream().map(Image::caption).toList());
    // an italic line holding a link is the writer's
    String aside = "<p><em>More photos of the route, with a map of every new lane, are in our <a href=/g>gallery</a>.</em></p>";
    Article b = extractor.extract("<html><body><article><h1>T</h1><p>" + P1 + "</p><p><img src='https://img.example/a.jpg'></p>" + aside
        + "<p>" + P2 + "</p><p>" + P3 + "</p></article></body></html>", "https://news.example/x");
    assertEquals(P1 + "\nMore photos of the route, with a map of every new lane, are in our gallery.\n" + P2 + "\n" + P3, b.text());
  }

  private Article page(String head, String body, String url) {
    return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", url);
  }

  private static String comments(String... replies) {
    StringBuilder list = new StringBuilder("<ol class=comments>");
    for (String reply : replies) {
      list.append("<li class=comment><p>").append(reply).append("</p></li>");
    }
    return list.append("</ol>").toString();
  }

  @Test
  void discussionPagesKeepTheirReplies() {
    Article a = page("<script type='application/ld+json'>{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Q\"}</script>",
        "<div class=topic><h1>Best bike lock?</h1><div class=comment><p>" + P1 + "</p></div>"
            + "<div class=comment><p>" + P2 + "</p></div></div>", "https://forum.example/t/best-bike-lock/123");
    assertEquals(P1 + "\n" + P2, a.text());
    assertEquals("forum", a.pageType());
  }

  @Test
  void theLineAPhoneAppAddsUnderAPostGoes() {
    String tapatalk = "<br>\n<br>\nSent from my SM-S908U using <a href=http://r.tapatalk.com/byo?rid=188>Tapatalk</a>";
    String stays = "<br>Sent from my hotel room in Rome, where the conference ran late and everyone was far too tired to talk about locks.";
    Article a = page("<script type='application/ld+json'>{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Q\"}</script>",
        "<div class=topic><h1>Best bike lock?</h1>"
            + "<div class=message><div class=bbWrapper>" + P1 + tapatalk + "</div></div>"
            + "<div class=message><div class=bbWrapper><p>" + P2 + "</p><p><em>Sent from my iPhone</em></p></div></div>"
            + "<div class=message><div class=bbWrapper>Sent from my phone, so excuse the typos.<br>" + P3 + stays + "</div></div>"
            + "<div class=message><div class=bbWrapper><p>" + P1 + " The note was <em>sent from my office</em></p></div></div></div>",
        "https://forum.example/t/best-bike-lock/123");
    assertEquals("forum", a.pageType());
    assertFalse(a.text().contains("SM-S908U") || a.text().contains("Tapatalk") || a.text().contains("iPhone"), a.text());
    assertFalse(a.markdown().contains("Tapatalk") || a.html().contains("Tapatalk"), a.markdown());
    assertTrue(a.text().startsWith(P1 + "\n" + P2 + "\n"), a.text());
    assertTrue(a.text().contains("Sent from my phone, so excuse the typos."), "not the post's last line: " + a.text());
    assertTrue(a.text().contains("too tired to talk about locks."), "a long last line is prose: " + a.text());
    assertTrue(a.text().endsWith("The note was sent from my office"), "words within a line are not a line: " + a.text());
  }

  @Test
  void aQuestionAndItsAnswersAreTheThreadButTheCommentsUnderThemAreNot() {
    String remarks = "<div class=comments><ul class=comments-list><li class=comment><span class=comment-copy>Does not work on my machine.</span>"
        + " Commented Nov 24, 2018</li><li class=comment><span class=comment-copy>Works here, thanks a lot for this.</span></li></ul></div>";
    Article a = page("<script type='application/ld+json'>{\"@type\":\"QAPage\",\"name\":\"Q\"}</script>",
        "<h1>How do I lock a bike?</h1><div id=mainbar><div class=question><div class=post-text><p>" + P1 + "</p></div>" + remarks + "</div>"
            + "<div id=answers><div class=answer><div class=post-text><p>" + P2 + "</p></div>" + remarks + "</div>"
            + "<div class=answer><div class=post-text><p>" + P3 + "</p></div></div></div></div>", "https://qa.example/questions/1/lock");
    assertEquals(P1 + "\n" + P2 + "\n" + P3, a.text());
    assertEquals("forum", a.pageType());
  }

  @Test
  void aStoryWithNoTextOfItsOwnIsReadForItsComments() {
    // a link aggregator's story page: a title, a link and the discussion, declared an article
    Article a = page("<meta property=og:type content=article>", "<div class=story>"
        + "<h1><a href=https://blog.example/goals>Project goals for 2024</a></h1><span>via alice, 1 year ago</span></div>"
        + comments(P1, P2), "https://links.example/s/abc/project_goals");
    // the replies, whole and in order, are the last lines (the story's "via" line is kept above them)
    assertTrue(a.text().endsWith("\n" + P1 + "\n" + P2), a.text());
    assertEquals("forum", a.pageType());
  }

  @Test
  void aShortArticleStillDropsItsComments() {
    Article a = page("<meta property=og:type content=article>",
        "<article><h1>Open thread</h1><p>" + P1 + " " + P2 + "</p></article>" + comments(P3, P2, P1), "https://blog.example/open-thread");
    assertEquals(P1 + " " + P2, a.text());
    assertEquals("article", a.pageType());
  }

  @Test
  void identifiersSprinkledBetweenWordsAreDropped() {
    String text = extractWith("", "<div>Brand <span>n</span><span>6b4f817e-1bc7-4f5f-a4f7-68184bc11dc0</span><span>e</span><span>w</span>"
        + " leather wallet, hand stitched</div>", "");
    assertEquals(List.of(P1, "Brand new leather wallet, hand stitched", P2, P3), List.of(text.split("\n")));
  }
}
