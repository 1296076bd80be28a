package dev.scoop;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local web site for tests, on 127.0.0.1 and a free port. Serves the fixture pages of
 * {@code src/test/resources/pages}, the seed story under any number of distinct URLs
 * ({@code /story/N}), error statuses, and counts every request it receives by path.
 */
public final class FixtureServer {
  private final Vertx vertx;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();
  private HttpServer server;

  public FixtureServer(Vertx vertx) {
    this.vertx = vertx;
  }

  public Future<FixtureServer> start() {
    Router router = Router.router(vertx);
    router.route().handler(ctx -> {
      total.incrementAndGet();
      hits.computeIfAbsent(ctx.request().path(), k -> new AtomicInteger()).incrementAndGet();
      ctx.next();
    });
    router.get("/robots.txt").handler(ctx -> ctx.response().putHeader("Content-Type", "text/plain")
        .end("User-agent: *\nDisallow: /private/\n"));
    router.get("/private/:name").handler(ctx -> page(ctx, ctx.pathParam("name")));
    router.get("/endless").handler(this::endless);
    router.get("/pages/:name").handler(ctx -> page(ctx, ctx.pathParam("name")));
    router.get("/story/:n").handler(this::story);
    router.get("/status/:code").handler(ctx -> ctx.response().setStatusCode(Integer.parseInt(ctx.pathParam("code"))).end("status"));
    router.get("/empty").handler(ctx -> html(ctx, "<html><head><title>App</title></head><body><div id=root></div><script>boot()</script></body></html>"));
    router.get("/data.json").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json").end("{}"));
    server = vertx.createHttpServer().requestHandler(router);
    return server.listen(0, "127.0.0.1").map(s -> this);
  }

  public int port() {
    return server.actualPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  public int totalHits() {
    return total.get();
  }

  /** The seed story, made distinct per N so content dedupe treats each as its own article. */
  private void story(RoutingContext ctx) {
    String n = ctx.pathParam("n");
    String html = resource("seed-newser.html")
        .replace("South Korea May Relent on Selling Weapons to Ukraine", "Story " + n + ": South Korea May Relent")
        .replace("is not taking North Korea", "(report " + n + ") is not taking North Korea");
    html(ctx, html);
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
