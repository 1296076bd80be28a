package dev.scoop.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scoop.config.ScoopConfig;
import dev.scoop.pipeline.Addresses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cache as the scraper uses it: requests on {@link Addresses#CACHE}. */
@ExtendWith(VertxExtension.class)
class SeenCacheVerticleTest {
  private static final long TTL = 1000;
  private final AtomicLong now = new AtomicLong(10_000);
  private Vertx vertx;

  @BeforeEach
  void deploy(Vertx vertx, VertxTestContext ctx) {
    this.vertx = vertx;
    ScoopConfig.Dedupe config = new ScoopConfig.Dedupe(TTL, 2, 1 << 20, 3, List.of());
    vertx.deployVerticle(new SeenCacheVerticle(config, now::get)).onComplete(ctx.succeedingThenComplete());
  }

  private Future<JsonObject> op(String op, JsonObject body) {
    return vertx.eventBus().<JsonObject>request(Addresses.CACHE, body, new DeliveryOptions().addHeader("op", op))
        .map(Message::body);
  }

  private Future<JsonObject> claim(String url) {
    return op("claim", new JsonObject().put("key", url));
  }

  private Future<JsonObject> complete(String url, String status) {
    JsonObject result = new JsonObject().put("url", url).put("status", status).put("article", new JsonObject().put("title", url));
    return op("complete", new JsonObject().put("key", url).put("result", result));
  }

  @Test
  void aClaimWaitsForTheFetchInFlightThenSharesItsResult(VertxTestContext ctx) {
    claim("http://a.example/").compose(first -> {
      Future<JsonObject> waiting = claim("http://a.example/");
      return complete("http://a.example/", "ok").compose(done -> waiting).map(w -> List.of(first, w));
    }).onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      assertEquals("claimed", r.get(0).getString("state"));
      assertEquals("done", r.get(1).getString("state"));
      assertEquals("http://a.example/", r.get(1).getJsonObject("result").getJsonObject("article").getString("title"));
      ctx.completeNow();
    })));
  }

  @Test
  void errorsAreSharedWithWaitersButNotKept(VertxTestContext ctx) {
    claim("http://b.example/").compose(first -> {
      Future<JsonObject> waiting = claim("http://b.example/");
      return complete("http://b.example/", "error").compose(done -> waiting)
          .compose(w -> claim("http://b.example/").map(again -> List.of(w, again)));
    }).onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      assertEquals("error", r.get(0).getJsonObject("result").getString("status"));
      assertEquals("claimed", r.get(1).getString("state"), "a later submission tries again");
      ctx.completeNow();
    })));
  }

  @Test
  void entriesExpireAfterTheTtl(VertxTestContext ctx) {
    claim("http://c.example/").compose(c -> complete("http://c.example/", "ok"))
        .compose(done -> claim("http://c.example/"))
        .compose(fresh -> {
          now.addAndGet(TTL);
          return claim("http://c.example/").map(expired -> List.of(fresh, expired));
        })
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals("done", r.get(0).getString("state"));
          assertEquals("claimed", r.get(1).getString("state"));
          ctx.completeNow();
        })));
  }

  @Test
  void theLeastRecentlyUsedIsEvictedAtTheLimit(VertxTestContext ctx) {
    Future<JsonObject> filled = Future.succeededFuture();
    for (String u : List.of("http://1.example/", "http://2.example/", "http://3.example/")) {
      filled = filled.compose(x -> claim(u)).compose(x -> complete(u, "ok"));
    }
    filled.compose(x -> op("lookup", new JsonObject().put("key", "http://1.example/")))
        .compose(first -> op("stats", new JsonObject()).map(stats -> List.of(first, stats)))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals("absent", r.get(0).getString("state"));
          assertEquals(2, r.get(1).getInteger("size"));
          assertEquals(1L, r.get(1).getLong("evictions"));
          assertEquals(2, r.get(1).getInteger("articles"), "articles leave with their URL entry");
          ctx.completeNow();
        })));
  }

  /** Hits and misses count what submissions asked for, not the cache's own probes (aliases, retries). */
  @Test
  void requestsAreCountedAsHitsAndMissesButTheCachesOwnProbesAreNot(VertxTestContext ctx) {
    JsonObject result = new JsonObject().put("url", "http://d.example/").put("status", "ok").put("article", new JsonObject());
    claim("http://d.example/")
        .compose(c -> op("complete", new JsonObject().put("key", "http://d.example/").put("result", result)
            .put("aliases", new JsonArray().add("http://alias.example/d"))))
        .compose(done -> claim("http://d.example/"))
        .compose(hit -> op("lookup", new JsonObject().put("key", "http://e.example/")))
        .compose(miss -> op("stats", new JsonObject()))
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          assertEquals(1L, stats.getLong("hits"), stats.encode());
          assertEquals(2L, stats.getLong("misses"), stats.encode());
          ctx.completeNow();
        })));
  }
}
