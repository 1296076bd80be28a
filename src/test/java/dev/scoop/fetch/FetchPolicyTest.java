package dev.scoop.fetch;

import static dev.scoop.WsProbe.ofType;
import static dev.scoop.WsProbe.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scoop.FixtureServer;
import dev.scoop.TestNodes;
import dev.scoop.WsProbe;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SSRF guard and robots.txt, as the configuration switches them. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class FetchPolicyTest {

  private static void scrape(Vertx vertx, VertxTestContext ctx, Map<String, String> config, List<String> paths,
                             java.util.function.BiConsumer<FixtureServer, List<JsonObject>> check) {
    FixtureServer site = new FixtureServer(vertx);
    site.start()
        .compose(s -> TestNodes.start(vertx, config))
        .compose(port -> WsProbe.connect(vertx, port))
        .compose(ws -> ws.send(new JsonObject().put("op", "submit")
            .put("urls", new JsonArray(paths.stream().map(p -> p.startsWith("http") ? p : site.url(p)).toList()))).until(type("job")))
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          check.accept(site, ofType(frames, "result"));
          ctx.completeNow();
        })));
  }

  private static String code(JsonObject result) {
    return result.getJsonObject("error").getString("code");
  }

  @Test
  void guardRefusesLoopbackWithoutSendingAPacket(Vertx vertx, VertxTestContext ctx) {
    scrape(vertx, ctx, Map.of("SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "false"),
        List.of("/pages/seed-newser.html", "/story/1"),
        (site, results) -> {
          results.forEach(r -> assertEquals("blocked_address", code(r)));
          assertEquals(0, site.totalHits());
        });
  }

  @Test
  void allowListedRangeIsFetchedDespiteTheGuard(Vertx vertx, VertxTestContext ctx) {
    scrape(vertx, ctx, Map.of("SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "false", "SCOOP_FETCH_ALLOWED_ADDRESSES", "127.0.0.0/8"),
        List.of("/pages/seed-newser.html"),
        (site, results) -> assertEquals("ok", results.get(0).getString("status")));
  }

  @Test
  void robotsTxtIsObeyed(Vertx vertx, VertxTestContext ctx) {
    scrape(vertx, ctx, Map.of(), List.of("/private/seed-newser.html", "/pages/seed-newser-nometa-cp1252.html"),
        (site, results) -> {
          JsonObject privatePage = results.stream().filter(r -> r.getString("url").contains("/private/")).findFirst().orElseThrow();
          assertEquals("robots_disallowed", code(privatePage));
          assertEquals(0, site.hits("/private/seed-newser.html"));
          assertEquals(1, site.hits("/robots.txt"), "robots.txt fetched once per host");
        });
  }

  @Test
  void robotsCanBeSwitchedOff(Vertx vertx, VertxTestContext ctx) {
    scrape(vertx, ctx, Map.of("SCOOP_FETCH_ROBOTS", "false"), List.of("/private/seed-newser.html"),
        (site, results) -> {
          assertEquals("ok", results.get(0).getString("status"));
          assertEquals(0, site.hits("/robots.txt"));
        });
  }

  @Test
  void anEndlessBodyIsCutOffAtTheLimit(Vertx vertx, VertxTestContext ctx) {
    scrape(vertx, ctx, Map.of("SCOOP_FETCH_MAX_BODY_BYTES", "1048576"), List.of("/endless"),
        (site, results) -> assertEquals("too_large", code(results.get(0))));
  }
}
