package dev.scoop.dedupe;

import static dev.scoop.WsProbe.ofType;
import static dev.scoop.WsProbe.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.scoop.FixtureServer;
import dev.scoop.ServiceTestBase;
import dev.scoop.WsProbe;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Dedupe through the whole service: one fetch per URL, canonical links, syndicated copies. */
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class DedupeTest extends ServiceTestBase {

  @Override
  protected Map<String, String> config() {
    return Map.of("SCOOP_JOBS_MAX_URLS", "100");
  }

  /** Submits one job over a new socket and completes with its result events once done. */
  private Future<List<JsonObject>> scrape(Vertx vertx, List<String> urls, boolean force) {
    return WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "submit").put("urls", new JsonArray(new ArrayList<>(urls)))
                .put("options", new JsonObject().put("force", force)))
            .until(type("job")).eventually(ws::close))
        .map(frames -> ofType(frames, "result"));
  }

  private static List<String> spellings(String url, int n) {
    List<String> variants = List.of(url, url + "#top", url + "?utm_source=x", url.replace("http://", "HTTP://"),
        url + "?fbclid=abc&utm_medium=social", url.replace("/story/", "/x/../story/"));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(variants.get(i % variants.size()));
    }
    return out;
  }

  @Test
  void aHundredConcurrentSubmissionsOfOneUrlFetchItOnce(Vertx vertx, VertxTestContext ctx) {
    String url = site.url("/story/7");
    List<Future<List<JsonObject>>> jobs = new ArrayList<>();
    jobs.add(scrape(vertx, spellings(url, 50), false));
    for (int i = 0; i < 50; i++) {
      jobs.add(scrape(vertx, spellings(url, 1 + i % 6).subList(i % 6, i % 6 + 1), false));
    }
    Future.all(jobs).onComplete(ctx.succeeding(all -> ctx.verify(() -> {
      List<JsonObject> results = new ArrayList<>();
      jobs.forEach(j -> results.addAll(j.result()));
      assertEquals(100, results.size(), "one terminal result per submission");
      assertEquals(1, site.totalHits() - site.hits("/robots.txt"), "fetched once");
      assertEquals(1, results.stream().filter(r -> r.getString("status").equals("ok")).count());
      List<JsonObject> duplicates = results.stream().filter(r -> r.getString("status").equals("duplicate")).toList();
      assertEquals(99, duplicates.size());
      duplicates.forEach(d -> {
        assertNotNull(d.getString("duplicateOf"));
        assertEquals("Story 7", d.getJsonObject("article").getString("title"));
      });
      ctx.completeNow();
    })));
  }

  @Test
  void aCopyNamingAKnownCanonicalIsADuplicate(Vertx vertx, VertxTestContext ctx) {
    scrape(vertx, List.of(site.url("/story/3")), false)
        .compose(first -> scrape(vertx, List.of(site.url("/amp/3")), false).map(second -> List.of(first.get(0), second.get(0))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals("ok", r.get(0).getString("status"));
          assertEquals("duplicate", r.get(1).getString("status"));
          assertEquals(site.url("/story/3"), r.get(1).getString("duplicateOf"));
          assertEquals(site.url("/amp/3"), r.get(1).getJsonObject("article").getString("url"), "the page's own article");
          ctx.completeNow();
        })));
  }

  @Test
  void theCanonicalOfAKnownCopyIsNotFetchedAgain(Vertx vertx, VertxTestContext ctx) {
    scrape(vertx, List.of(site.url("/amp/4")), false)
        .compose(first -> scrape(vertx, List.of(site.url("/story/4")), false).map(second -> List.of(first.get(0), second.get(0))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals("ok", r.get(0).getString("status"));
          assertEquals("duplicate", r.get(1).getString("status"));
          assertEquals(site.url("/amp/4"), r.get(1).getString("duplicateOf"));
          assertEquals(0, site.hits("/story/4"), "known through the copy's canonical link");
          ctx.completeNow();
        })));
  }

  @Test
  void theSameStoryOnAnotherSiteIsANearDuplicate(Vertx vertx, VertxTestContext ctx) {
    FixtureServer otherSite = new FixtureServer(vertx);
    otherSite.start()
        .compose(s -> scrape(vertx, List.of(site.url("/story/5")), false))
        .compose(first -> scrape(vertx, List.of(otherSite.url("/wire/5")), false).map(second -> List.of(first.get(0), second.get(0))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals("ok", r.get(0).getString("status"));
          JsonObject copy = r.get(1);
          assertEquals("duplicate", copy.getString("status"), copy.encode());
          assertEquals(site.url("/story/5"), copy.getString("duplicateOf"));
          assertEquals(otherSite.url("/wire/5"), copy.getJsonObject("article").getString("url"), "the copy's own article");
          ctx.completeNow();
        })));
  }

  @Test
  void differentStoriesInOneTemplateAreAllOk(Vertx vertx, VertxTestContext ctx) {
    scrape(vertx, stories(8), false).onComplete(ctx.succeeding(results -> ctx.verify(() -> {
      assertEquals(8, results.stream().filter(r -> r.getString("status").equals("ok")).count());
      ctx.completeNow();
    })));
  }

  @Test
  void forceFetchesAgain(Vertx vertx, VertxTestContext ctx) {
    String url = site.url("/story/9");
    scrape(vertx, List.of(url), false)
        .compose(first -> scrape(vertx, List.of(url), true))
        .compose(second -> scrape(vertx, List.of(url), false).map(third -> List.of(second.get(0), third.get(0))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals("ok", r.get(0).getString("status"), "force: fetched and extracted again");
          assertEquals("duplicate", r.get(1).getString("status"));
          assertEquals(2, site.hits("/story/9"));
          ctx.completeNow();
        })));
  }

  @Test
  void jobStatusShowsTheCacheCounters(Vertx vertx, VertxTestContext ctx) {
    String url = site.url("/story/11");
    WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "submit").put("urls", new JsonArray().add(url).add(url))).until(type("job")))
        .compose(frames -> get("/api/v1/jobs/" + frames.get(0).getString("jobId")))
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          JsonObject cache = resp.bodyAsJsonObject().getJsonObject("cache");
          assertEquals(1, cache.getInteger("size"));
          assertEquals(1, cache.getInteger("articles"));
          assertNotNull(cache.getLong("hits"));
          ctx.completeNow();
        })));
  }
}
