package dev.scoop;

import static dev.scoop.WsProbe.ack;
import static dev.scoop.WsProbe.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A draining node: not ready, refuses new work, finishes (or ends) what it has, closes streams with 1001. */
@ExtendWith(VertxExtension.class)
class DrainTest {
  @Test
  void drainingFinishesInFlightUrlsWhileReadyIs503(Vertx client, VertxTestContext ctx) {
    Vertx vertx = Vertx.vertx();
    ScoopNode node = new ScoopNode(vertx, TestNodes.config(Map.of("SCOOP_JOBS_SHUTDOWN_GRACE_MS", "10000")));
    WebClient http = WebClient.create(client);
    FixtureServer site = new FixtureServer(client);
    site.start().compose(s -> node.start()).compose(port -> WsProbe.connect(client, port)
            .compose(ws -> ws.send(new JsonObject().put("op", "submit").put("urls", new JsonArray(List.of(site.url("/slow/800/1")))))
                .until(ack("submit"))
                .compose(acked -> {
                  Future<Integer> drained = node.drain();
                  return http.get(port, "127.0.0.1", "/health/ready").send()
                      .compose(ready -> http.post(port, "127.0.0.1", "/api/v1/jobs")
                          .sendJsonObject(new JsonObject().put("urls", new JsonArray().add(site.url("/tiny/5"))))
                          .map(refused -> List.of(ready.statusCode(), refused.statusCode())))
                      .compose(codes -> drained.map(left -> Map.entry(codes, left)));
                })
                .compose(drained -> ws.until(type("job")).compose(frames -> vertx.close().compose(v -> ws.closed())
                    .map(code -> List.of(drained, frames, code))))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          @SuppressWarnings("unchecked")
          Map.Entry<List<Integer>, Integer> drained = (Map.Entry<List<Integer>, Integer>) r.get(0);
          assertEquals(503, drained.getKey().get(0), "not ready while draining");
          assertEquals(503, drained.getKey().get(1), "no new submissions while draining");
          assertEquals(0, drained.getValue(), "the slow URL finished within the grace period");
          @SuppressWarnings("unchecked")
          List<JsonObject> frames = (List<JsonObject>) r.get(1);
          assertEquals("ok", WsProbe.ofType(frames, "result").get(0).getString("status"));
          assertEquals((short) 1001, r.get(2), "streams are closed as going away");
          ctx.completeNow();
        })));
  }

  @Test
  void urlsStillUnfinishedAfterTheGracePeriodEndAsShutdown(Vertx client, VertxTestContext ctx) {
    Vertx vertx = Vertx.vertx();
    ScoopNode node = new ScoopNode(vertx, TestNodes.config(Map.of("SCOOP_JOBS_SHUTDOWN_GRACE_MS", "300")));
    FixtureServer site = new FixtureServer(client);
    site.start().compose(s -> node.start()).compose(port -> WsProbe.connect(client, port)
            .compose(ws -> ws.send(new JsonObject().put("op", "submit")
                    .put("urls", new JsonArray(List.of(site.url("/tiny/1"), site.url("/slow/5000/2"))))).until(ack("submit"))
                .compose(acked -> node.drain())
                .compose(left -> ws.until(type("job")).map(frames -> Map.entry(left, frames)))
                .eventually(vertx::close)))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals(1, r.getKey());
          List<JsonObject> results = WsProbe.ofType(r.getValue(), "result");
          assertEquals(2, results.size(), "every URL still gets its one result");
          JsonObject slow = results.stream().filter(e -> e.getString("url").contains("/slow/")).findFirst().orElseThrow();
          assertEquals("shutdown", slow.getJsonObject("error").getString("code"));
          ctx.completeNow();
        })));
  }

  @Test
  void drainsAskedFromOutsideVertxComplete() throws Exception {
    // a shutdown hook drains from its own thread; the drain's first poll must not race its own timer
    Vertx vertx = Vertx.vertx();
    try {
      ScoopNode node = new ScoopNode(vertx, TestNodes.config(Map.of()));
      node.start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      for (int i = 0; i < 200; i++) {
        assertEquals(0, node.drain().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS), "drain " + i);
      }
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }
}
