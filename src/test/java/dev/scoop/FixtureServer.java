package dev.scoop;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local web site for tests, on 127.0.0.1 and a free port. Serves the fixture pages of
 * {@code src/test/resources/pages}, the seed story under any number of distinct URLs
 * ({@code /story/N}), a page of N nested elements ({@code /nested/N}), error statuses, and counts every request it receives by path.
 */
public final class FixtureServer extends LocalSite {
  public FixtureServer(Vertx vertx) {
    super(vertx);
  }

  public Future<FixtureServer> start() {
    return listen().map(v -> this);
  }

  @Override
  protected void routes(Router router) {
    router.get("/robots.txt").handler(ctx -> ctx.response().putHeader("Content-Type", "text/plain")
        .end("User-agent: *\nDisallow: /private/\n"));
    router.get("/private/:name").handler(ctx -> page(ctx, ctx.pathParam("name")));
    router.get("/endless").handler(this::endless);
    router.get("/pages/:name").handler(ctx -> page(ctx, ctx.pathParam("name")));
    router.get("/story/:n").handler(this::story);
    router.get("/amp/:n").handler(this::amp);
    router.get("/tiny/:n").handler(ctx -> html(ctx, tinyPage(Integer.parseInt(ctx.pathParam("n")))));
    router.get("/slow/:ms/:n").handler(ctx -> vertx.setTimer(Long.parseLong(ctx.pathParam("ms")),
        t -> html(ctx, tinyPage(Integer.parseInt(ctx.pathParam("n"))))));
    router.get("/wire/:n").handler(this::wire);
    router.get("/status/:code").handler(ctx -> ctx.response().setStatusCode(Integer.parseInt(ctx.pathParam("code"))).end("status"));
    router.get("/empty").handler(ctx -> html(ctx, "<html><head><title>App</title></head><body><div id=root></div><script>boot()</script></body></html>"));
    router.get("/nested/:n").handler(ctx -> html(ctx, "<html><body><article><h1>Deep</h1>"
        + "<div>".repeat(Integer.parseInt(ctx.pathParam("n"))) + "<p>A paragraph at the bottom.</p></article></body></html>"));
    router.get("/data.json").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json").end("{}"));
  }

  /** Story N in the seed's site template, with a body of its own (content dedupe must see distinct articles). */
  private void story(RoutingContext ctx) {
    html(ctx, storyPage(Integer.parseInt(ctx.pathParam("n")), ""));
  }

  /** The AMP copy of story N: another template, and a canonical link to the story. */
  private void amp(RoutingContext ctx) {
    int n = Integer.parseInt(ctx.pathParam("n"));
    html(ctx, "<html><head><title>Story " + n + "</title><link rel=canonical href='" + url("/story/" + n) + "'></head>"
        + "<body><div class=amp-header><a href=/>Home</a></div><article><h1>Story " + n + "</h1>" + storyBody(n)
        + "</article><div class=amp-footer>AMP footer</div></body></html>");
  }

  /** Story N as another site would syndicate it: its own navigation, related links and footer. */
  private void wire(RoutingContext ctx) {
    int n = Integer.parseInt(ctx.pathParam("n"));
    html(ctx, "<html><head><title>Wire: story " + n + " | Other Daily</title></head><body>"
        + "<header><nav><a href=/>Front page</a> <a href=/sport>Sport</a> <a href=/money>Money</a></nav></header>"
        + "<main><div class=post><h1>Wire story " + n + "</h1><p class=byline>By Wire Staff</p>" + storyBody(n) + "</div>"
        + "<div class=related><h3>More from Other Daily</h3><ul><li><a href=/a>Markets rally on rate hopes</a></li>"
        + "<li><a href=/b>Storm closes schools</a></li></ul></div></main><footer>© Other Daily</footer></body></html>");
  }

  public static String storyPage(int n, String extraHead) {
    String seed = resource("seed-newser.html");
    int start = seed.indexOf("<div class=\"story-body\">");
    int end = seed.indexOf("<div class=\"app-install-promo\">");
    // The seed's canonical link and og:url name the real story: a page of its own names none.
    String head = seed.substring(0, start).replaceAll("<link rel=\"canonical\"[^>]*>", "")
        .replaceAll("<meta property=\"og:url\"[^>]*>", "");
    return head.replace("South Korea May Relent on Selling Weapons to Ukraine", "Story " + n)
        .replace("</head>", extraHead + "</head>")
        + "<div class=\"story-body\">" + storyBody(n) + "</div>\n" + seed.substring(end);
  }

  /** A small page of its own per N, quick to fetch and extract, too short to fingerprint. */
  public static String tinyPage(int n) {
    return "<html><head><title>Note " + n + "</title></head><body><article><h1>Note " + n + "</h1>"
        + "<p>Note number " + n + " says the river rose again on day " + (n % 365) + ", as measured at the gauge.</p>"
        + "<p>Residents near bend " + (n % 97) + " were asked to move their cars before the evening high water.</p>"
        + "</article></body></html>";
  }

  /** Five paragraphs of words drawn with seed N: different N, different text. */
  public static String storyBody(int n) {
    String[] words = ("council river market school bridge harbour festival election budget teacher doctor farmer "
        + "museum railway airport storm drought vaccine theatre library factory police court minister mayor "
        + "village orchestra football championship hospital university scientist engineer volcano glacier forest "
        + "reservoir parliament senate treaty border embassy currency inflation harvest vineyard lighthouse canal "
        + "tunnel stadium cathedral bakery newspaper satellite telescope laboratory").split(" ");
    java.util.Random random = new java.util.Random(n * 7919L + 17);
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 5; p++) {
      body.append("<p>The");
      for (int w = 0; w < 40; w++) {
        body.append(' ').append(words[random.nextInt(words.length)]).append(w % 9 == 8 ? "," : "");
      }
      body.append(".</p>");
    }
    return body.toString();
  }

  /** A chunked HTML body that never ends by itself (bounded at 256 MB so a broken client cannot hang a test). */
  private void endless(RoutingContext ctx) {
    io.vertx.core.http.HttpServerResponse resp = ctx.response().setChunked(true).putHeader("Content-Type", "text/html");
    Buffer chunk = Buffer.buffer("<p>" + "la ".repeat(21_000) + "</p>\n");
    AtomicInteger sent = new AtomicInteger();
    resp.write("<html><body>");
    vertx.setPeriodic(1, id -> {
      if (resp.closed() || resp.ended() || sent.incrementAndGet() > 4000) {
        vertx.cancelTimer(id);
        if (!resp.closed() && !resp.ended()) {
          resp.end();
        }
      } else if (!resp.writeQueueFull()) {
        resp.write(chunk);
      }
    });
  }

  private void page(RoutingContext ctx, String name) {
    if (name.contains("..") || ClassLoader.getSystemResource("pages/" + name) == null) {
      ctx.response().setStatusCode(404).end();
      return;
    }
    String type = name.contains("cp1252") ? "text/html; charset=windows-1252" : "text/html; charset=utf-8";
    ctx.response().putHeader("Content-Type", type).end(Buffer.buffer(bytes("pages/" + name)));
  }

  private static void html(RoutingContext ctx, String html) {
    ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(html);
  }

  public static String resource(String page) {
    return new String(bytes("pages/" + page), java.nio.charset.StandardCharsets.UTF_8);
  }

  public static byte[] bytes(String path) {
    try (InputStream in = ClassLoader.getSystemResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
