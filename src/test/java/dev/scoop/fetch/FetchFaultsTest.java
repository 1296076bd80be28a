package dev.scoop.fetch;

import static dev.scoop.WsProbe.ofType;
import static dev.scoop.WsProbe.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.FaultServer;
import dev.scoop.TestNodes;
import dev.scoop.WsProbe;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every fault a server can throw at the fetcher ends in the one result it should. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class FetchFaultsTest {
  /** How late the server may read the first request (loopback and a busy event loop). */
  private static final long ARRIVAL_SLACK_MS = 25;

  /**
   * Timeouts short enough for the slow faults to end quickly, and an idle timeout long enough that
   * a plain response is never cut on a busy machine (at 500 ms a 404 was once timed out and
   * retried on a slow day, failing "a 404 is not retried").
   */
  private static final Map<String, String> FAST = Map.of(
      "SCOOP_FETCH_CONNECT_TIMEOUT_MS", "1000", "SCOOP_FETCH_IDLE_TIMEOUT_MS", "1500",
      "SCOOP_FETCH_TOTAL_TIMEOUT_MS", "2000", "SCOOP_FETCH_RETRY_BASE_DELAY_MS", "50",
      "SCOOP_FETCH_MAX_BODY_BYTES", "1048576", "SCOOP_FETCH_MAX_REDIRECTS", "3");

  /** Scrapes {@code paths} of a fresh fault server; completes with results by path. */
  private static Future<Map<String, JsonObject>> scrape(Vertx vertx, FaultServer site, Map<String, String> extra, List<String> paths) {
    Map<String, String> config = new HashMap<>(FAST);
    config.putAll(extra);
    return site.start()
        .compose(s -> TestNodes.start(vertx, config))
        .compose(port -> WsProbe.connect(vertx, port))
        .compose(ws -> ws.send(new JsonObject().put("op", "submit")
            .put("urls", new JsonArray(paths.stream().map(p -> p.startsWith("http") ? p : site.url(p)).toList()))).until(type("job")))
        .map(frames -> {
          Map<String, JsonObject> byPath = new HashMap<>();
          for (JsonObject r : ofType(frames, "result")) {
            String url = r.getString("url");
            byPath.put(url.startsWith(site.url("")) ? url.substring(site.url("").length()) : url, r);
          }
          return byPath;
        });
  }

  private static String code(JsonObject result) {
    return result.getString("status").equals("error") ? result.getJsonObject("error").getString("code") : result.getString("status");
  }

  @Test
  void eachFaultEndsInItsOwnCode(Vertx vertx, VertxTestContext ctx) {
    FaultServer site = new FaultServer(vertx, null);
    scrape(vertx, site, Map.of(), List.of("/slow-first-byte", "/trickle", "/reset", "/loop/a", "/hops/1", "/huge",
        "/gzip-bomb", "/image", "/gone", "/cp1252", "/ok/1"))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals("fetch_timeout", code(r.get("/slow-first-byte")));
          assertEquals("fetch_timeout", code(r.get("/trickle")));
          assertEquals("connect_failed", code(r.get("/reset")));
          assertEquals("too_many_redirects", code(r.get("/loop/a")));
          assertEquals("too_many_redirects", code(r.get("/hops/1")));
          assertEquals("too_large", code(r.get("/huge")));
          assertEquals("too_large", code(r.get("/gzip-bomb")));
          assertEquals("unsupported_content_type", code(r.get("/image")));
          assertEquals("http_status", code(r.get("/gone")));
          assertEquals(404, r.get("/gone").getJsonObject("error").getInteger("status"));
          assertEquals(1, site.hits("/gone"), "a 404 is not retried");
          assertEquals("Café — “quoted” page", r.get("/cp1252").getJsonObject("article").getString("title"));
          assertTrue(List.of("ok", "duplicate").contains(code(r.get("/ok/1"))), "fetched (its text repeats /cp1252's)");
          assertEquals(3, site.hits("/reset"), "network failures are retried, boundedly");
          // noticed where a URL comes back, not at the redirect limit (hits would count a retry after a slow hop too)
          assertTrue(r.get("/loop/a").getJsonObject("error").getString("message").startsWith("redirect loop at "), "a loop is noticed at once");
          assertTrue(r.get("/hops/1").getJsonObject("error").getString("message").startsWith("more than "), "a chain ends at the limit");
          ctx.completeNow();
        })));
  }

  @Test
  void a503IsRetriedAndThenSucceeds(Vertx vertx, VertxTestContext ctx) {
    FaultServer site = new FaultServer(vertx, null);
    scrape(vertx, site, Map.of(), List.of("/flaky/1")).onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      assertEquals("ok", code(r.get("/flaky/1")));
      assertEquals(2, site.hits("/flaky/1"));
      ctx.completeNow();
    })));
  }

  @Test
  void a429WithRetryAfterIsHonoured(Vertx vertx, VertxTestContext ctx) {
    FaultServer site = new FaultServer(vertx, null);
    scrape(vertx, site, Map.of(), List.of("/limited/1")).onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      assertEquals("ok", code(r.get("/limited/1")));
      List<Long> at = site.arrivals();
      assertEquals(2, at.size());
      assertTrue(at.get(1) - at.get(0) >= 990, "waited for Retry-After: 1, got " + (at.get(1) - at.get(0)) + " ms");
      ctx.completeNow();
    })));
  }

  @Test
  void aRedirectToABlockedAddressIsRefusedBeforeConnecting(Vertx vertx, VertxTestContext ctx) {
    FaultServer site = new FaultServer(vertx, null);
    scrape(vertx, site, Map.of("SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "false", "SCOOP_FETCH_ALLOWED_ADDRESSES", "127.0.0.1/32"),
        List.of("/to-metadata")).onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals("blocked_address", code(r.get("/to-metadata")));
          ctx.completeNow();
        })));
  }

  @Test
  void perHostConcurrencyAndDelayAreKept(Vertx vertx, VertxTestContext ctx) {
    FaultServer site = new FaultServer(vertx, null);
    List<String> paths = java.util.stream.IntStream.range(0, 8).mapToObj(i -> "/ok/" + i).toList();
    scrape(vertx, site, Map.of("SCOOP_FETCH_HOST_CONCURRENCY", "2", "SCOOP_FETCH_HOST_DELAY_MS", "150"), paths)
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals(8, site.arrivals().size(), "identical pages: one ok, the rest near duplicates, all fetched");
          assertEquals(8, r.size());
          assertTrue(site.maxInFlight() <= 2, "at most 2 at once, saw " + site.maxInFlight());
          assertMinimumSpacing(site.arrivals(), 150);
          ctx.completeNow();
        })));
  }

  @Test
  void aSlowHostDoesNotHoldUpAnother(Vertx vertx, VertxTestContext ctx) {
    FaultServer slowSite = new FaultServer(vertx, null);
    FaultServer quickSite = new FaultServer(vertx, null, "127.0.0.2");
    long start = System.currentTimeMillis();
    quickSite.start()
        .compose(q -> scrape(vertx, slowSite, Map.of("SCOOP_FETCH_HOST_CONCURRENCY", "1", "SCOOP_FETCH_GLOBAL_CONCURRENCY", "2"),
            List.of("/slow-first-byte", "/slow-first-byte?again", quickSite.url("/ok/1"), quickSite.url("/ok/2"), quickSite.url("/ok/3"))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals("fetch_timeout", code(r.get("/slow-first-byte")));
          List<Long> quick = quickSite.arrivals();
          assertEquals(3, quick.size());
          // The slow host keeps its one permit busy for seconds (a timeout, then retries); the quick
          // host's three pages are fetched meanwhile, before the slow host's next request starts.
          List<Long> slow = slowSite.arrivals();
          assertTrue(slow.size() >= 2, "the slow host was asked again: " + slow.size());
          assertTrue(quick.get(2) < slow.get(1), "quick host served " + (quick.get(2) - start)
              + " ms after the start, the slow host's second request at " + (slow.get(1) - start) + " ms");
          ctx.completeNow();
        })));
  }

  @Test
  void robotsCrawlDelayIsHonouredUpToTheCap(Vertx vertx, VertxTestContext ctx) {
    FaultServer site = new FaultServer(vertx, "User-agent: *\nCrawl-delay: 0.3\nDisallow: /private\n");
    scrape(vertx, site, Map.of("SCOOP_FETCH_MAX_CRAWL_DELAY_MS", "1000"), List.of("/ok/1", "/ok/2", "/ok/3", "/private"))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals("robots_disallowed", code(r.get("/private")));
          assertEquals(0, site.hits("/private"));
          assertEquals(3, site.arrivals().size());
          assertMinimumSpacing(site.arrivals(), 300);
          ctx.completeNow();
        })));
  }

  @Test
  void aFailingRobotsTxtDisallowsEverything(Vertx vertx, VertxTestContext ctx) {
    FaultServer site = new FaultServer(vertx, "500");
    scrape(vertx, site, Map.of(), List.of("/ok/1", "/ok/2")).onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      r.values().forEach(x -> assertEquals("robots_disallowed", code(x)));
      assertEquals(0, site.arrivals().size());
      ctx.completeNow();
    })));
  }

  @Test
  void everySpellingOfLoopbackIsBlockedWithoutAPacket(Vertx vertx, VertxTestContext ctx) {
    FaultServer site = new FaultServer(vertx, null);
    site.start().compose(s -> {
      int p = site.port();
      List<String> spellings = List.of("http://127.0.0.1:" + p + "/ok/1", "http://127.1:" + p + "/ok/1",
          "http://2130706433:" + p + "/ok/1", "http://0x7f.1:" + p + "/ok/1", "http://0x7f000001:" + p + "/ok/1",
          "http://0177.0.0.1:" + p + "/ok/1", "http://127.0.0.1.:" + p + "/ok/1", "http://[::ffff:127.0.0.1]:" + p + "/ok/1",
          "http://[::1]:" + p + "/ok/1", "http://localhost:" + p + "/ok/1", "http://LOCALHOST.:" + p + "/ok/1",
          "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:" + p + "/ok/1", "http://[0:0:0:0:0:0:0:1]:" + p + "/ok/1");
      return TestNodes.start(vertx, Map.of("SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "false"))
          .compose(port -> WsProbe.connect(vertx, port))
          .compose(ws -> ws.send(new JsonObject().put("op", "submit").put("urls", new JsonArray(spellings))).until(type("job")))
          .map(frames -> List.of(spellings.size(), ofType(frames, "result")));
    }).onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      @SuppressWarnings("unchecked")
      List<JsonObject> results = (List<JsonObject>) r.get(1);
      assertEquals(r.get(0), results.size());
      results.forEach(x -> assertEquals("blocked_address", code(x), x.getString("url")));
      assertEquals(0, site.totalHits(), "not a single request reached the server");
      ctx.completeNow();
    })));
  }

  /**
   * The throttle starts the i-th request of a host no sooner than i delays after the first. Arrival
   * times are taken where the server reads the requests, so a request read late (a busy event loop)
   * seems closer to the next one: the schedule is checked from the first request on, which one late
   * read cannot break, and no two requests may come within half a delay of each other.
   */
  private static void assertMinimumSpacing(List<Long> arrivals, long ms) {
    List<Long> sorted = arrivals.stream().sorted().toList();
    for (int i = 1; i < sorted.size(); i++) {
      long sinceFirst = sorted.get(i) - sorted.get(0);
      assertTrue(sinceFirst >= i * ms - ARRIVAL_SLACK_MS, "request " + i + " came " + sinceFirst + " ms after the first, expected at least " + i * ms);
      long gap = sorted.get(i) - sorted.get(i - 1);
      assertTrue(gap >= ms / 2, "requests " + gap + " ms apart, expected about " + ms);
    }
  }
}
