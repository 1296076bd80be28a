package dev.scoop.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Each metadata source on its own, and the precedence between them. */
class MetadataExtractorTest {
  private static Metadata read(String head, String body) {
    return MetadataExtractor.extract(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
        "https://example.com/a"));
  }

  @Test
  void jsonLdInAGraphWithArraysAndAnOrganisationAuthor() {
    Metadata m = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Daily\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Big &amp; News\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
        + "{\"@type\":\"Organization\",\"name\":\"Daily\"}],\"datePublished\":\"2023-02-01T10:00:00+01:00\",}]}</script>", "");
    assertEquals("Big & News", m.title());
    assertEquals(List.of("Ann Lee"), m.authors());
    assertEquals("2023-02-01T10:00:00+01:00", m.publishedAt());
    assertEquals("Daily", m.siteName());
  }

  @Test
  void jsonLdReferencesByIdAreFollowedAndAPersonPublisherIsNotTheSite() {
    Metadata m = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Policy\","
        + "\"author\":[{\"@id\":\"https://k.org/#/person/1\"}],\"publisher\":{\"@id\":\"https://k.org/#org\"}},"
        + "{\"@type\":\"Organization\",\"@id\":\"https://k.org/#org\",\"name\":\"KFF\"},"
        + "{\"@type\":\"Person\",\"@id\":\"https://k.org/#/person/1\",\"name\":\"Nirmita Panchal\"}]}</script>", "");
    assertEquals(List.of("Nirmita Panchal"), m.authors());
    assertEquals("KFF", m.siteName());
    Metadata blog = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"BlogPosting\",\"headline\":\"Trip\","
        + "\"author\":{\"@id\":\"#me\"},\"publisher\":{\"@id\":\"#me\"}},{\"@type\":\"WebSite\",\"name\":\"Budget Travel\"},"
        + "{\"@type\":[\"Person\",\"Organization\"],\"@id\":\"#me\",\"name\":\"Gabby Boucher\"}]}</script>", "");
    assertEquals(List.of("Gabby Boucher"), blog.authors());
    assertEquals("Budget Travel", blog.siteName());
  }

  @Test
  void aTwitterLabelWrittenByNamesTheAuthor() {
    Metadata m = read("<meta name='twitter:label1' content='Est. reading time'><meta name='twitter:data1' content='7 minutes'>"
        + "<meta name='twitter:label2' content='Written by'><meta name='twitter:data2' content='Chase Bernath'>", "");
    assertEquals(List.of("Chase Bernath"), m.authors());
    assertEquals(List.of(), read("<meta name='twitter:label1' content='Est. reading time'><meta name='twitter:data1' content='7 Minutes'>", "").authors());
  }

  /** A theme that fills the headline field with the opening paragraph: the next source's title reads as one. */
  @Test
  void aTitleLongerThanAnyHeadlineGivesWayButStaysWhenItIsTheOnlyOne() {
    String paragraph = "The annual meeting brought together leading experts, thought leaders and clinicians to showcase the latest "
        .repeat(3).trim();
    Metadata m = read("<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"" + paragraph + "\"}</script>"
        + "<meta property='og:title' content='5 Trends from the Meeting'>", "");
    assertEquals("5 Trends from the Meeting", m.title());
    assertEquals(paragraph, read("<meta property='og:title' content='" + paragraph + "'>", "").title());
  }

  @Test
  void aTitleCutShortGivesWayToASourceThatGoesOnWhereItStopped() {
    String whole = "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions"
        + " (Including One Universal Trick That Works)";
    String cut = whole.substring(0, whole.indexOf(" One Universal"));
    // an SEO plugin's JSON-LD headline, cut near 110 characters without a mark
    assertEquals(whole, read("<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"" + cut + "\"}</script>"
        + "<meta property='og:title' content='" + whole + " - Emily Henderson'><meta property='og:site_name' content='Emily Henderson'>", "").title());
    // a title cut with an ellipsis, whatever its length
    assertEquals("What will be the trend in the watch market in 2024?", read("<meta property='og:title' content='What will be the trend in the watch...'>"
        + "<title>What will be the trend in the watch market in 2024? | Watch Forums</title>", "").title());
    // a title cut inside a word, which the page's headline goes on from
    assertEquals("Ergonomic desk step by step: how to set up your monitor, laptop, and keyboard (checklist)",
        read("<title>Ergonomic desk step by step: how to set up your monitor, laptop, and k | Oakywood.shop</title>",
            "<h1>Ergonomic desk step by step: how to set up your monitor, laptop, and keyboard (checklist)</h1>").title());
    // a short headline that a longer title adds words to is the headline
    assertEquals("Best Moving Companies in New York", read("<script type='application/ld+json'>{\"@type\":\"Article\","
        + "\"headline\":\"Best Moving Companies in New York\"}</script><meta property='og:title' content='Best Moving Companies in New York City'>", "").title());
  }

  @Test
  void aMarkdownHeadingsMarksCopiedIntoTheTitleGo() {
    assertEquals("Binding Agents for Martian Concrete", read("<title>## Binding Agents for Martian Concrete</title>", "").title());
    assertEquals("#1 Pick: The Best Kettle", read("<title>#1 Pick: The Best Kettle</title>", "").title());
  }

  @Test
  void brokenJsonLdFallsBackToMetaTags() {
    Metadata m = read("<script type='application/ld+json'>{\"headline\": </script>"
        + "<meta property='og:title' content='OG title'><meta name='author' content='By Bo Chen'>"
        + "<meta property='article:published_time' content='2022-05-06T07:08:09Z'>"
        + "<meta name='parsely-section' content='Tech'><meta name='keywords' content='a, b'>", "");
    assertEquals("OG title", m.title());
    assertEquals(List.of("Bo Chen"), m.authors());
    assertEquals("2022-05-06T07:08:09Z", m.publishedAt());
    assertEquals("Tech", m.section());
    assertEquals(List.of("a", "b"), m.tags());
  }

  @Test
  void jsonLdWinsOverOpenGraph() {
    Metadata m = read("<meta property='og:title' content='From OG'>"
        + "<script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"From LD\"}</script>", "");
    assertEquals("From LD", m.title());
  }

  @Test
  void microdataAndTimeElements() {
    Metadata m = read("", "<article><h1 itemprop='headline'>Micro</h1><span itemprop='author' itemscope>"
        + "<span itemprop='name'>Eve Park</span></span><time itemprop='datePublished' datetime='2021-01-02'>Jan 2</time></article>");
    assertEquals("Micro", m.title());
    assertEquals(List.of("Eve Park"), m.authors());
    assertEquals("2021-01-02T00:00:00Z", m.publishedAt());
  }

  @Test
  void titleLosesTheSiteSuffix() {
    assertEquals("Storm hits coast", read("<title>Storm hits coast | The Herald</title>", "<h1>Storm hits coast</h1>").title());
    assertEquals("The Herald", read("<title>Storm hits coast | The Herald</title>", "<h1>Storm hits coast</h1>").siteName());
    assertEquals("Storm hits the coast hard", read("<title>Storm hits the coast hard - Herald</title>", "").title());
  }

  @Test
  void aTitleTemplateWithAnEmptyPagePartGivesWayToTheH1() {
    Metadata untitled = read("<title> | Nuts &amp; Volts Magazine</title>", "<h1>Electronic Gadgets</h1>");
    assertEquals("Electronic Gadgets", untitled.title());
    assertEquals("Nuts & Volts Magazine", untitled.siteName());
    assertEquals("The 16 Best Subscription Boxes", read("<title>The 16 Best Subscription Boxes |</title>", "<h1>Boxes</h1>").title());
  }

  @Test
  void absentFieldsStayAbsent() {
    Metadata m = read("<title>x</title>", "<p>Nothing here</p>");
    assertNull(m.publishedAt());
    assertEquals(List.of(), m.authors());
    assertNull(m.language());
  }

  @Test
  void anAuthorTagHoldingAProfileUrlGivesWayToTheNextAuthorTag() {
    Metadata m = read("<meta property='article:author' content='https://www.facebook.com/SouthernLiving/'>"
        + "<meta name='sailthru.author' content=' Mary Marlowe Leverette'>", "");
    assertEquals(List.of("Mary Marlowe Leverette"), m.authors());
  }

  @Test
  void scholarlyCitationTagsNameEveryAuthor() {
    Metadata m = read("<meta name='citation_author' content='Hossain, Md Najmul'><meta name='citation_author' content='Jaeeun Lee'>", "");
    assertEquals(List.of("Md Najmul Hossain", "Jaeeun Lee"), m.authors());
  }

  @Test
  void aDateUnderTheHeadlineIsThePublicationDate() {
    Metadata m = read("", "<article><h1>How to start a garden</h1><div class=meta><span>By Jane Doe</span>"
        + "<span class=text-green>Nov 21, 2018</span></div><p>" + "Gardening starts with the soil. ".repeat(10) + "</p>"
        + "<ul><li>Related: <span>Jan 2, 2020</span></li></ul></article>");
    assertEquals("2018-11-21T00:00:00Z", m.publishedAt());
    Metadata updated = read("", "<article><h1>How to start a garden</h1><div><div>Last updated on:</div><div>October 1, 2025</div></div>"
        + "<p>" + "Gardening starts with the soil. ".repeat(10) + "</p></article>");
    assertEquals("2025-10-01T00:00:00Z", updated.modifiedAt());
    assertEquals(updated.modifiedAt(), updated.publishedAt(), "a page showing only its update is dated by it");
  }

  @Test
  void theUpdateDatesAPageOnlyWhenNoPublicationDateIsGiven() {
    Metadata both = read("<meta property='article:published_time' content='2024-09-06T13:12:36Z'>"
        + "<meta property='article:modified_time' content='2025-11-14T06:49:57Z'>", "");
    assertEquals("2024-09-06T13:12:36Z", both.publishedAt());
    assertEquals("2025-11-14T06:49:57Z", both.modifiedAt());
    Metadata modifiedOnly = read("<meta property='article:modified_time' content='2023-06-12T10:39:42Z'>", "");
    assertEquals("2023-06-12T10:39:42Z", modifiedOnly.publishedAt());
  }

  @Test
  void dateTagsInASitesOwnVocabularyAreReadByTheirNames() {
    assertEquals("2025-05-27T06:03:43Z", read("<meta name='w-published-date' content='2025-05-27T06:03:43Z'>", "").publishedAt());
    assertEquals("2025-07-02T14:13:01Z", read("<meta name='Updated Date' content='2025-07-02T14:13:01Z'>", "").modifiedAt());
    // the story's date before the page's own publishing time, whatever their order
    Metadata m = read("<meta name='published-time' content='2026-03-09T08:45:32Z'><meta name='modified-date' content='2024-07-30'>"
        + "<meta name='published-date' content='2021-02-16'>", "");
    assertEquals("2021-02-16T00:00:00Z", m.publishedAt());
    assertEquals("2024-07-30T00:00:00Z", m.modifiedAt());
    assertNull(read("<meta name='theme-color' content='#ffffff'><meta name='viewport' content='width=device-width'>", "").publishedAt());
  }

  @Test
  void aDateIsOnePartOfAMetaLineUnderTheHeadline() {
    String prose = "<p>" + "Solar panels turn sunlight into power for the house. ".repeat(6) + "</p>";
    assertEquals("2025-07-02T00:00:00Z",
        read("", "<header><h1>How AI helps</h1><p>Aaron Ricadela | Senior Writer | July 2, 2025</p></header>" + prose).publishedAt());
    assertEquals("2025-12-18T00:00:00Z",
        read("", "<h1>Token batching</h1><span>December 18, 2025 ・ 3 min read</span>" + prose).publishedAt());
    assertNull(read("", "<h1>Token batching</h1><p>We shipped it on July 2, 2025 to every customer in Europe</p>" + prose).publishedAt(),
        "a date inside a sentence is not a date line");
  }

  @Test
  void theFirstMicrodataDateOnThePageDatesItNotALaterCommentsDate() {
    Metadata m = read("", "<div itemscope itemtype='https://schema.org/Question'><h1 itemprop=name>Why?</h1>"
        + "<time itemprop=dateCreated datetime='2014-02-04T13:02:51Z'>12 years ago</time><p itemprop=text>Because.</p>"
        + "<div itemprop=comment itemscope itemtype='https://schema.org/Comment'><time itemprop=datePublished>2019-01-21T21:40:59Z</time></div></div>");
    assertEquals("2014-02-04T13:02:51Z", m.publishedAt());
  }

  @Test
  void aBylineMarkedAsAnHCardOnAPageWhoseBodyNamesItsSidebarIsRead() {
    Metadata m = MetadataExtractor.extract(Jsoup.parse("<html><body class='single has-sidebar footer-on-bottom'><article>"
        + "<h1>The best telescope for beginners</h1><div class=entry-meta><span class=meta-label>By</span>"
        + "<span class='author vcard'><a class='url fn n' href=/about/>Trevor Jones</a></span></div><p>Start small.</p>"
        + "</article><div class=sidebar><div class=author-box><span class=author>Ann Other</span></div></div></body></html>",
        "https://astro.example/telescopes"));
    assertEquals(List.of("Trevor Jones"), m.authors());
  }

  @Test
  void aBylineInTheArticlesOwnFooterIsReadButNotOneInThePagesFooter() {
    String prose = "<p>Our physics students spent the summer in laboratories abroad, measuring what their textbooks only describe, "
        + "and came back with data, friends and a much clearer idea of the careers that research opens to them after graduation.</p>";
    assertEquals(List.of("Halina Goetz"), read("", "<article><h1>Student research in physics</h1>" + prose + prose + prose
        + "<footer class=meta><div class=author><p class=name><a rel=author href=/author/hg>Halina Goetz</a></p></div></footer>"
        + "</article>").authors());
    assertEquals(List.of(), read("", "<article><h1>Student research in physics</h1>" + prose + prose + prose + "</article>"
        + "<footer><p>Site by <a rel=author href=/about>Studio Nine</a></p></footer>").authors(), "the page's footer credits the site");
  }

  @Test
  void theHeadlineIsTheFirstH1WithTextNotAnEmptyPlaceholderBeforeIt() {
    String prose = "<p>Our physics students spent the summer in laboratories abroad, measuring what their textbooks only describe, "
        + "and came back with data, friends and a much clearer idea of the careers that research opens to them after graduation.</p>";
    Metadata m = read("<title>Student research in physics | Chapman Blogs</title>", "<header><h1 class=logo></h1></header>"
        + "<div class=intro>" + prose + prose + "</div><article><h1>Student research in physics</h1>"
        + "<aside class=meta><span class=author>Ryan Bald</span></aside>" + prose + "</article>");
    assertEquals(List.of("Ryan Bald"), m.authors(), "the byline in the meta column right under the headline");
    assertEquals("Student research in physics", m.title());
  }

  @Test
  void aClassNamingAuthorizationOrAuthorityIsNoByline() {
    assertEquals(List.of(), read("", "<main><h1>Nikon Z6 III</h1><div class=authorized-dealer>Authorized Dealer</div>"
        + "<div class=authority-badge>Trusted Source</div><p>A camera.</p></main>").authors());
    assertEquals(List.of("Jane Doe"), read("", "<main><h1>Nikon Z6 III</h1><div class=author-name>Jane Doe</div><p>A camera.</p></main>").authors());
  }

  @Test
  void anAuthorDeclaredInLowerCaseIsStillAName() {
    assertEquals(List.of("kirstin boatto"), read("<meta name='author' content='kirstin boatto'>", "").authors());
    assertEquals(List.of(), read("<meta name='author' content='admin'>", "").authors());
    assertEquals(List.of(), read("<meta name='author' content='editorial team'>", "").authors());
  }

  @Test
  void theSiteDeclaredAsAuthorGivesWayToABylineNamingAPersonAndStaysWithoutOne() {
    Metadata m = read("<meta property='og:site_name' content='USA TODAY'><script type='application/ld+json'>"
        + "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\", USA TODAY\"}}</script>",
        "<article><h1>Ten movies</h1><div class=byline-section><span class=author><a href=/staff/1/>Brian Truitt</a></span> "
            + "<span class=publication>USA TODAY</span></div></article>");
    assertEquals(List.of("Brian Truitt"), m.authors());
    Metadata blog = read("<title>Thoughts on Zig | Sam Bossley</title><meta name=author content='Sam Bossley'>",
        "<article><h1>Thoughts on Zig</h1><p>Zig is a language.</p></article>");
    assertEquals("Sam Bossley", blog.siteName());
    assertEquals(List.of("Sam Bossley"), blog.authors(), "a personal blog is its author's site");
  }

  @Test
  void aDateAboveTheHeadlineInItsHeaderOrAfterADekIsThePublicationDate() {
    String prose = "<p>" + "Solar panels turn sunlight into power for the house. ".repeat(6) + "</p>";
    Metadata kicker = read("", "<div class=top>Saturday, November 28, 2026</div><div class=hero><div class=kicker>"
        + "<div>Published</div><div>October 14, 2025</div><div>in</div><a href=/t>Training</a></div>"
        + "<h1>Top eLearning companies</h1></div>" + prose + prose);
    assertEquals("2025-10-14T00:00:00Z", kicker.publishedAt());
    Metadata dek = read("", "<article><h1>Best CRMs of 2026</h1>" + prose
        + "<div><div>By</div><div>The Team</div><div>|</div><div>February 28, 2026</div></div>" + prose + "</article>");
    assertEquals("2026-02-28T00:00:00Z", dek.publishedAt());
    Metadata site = read("", "<div class=top><div class=bar>Saturday, November 28, 2026</div></div>"
        + "<main><div class=hero><h1>Top eLearning companies</h1></div></main>" + prose + prose);
    assertNull(site.publishedAt());
  }

  @Test
  void noDateIsTakenFromTheBodyOrAfterIt() {
    Metadata m = read("", "<article><h1>How to start a garden</h1><p>" + "Gardening starts with the soil. ".repeat(10)
        + "</p><p><span>Nov 21, 2018</span></p></article>");
    assertNull(m.publishedAt());
  }

  @Test
  void aLogoH1GivesWayToTheStorysH1ForWhatLiesUnderTheHeadline() {
    String menu = "<ul>" + "<li><a href=/s>Section</a></li>".repeat(30) + "</ul>";
    Metadata m = read("<title>What to look for before buying fish - TFH Online Forum</title>"
        + "<meta property='og:title' content='TFH Online Forum-What to look for before buying fish'>",
        "<header><h1>TFH Online Forum</h1>" + menu + "</header><article><h1>What to look for before buying fish</h1>"
            + "<div class=meta><span>March 30, 2025</span></div><p>" + "Prose. ".repeat(40) + "</p></article>");
    assertEquals("What to look for before buying fish", m.title());
    assertEquals("2025-03-30", m.publishedAt().substring(0, 10));
  }

  @Test
  void aDeclaredTitleNamingSomethingElseThanThePagesOwnTwoTitlesGivesWay() {
    // Wikipedia's JSON-LD headline is the article's short description
    assertEquals("List of Nobel laureates", read("<title>List of Nobel laureates - Wikipedia</title><script type='application/ld+json'>"
        + "{\"@type\":\"Article\",\"name\":\"List of Nobel laureates\",\"headline\":\"Wikimedia list article\"}</script>",
        "<h1>List of Nobel laureates</h1>").title());
    // a social headline beside the one the page shows and titles itself with
    assertEquals("Taylor Swift is allowed to play her music at the AMAs after all", read(
        "<title>Taylor Swift is allowed to play her music at the AMAs after all - BBC News</title>"
        + "<meta property='og:title' content=\"Taylor Swift's AMA row seems to be over\">",
        "<h1>Taylor Swift is allowed to play her music at the AMAs after all</h1>").title());
    // one worded differently but about the same thing stays
    assertEquals("Health And Nutrition Trends For 2026", read("<title>Top 10 Health and Nutrition Trends to Watch</title>"
        + "<meta property='og:title' content='Health And Nutrition Trends For 2026'>",
        "<h1>Top 10 Health and Nutrition Trends to Watch</h1>").title());
  }

  @Test
  void anH1NamingTheSiteAfterThePagesPartOfTheTitleIsTheSitesLogo() {
    assertEquals("What is Ownership?", read("<title>What is Ownership? - The Rust Programming Language</title>",
        "<div class=menu-bar><h1 class=menu-title>The Rust Programming Language</h1></div><main><h2>What Is Ownership?</h2></main>").title());
    assertEquals("A brief intro to git", read("<title>A brief intro to git • Cory Dransfeldt</title>",
        "<header><h1><a href=/>Cory Dransfeldt</a></h1></header>").title());
    // the site's name first, the headline after: the h1 is the headline
    assertEquals("The 10 Best (and Cheapest) Airfare Search Sites for 2026", read(
        "<title>Frommers | The 10 Best (and Cheapest) Airfare Search Sites for 2026</title>",
        "<h1>The 10 Best (and Cheapest) Airfare Search Sites for 2026</h1>").title());
    assertEquals("Dark Roast Coffee", read("<title>Fiercely Strong Coffee | Dark Roast Coffee</title>"
        + "<meta property='og:site_name' content='Fiercely Strong Coffee'>", "<h1>Dark Roast Coffee</h1>").title());
  }

  @Test
  void trailingPartsNamingTheSiteLeaveTheTitle() {
    Metadata spice = MetadataExtractor.extract(Jsoup.parse("<title>Introducing the Cayenne Accelerator | Spice AI</title>",
        "https://www.spice.ai/blog/cayenne"));
    assertEquals("Introducing the Cayenne Accelerator", spice.title());
    Metadata forum = MetadataExtractor.extract(Jsoup.parse(
        "<title>What happened with the ISO in 2024 / Arch Discussion / Arch Linux Forums</title>", "https://bbs.archlinux.org/t/1"));
    assertEquals("What happened with the ISO in 2024 / Arch Discussion", forum.title());
    Metadata dash = MetadataExtractor.extract(Jsoup.parse("<title>Switch – OLED Model - Nintendo</title>", "https://www.nintendo.com/x"));
    assertEquals("Switch – OLED Model", dash.title());
    Metadata sections = MetadataExtractor.extract(Jsoup.parse(
        "<title>AirPods Pro 2nd generation : Amazon.co.uk : Electronics &amp; Photo</title>", "https://www.amazon.co.uk/dp/B0"));
    assertEquals("AirPods Pro 2nd generation", sections.title());
  }

  @Test
  void theHeadlineWinsOverATitleThatOnlyDecoratesIt() {
    assertEquals("What to look for before buying fish",
        read("<title>TFH Online Forum-What to look for before buying fish</title>", "<h1>What to look for before buying fish</h1>").title());
    assertEquals("Zero Waste for Beginners",
        read("<title>Zero Waste for Beginners Archives</title>", "<h1>Zero Waste for Beginners</h1>").title());
    assertEquals("Best Camping Hammocks of 2026",
        read("<title>Best Camping Hammocks of 2026, Tested &amp; Reviewed</title>", "<h1>Best Camping Hammocks of 2026</h1>").title());
    assertEquals("A long title that adds many more words than a site name would ever take",
        read("<title>A long title that adds many more words than a site name would ever take</title>", "<h1>A long title</h1>").title(),
        "more than a few words around the headline make another title");
    assertEquals("Hammocks of the worldwide", read("<title>Hammocks of the worldwide</title>", "<h1>Hammocks of the world</h1>").title(),
        "the headline must end where a word of the title ends");
  }

  @Test
  void aShortHeadlineEndsTheTitleWhereItsPartBeforeASeparatorOrColonIsTheHeadline() {
    assertEquals("Hiking Boots",
        read("<title>Hiking Boots: Shop Boots for Hiking &amp; Backpacking | REI Co-op</title>", "<h1>Hiking Boots</h1>").title());
    assertEquals("Models", read("<title>Models | Django documentation | Django</title>",
        "<h1></h1><h1>Models<a class=headerlink href=#models>¶</a></h1>").title(), "the first h1 with text, without its permalink");
    assertEquals("Tutorial - User Guide", read("<title>Tutorial - User Guide - FastAPI</title>", "<h1>Tutorial - User Guide¶</h1>").title());
    assertEquals("Project Management Certificate", read("<title>Project Management Certificate</title>", "<h1>Project Management</h1>").title(),
        "a headline that ends inside a part is not the title's");
    assertEquals("C#", read("<title>C# | Learn</title>", "<h1>C#</h1>").title(), "a name ending in # keeps it");
  }

  @Test
  void theSitesNameIsTheLabelBeforeThePublicSuffix() {
    assertEquals("archlinux", MetadataExtractor.hostLabel("https://bbs.archlinux.org/viewtopic.php?id=1"));
    assertEquals("amazon", MetadataExtractor.hostLabel("https://www.amazon.co.uk/dp/B0"));
    assertEquals("spice", MetadataExtractor.hostLabel("https://spice.ai/"));
    assertEquals(null, MetadataExtractor.hostLabel(null));
  }

  @Test
  void aLinkToAnAuthorPageIsAByline() {
    Metadata m = read("", "<nav><a href='/authors/'>Our Authors</a></nav><article><h1>Best tents</h1>"
        + "<div class=meta>Tested by <a href='https://gear.example/author/chris-mcnamara'>Chris McNamara</a></div>"
        + "<p>" + "We pitched every tent in the wind. ".repeat(8) + "</p></article>");
    assertEquals(List.of("Chris McNamara"), m.authors());
  }

  @Test
  void aBylineLabelStandingAloneNamesTheAuthorInTheNextElement() {
    Metadata written = read("", "<article><h1>Online courses</h1><div><p>Written by</p><p>Edzel Tabing</p></div>"
        + "<p>" + "Courses are taught online. ".repeat(8) + "</p></article>");
    assertEquals(List.of("Edzel Tabing"), written.authors());
    Metadata author = read("", "<article><h1>Pet behaviour</h1><div><h3>Author</h3><p>Lisa D. Ellis</p></div></article>");
    assertEquals(List.of("Lisa D. Ellis"), author.authors());
    Metadata unlabelled = read("", "<article><h1>Pet behaviour</h1><div><h3>Summary</h3><p>Lisa D. Ellis</p></div></article>");
    assertEquals(List.of(), unlabelled.authors());
  }

  @Test
  void onlyRelAuthorMarksABylineLinkNotAnyRel() {
    Metadata m = read("", "<header><a rel=noopener href=/app class=btn>Get App</a></header><p><a rel='author nofollow' href=/j>Jane Doe</a></p>");
    assertEquals(List.of("Jane Doe"), m.authors());
  }

  @Test
  void aBylineElementIsReadLineByLineSoTheAuthorsTitleIsNotPartOfTheName() {
    Metadata m = read("", "<span class=byline-author__description>By <a href=/kb>Keith Barry</a><br>"
        + "<span class=byline-author__title>Senior Autos Reporter</span></span>");
    assertEquals(List.of("Keith Barry"), m.authors());
    Metadata label = read("", "<div class=author-box><div>Written by</div><div>Cassidy Horton</div><a href=/more>Learn More</a></div>");
    assertEquals(List.of("Cassidy Horton"), label.authors());
  }

  @Test
  void plainPublishedAndCitationDateTagsAreRead() {
    assertEquals("2025-07-17T00:00:00Z", read("<meta name='published' content='July 17, 2025'>", "").publishedAt());
    assertEquals("2021-03-02T00:00:00Z", read("<meta name='citation_publication_date' content='2021/03/02'>", "").publishedAt());
  }

  @Test
  void aThreadsOpeningPostDeclaredInJsonLdNamesItsPosterByHandle() {
    Metadata m = read("<title>Deploy fails on build - Support - Netlify Forums</title><script type='application/ld+json'>"
        + "{\"@context\":\"http://schema.org\",\"@type\":\"DiscussionForumPosting\",\"headline\":\"Deploy fails on build\","
        + "\"datePublished\":\"2024-04-26T06:28:56.162Z\",\"author\":{\"@type\":\"Person\",\"name\":\"tinterweb\"}}</script>", "");
    assertEquals(List.of("tinterweb"), m.authors());
    assertEquals("Deploy fails on build", m.title());
    assertEquals("2024-04-26T06:28:56Z", m.publishedAt());
    // an article's declared author is still held to a name's rules
    assertEquals(List.of(), read("<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"Hi\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"tinterweb\"}}</script>", "").authors());
  }

  @Test
  void aQuestionAskedByNoOneIsAnFaqEntryNotTheTitle() {
    Metadata m = read("<title>Webflow CMS</title><script type='application/ld+json'>[{\"@type\":\"WebPage\",\"name\":\"Webflow CMS\"},"
        + "{\"@type\":\"Question\",\"name\":\"Can I manage large catalogs?\",\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":\"Yes.\"}}]</script>", "");
    assertEquals("Webflow CMS", m.title());
    Metadata asked = read("<script type='application/ld+json'>{\"@type\":\"QAPage\",\"mainEntity\":{\"@type\":\"Question\","
        + "\"name\":\"Why is my range so short?\",\"author\":{\"@type\":\"Person\",\"name\":\"Ejp55230\"},\"dateCreated\":\"2025-01-02T10:00:00Z\"}}</script>", "");
    assertEquals("Why is my range so short?", asked.title());
    assertEquals(List.of("Ejp55230"), asked.authors());
  }

  @Test
  void aPostersHandleInMicrodataIsTheirNameOnlyInsideAPost() {
    String poster = "<div itemprop=author itemscope itemtype='https://schema.org/Person'><span itemprop=name>sanmartinwatch</span></div>";
    assertEquals(List.of("sanmartinwatch"), read("", "<article itemscope itemtype='https://schema.org/DiscussionForumPosting'>"
        + "<h1 itemprop=headline>Watch trends</h1>" + poster + "</article>").authors());
    assertEquals(List.of(), read("", "<article itemscope itemtype='https://schema.org/Article'><h1 itemprop=headline>Watch trends</h1>"
        + poster + "</article>").authors());
  }

  @Test
  void aUserNameDeclaredAsAuthorIsTheirsUnlessABylineNamesAPerson() {
    assertEquals(List.of("ggailey777"), read("<meta name='author' content='ggailey777'>", "<article><h1>Azure Functions</h1></article>").authors());
    assertEquals(List.of("Jane Doe"), read("<meta name='author' content='ggailey777'>",
        "<article><h1>Azure Functions</h1><p class=byline>By Jane Doe</p></article>").authors());
    assertEquals(List.of(), read("<meta name='author' content='editor'>", "").authors());
  }

  @Test
  void aBylineRightUnderTheHeadlineIsTheStorysWhateverRegionHoldsIt() {
    assertEquals(List.of("Adam Roberts"), read("", "<article><h1>The year in books</h1><aside class=meta><address>"
        + "<a rel=author href=/profile/adam-roberts>Adam Roberts</a></address></aside><p>" + "Prose. ".repeat(40) + "</p></article>").authors());
    assertEquals(List.of("Natalie Nevares"), read("", "<div class=elementor-widget-wrap><h1>Sleep training tips</h1>"
        + "<div class='elementor-widget elementor-widget-post-info'><span class=elementor-post-info__item--type-author>By Natalie Nevares</span></div></div>").authors());
    // further down, an aside's byline is another story's
    assertEquals(List.of(), read("", "<article><h1>The year in books</h1>" + ("<p>" + "Prose. ".repeat(40) + "</p>").repeat(3)
        + "<aside><div class=teaser><span class=author>Ann Other</span></div></aside></article>").authors());
  }

  @Test
  void whatIsSaidAboutTheAuthorUnderTheHeadlineIsNoName() {
    String story = "<article><h1>Espresso machines under $500</h1><div class=entry-head><p class=name>%s</p>"
        + "<div class=%s>Licensed Q Arabica Grader, M.A. Journalism</div></div>" + ("<p>" + "Prose. ".repeat(40) + "</p>").repeat(2) + "</article>";
    assertEquals(List.of(), read("", story.formatted("Asser Christensen", "dynamic-author-description")).authors());
    assertEquals(List.of(), read("", story.formatted("Asser Christensen", "author-bio")).authors());
    // the name beside it, marked as a byline, still counts
    assertEquals(List.of("Asser Christensen"), read("", story.formatted("<span class=author-name>Asser Christensen</span>", "author-bio")).authors());
  }

  @Test
  void aBylineElementPrintingTheDateFirstNamesWhoeverFollowsIt() {
    String story = "<article><h1>Compile-time checks in Haskell</h1>%s" + ("<p>" + "Prose. ".repeat(40) + "</p>").repeat(2) + "</article>";
    assertEquals(List.of("Julian K. Arni"), read("", story.formatted("<div class=dateAndAuthor><span>Dec 17, 2025</span>Julian K. Arni</div>")).authors());
    assertEquals(List.of("Katie Liguori"), read("", story.formatted("<div class=post-author>Sep 01, 2023 · Katie Liguori</div>")).authors());
    // what stands beside the date must be a full name, and all of the rest
    assertEquals(List.of(), read("", story.formatted("<div class=post-author>Sun Dec 17, 2023 · Update</div>")).authors());
    assertEquals(List.of(), read("", story.formatted("<div class=post-author>Dec 17, 2023 · Jane Doe on behalf of the team</div>")).authors());
  }

  @Test
  void anAuthorBoxNamesTheAuthorAloneOnItsFirstLineOverABio() {
    String story = "<article><h1>Marketing for clinics</h1>" + ("<p>" + "Prose. ".repeat(40) + "</p>").repeat(3);
    String bio = "<p>" + "She writes about growth marketing for healthcare technology and B2B software companies. ".repeat(3) + "</p>";
    assertEquals(List.of("Lauren Vetter"), read("", story + "<div class=blog_author-box><div>Lauren Vetter</div>" + bio + "</div></article>").authors());
    // a label over the box's text, a single word or the page's own wrapper name nobody
    assertEquals(List.of(), read("", story + "<div class=author-box><div>Comment</div>" + bio + "</div></article>").authors());
    assertEquals(List.of(), read("", story + "<div class=author-box><h4>About the author</h4>" + bio + "</div></article>").authors());
    assertEquals(List.of(), MetadataExtractor.extract(Jsoup.parse("<html><body class='blog hide-author'><div>Live Jobs</div>"
        + story + bio + "</article></body></html>", "https://example.com/a")).authors());
  }

  @Test
  void aPageBuildersWidgetIsNoSidebarWidget() {
    // Elementor wraps every block of a page in "elementor-widget": its author box is the story's
    String story = "<h1>Pricing a consulting offer</h1>" + ("<p>" + "Prose. ".repeat(40) + "</p>").repeat(3);
    assertEquals(List.of("Liz Kenny"), read("", story + "<div class='elementor-widget elementor-widget-author-box'>"
        + "<div class=elementor-author-box><h4 class=elementor-author-box__name>Liz Kenny</h4></div></div>").authors());
    // a theme's sidebar widget still holds someone else's byline
    assertEquals(List.of(), read("", story + "<div class='widget widget_author'>"
        + "<h4 class=author-name>Ann Other</h4></div>").authors());
  }

  @Test
  void anEarlierShownDateBeatsAPublicationStampedAtEveryUpdate() {
    String body = "<article><h1>Ten tips for new runners</h1><p class=date>May 14, 2025</p><p>" + "Run slowly. ".repeat(30) + "</p></article>";
    String stamped = "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"Ten tips\","
        + "\"datePublished\":\"%s\",\"dateModified\":\"2025-11-20T16:02:46Z\"}</script>";
    assertEquals("2025-05-14", read(String.format(stamped, "2025-11-20T16:02:46Z"), body).publishedAt().substring(0, 10));
    // a publication date of its own is believed
    assertEquals("2025-10-01T08:00:00Z", read(String.format(stamped, "2025-10-01T08:00:00Z"), body).publishedAt());
    // the same day shown without a time keeps the declared time
    assertEquals("2025-11-20T16:02:46Z", read(String.format(stamped, "2025-11-20T16:02:46Z"),
        body.replace("May 14, 2025", "November 20, 2025")).publishedAt());
  }

  @Test
  void declaredImageAndCanonicalUrlsAreAbsoluteWebAddressesOrNothing() {
    // relative and protocol-relative values resolve against the page; a value that is no address gives way to the next source
    Metadata m = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Big News\","
        + "\"image\":\"com.example.entities.Image@1aa3b0b8\",\"url\":\"/story/big-news\"}</script>"
        + "<meta property='og:image' content='//cdn.example.net/big.jpg'>", "");
    assertEquals("https://cdn.example.net/big.jpg", m.imageUrl());
    assertEquals("https://example.com/story/big-news", m.canonicalUrl());
    // without the page's address a relative one cannot be resolved, and is not reported as if it were an address
    Metadata unknownPage = MetadataExtractor.extract(Jsoup.parse(
        "<html><head><link rel=canonical href='/story/big-news'><meta property='og:image' content='/big.jpg'></head></html>"));
    assertNull(unknownPage.canonicalUrl());
    assertNull(unknownPage.imageUrl());
  }

  @Test
  void entityReferencesEscapedTwiceAreDecoded() {
    Metadata m = read("<title>And finally&amp;#8230; trouble brewing</title>"
        + "<meta name='description' content='Q&amp;A and R&amp;D for you&amp;#039;re&amp;nbsp;&amp;nbsp;here'>", "");
    assertEquals("And finally… trouble brewing", m.title());
    assertEquals("Q&A and R&D for you're here", m.description());
  }

  /** One spelling whichever source gives the language: its primary subtag; what is not a tag gives way to the next source. */
  @Test
  void languageIsThePrimarySubtagFromWhicheverSource() {
    assertEquals("en", read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"inLanguage\":\"EN_us\"}</script>", "").language());
    assertEquals("pt", MetadataExtractor.extract(Jsoup.parse(
        "<html lang='{{ locale }}'><head><meta property='og:locale' content='pt_BR'></head></html>")).language());
  }

  @Test
  void withoutAnH1TheElementShowingTheTitleIsTheHeadline() {
    // a page builder's headline: a styled paragraph, its date and byline under it
    Metadata m = read("<title>Top 5 HR Management Software in 2026 | DianaHR</title>",
        "<nav><a href=/blog>Top 5 HR Management Software in 2026</a></nav>"
            + "<div class=hero><p class=framer-text>Top 5 HR Management Software in 2026</p>"
            + "<p class=framer-text>Feb 16, 2026</p><p>By Dana Hill</p></div>"
            + "<p>Choosing HR software is hard; this guide compares five tools on price, payroll and support for small teams.</p>");
    assertEquals("2026-02-16T00:00:00Z", m.publishedAt());
    assertEquals(List.of("Dana Hill"), m.authors());
    assertEquals("Top 5 HR Management Software in 2026", m.title());
    // a short title is not looked for: three words may stand anywhere
    Metadata shortTitle = read("<title>Pricing | DianaHR</title>", "<div><p>Pricing</p><p>Feb 16, 2026</p></div>");
    assertNull(shortTitle.publishedAt());
  }
}
