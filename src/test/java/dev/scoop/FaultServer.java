package dev.scoop;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A misbehaving web site on 127.0.0.1 and a free port, one handler per fault a fetcher must
 * survive. It records when each request arrived and how many were in flight at once.
 */
public final class FaultServer extends LocalSite {
  public static final String PAGE = "<html><head><title>Fine page</title></head><body><article><h1>Fine page</h1>"
      + "<p>" + "This page arrived intact after all, which is what the fetcher was hoping for, in the end. ".repeat(4) + "</p>"
      + "<p>" + "A second paragraph follows, so the extractor has something that reads like an article. ".repeat(4) + "</p>"
      + "</article></body></html>";
  private final String robots;
  private final List<Long> arrivals = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  /** {@code robots}: the robots.txt body, "500" for a failing one, or null for none (404). */
  public FaultServer(Vertx vertx, String robots) {
    this(vertx, robots, "127.0.0.1");
  }

  public FaultServer(Vertx vertx, String robots, String host) {
    super(vertx, host);
    this.robots = robots;
  }

  public Future<FaultServer> start() {
    return listen().map(v -> this);
  }

  @Override
  protected void routes(Router router) {
    router.route().handler(ctx -> {
      if (!ctx.request().path().equals("/robots.txt")) {
        arrivals.add(System.currentTimeMillis());
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        ctx.addEndHandler(v -> inFlight.decrementAndGet());
      }
      ctx.next();
    });
    router.get("/robots.txt").handler(this::robots);
    router.get("/ok/:n").handler(ctx -> vertx.setTimer(30, t -> html(ctx.response(), PAGE)));
    router.get("/slow-first-byte").handler(ctx -> vertx.setTimer(3000, t -> html(ctx.response(), PAGE)));
    router.get("/trickle").handler(this::trickle);
    router.get("/reset").handler(ctx -> ctx.request().connection().close());
    router.get("/flaky/:id").handler(ctx -> {
      if (hits(ctx.request().path()) == 1) {
        ctx.response().setStatusCode(503).end("busy");
      } else {
        html(ctx.response(), PAGE);
      }
    });
    router.get("/limited/:id").handler(ctx -> {
      if (hits(ctx.request().path()) == 1) {
        ctx.response().setStatusCode(429).putHeader("Retry-After", "1").end("slow down");
      } else {
        html(ctx.response(), PAGE);
      }
    });
    router.get("/gone").handler(ctx -> ctx.response().setStatusCode(404).end("gone"));
    router.get("/loop/a").handler(ctx -> redirect(ctx, "/loop/b"));
    router.get("/loop/b").handler(ctx -> redirect(ctx, "/loop/a"));
    router.get("/hops/:n").handler(ctx -> redirect(ctx, "/hops/" + (Integer.parseInt(ctx.pathParam("n")) + 1)));
    router.get("/to-metadata").handler(ctx -> redirect(ctx, "http://169.254.169.254/latest/meta-data/"));
    router.get("/huge").handler(this::huge);
    router.get("/gzip-bomb").handler(this::gzipBomb);
    router.get("/image").handler(ctx -> ctx.response().putHeader("Content-Type", "image/png").end(Buffer.buffer(new byte[64])));
    router.get("/cp1252").handler(ctx -> ctx.response().putHeader("Content-Type", "text/html; charset=windows-1252")
        .end(Buffer.buffer(PAGE.replace("Fine page", "Café — “quoted” page").getBytes(Charset.forName("windows-1252")))));
  }

  /** Arrival times (ms) of page requests, robots.txt excluded. */
  public List<Long> arrivals() {
    return arrivals;
  }

  public int maxInFlight() {
    return maxInFlight.get();
  }

  private void robots(RoutingContext ctx) {
    if (robots == null) {
      ctx.response().setStatusCode(404).end();
    } else if (robots.equals("500")) {
      ctx.response().setStatusCode(500).end("oops");
    } else {
      ctx.response().putHeader("Content-Type", "text/plain").end(robots);
    }
  }

  private void redirect(RoutingContext ctx, String location) {
    ctx.response().setStatusCode(302).putHeader("Location", location).end();
  }

  private static void html(HttpServerResponse response, String html) {
    if (!response.closed()) {
      response.putHeader("Content-Type", "text/html; charset=utf-8").end(html);
    }
  }

  /** A byte every 100 ms, for at most a minute: a server that never finishes. */
  private void trickle(RoutingContext ctx) {
    HttpServerResponse resp = ctx.response().setChunked(true).putHeader("Content-Type", "text/html");
    AtomicInteger sent = new AtomicInteger();
    vertx.setPeriodic(100, id -> {
      if (resp.closed() || sent.incrementAndGet() > 600) {
        vertx.cancelTimer(id);
      } else {
        resp.write("<");
      }
    });
  }

  /** A 50 MB body announced up front, streamed while the client keeps reading. */
  private void huge(RoutingContext ctx) {
    HttpServerResponse resp = ctx.response().putHeader("Content-Type", "text/html").putHeader("Content-Length", String.valueOf(50L << 20));
    Buffer chunk = Buffer.buffer(new byte[64 * 1024]);
    AtomicInteger sent = new AtomicInteger();
    vertx.setPeriodic(1, id -> {
      if (resp.closed() || sent.get() >= 800) {
        vertx.cancelTimer(id);
      } else if (!resp.writeQueueFull()) {
        sent.incrementAndGet();
        resp.write(chunk);
      }
    });
  }

  /** 100 KB on the wire that inflate to 100 MB. */
  private void gzipBomb(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "text/html").putHeader("Content-Encoding", "gzip").end(Buffer.buffer(BOMB));
  }

  private static final byte[] BOMB = bomb();

  private static byte[] bomb() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 100; i++) {
          gz.write(zeros);
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
