// Throughput of the dedupe cache over the event bus, on one node: lookups of known URLs and
// claim+complete of new ones, with a window of outstanding requests.
//
//   mvn -B -q package -DskipTests
//   java -cp target/scoop.jar bench/CacheThroughput.java [seconds=5] [window=512]
import dev.scoop.config.ScoopConfig;
import dev.scoop.dedupe.SeenCacheVerticle;
import dev.scoop.pipeline.Addresses;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

public class CacheThroughput {
  static final int KNOWN = 100_000;

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int window = args.length > 1 ? Integer.parseInt(args[1]) : 512;
    Vertx vertx = Vertx.vertx();
    vertx.deployVerticle(new SeenCacheVerticle(ScoopConfig.defaults().dedupe(), System::currentTimeMillis))
        .await(10, TimeUnit.SECONDS);
    for (int i = 0; i < KNOWN; i += 1000) {
      fill(vertx, i, i + 1000).await(30, TimeUnit.SECONDS);
    }
    System.out.printf("lookups: %.0f /s%n", run(vertx, seconds, window, "lookup"));
    System.out.printf("claims (new URLs, claim + complete): %.0f URLs/s%n", run(vertx, seconds, window, "claim"));
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  static String url(long i) {
    return "https://news.example.com/2026/11/28/story-" + i + ".html";
  }

  static io.vertx.core.Future<Void> fill(Vertx vertx, int from, int to) {
    java.util.List<io.vertx.core.Future<?>> all = new java.util.ArrayList<>();
    for (int i = from; i < to; i++) {
      all.add(claimAndComplete(vertx, url(i)));
    }
    return io.vertx.core.Future.all(all).mapEmpty();
  }

  static io.vertx.core.Future<Object> claimAndComplete(Vertx vertx, String url) {
    return vertx.eventBus().request(Addresses.CACHE, new JsonObject().put("key", url), new DeliveryOptions().addHeader("op", "claim"))
        .compose(c -> vertx.eventBus().request(Addresses.CACHE, new JsonObject().put("key", url)
            .put("result", new JsonObject().put("url", url).put("status", "ok")), new DeliveryOptions().addHeader("op", "complete")))
        .map(m -> m.body());
  }

  /** Keeps {@code window} requests outstanding for {@code seconds}; returns completed operations per second. */
  static double run(Vertx vertx, int seconds, int window, String kind) throws Exception {
    AtomicLong done = new AtomicLong();
    AtomicLong next = new AtomicLong(KNOWN * 10L);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    Promise<Void> finished = Promise.promise();
    AtomicLong outstanding = new AtomicLong(window);
    long start = System.nanoTime();
    vertx.runOnContext(v -> {
      for (int i = 0; i < window; i++) {
        loop(vertx, kind, done, next, end, outstanding, finished);
      }
    });
    finished.future().await(seconds + 30, TimeUnit.SECONDS);
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  static void loop(Vertx vertx, String kind, AtomicLong done, AtomicLong next, long end, AtomicLong outstanding, Promise<Void> finished) {
    if (System.nanoTime() > end) {
      if (outstanding.decrementAndGet() == 0) {
        finished.complete();
      }
      return;
    }
    io.vertx.core.Future<?> op = kind.equals("lookup")
        ? vertx.eventBus().request(Addresses.CACHE, new JsonObject().put("key", url(next.incrementAndGet() % KNOWN)),
            new DeliveryOptions().addHeader("op", "lookup"))
        : claimAndComplete(vertx, url(next.incrementAndGet()));
    op.onComplete(ar -> {
      done.incrementAndGet();
      loop(vertx, kind, done, next, end, outstanding, finished);
    });
  }
}
