package dev.scoop;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test web site on 127.0.0.1 and a free port that counts every request it receives by path.
 * Subclasses add their routes in {@link #routes}.
 */
public abstract class LocalSite {
  protected final Vertx vertx;
  private final String host;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private HttpServer server;

  protected LocalSite(Vertx vertx) {
    this(vertx, "127.0.0.1");
  }

  /** A site on another loopback address (127.0.0.2, ...): another host to the fetcher's politeness. */
  protected LocalSite(Vertx vertx, String host) {
    this.vertx = vertx;
    this.host = host;
  }

  /** Adds the site's routes; requests have been counted by then. */
  protected abstract void routes(Router router);

  protected Future<Void> listen() {
    Router router = Router.router(vertx);
    router.route().handler(ctx -> {
      hits.computeIfAbsent(ctx.request().path(), k -> new AtomicInteger()).incrementAndGet();
      ctx.next();
    });
    routes(router);
    server = vertx.createHttpServer().requestHandler(router);
    return server.listen(0, host).mapEmpty();
  }

  public int port() {
    return server.actualPort();
  }

  public String url(String path) {
    return "http://" + host + ":" + port() + path;
  }

  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  public int totalHits() {
    return hits.values().stream().mapToInt(AtomicInteger::get).sum();
  }
}
