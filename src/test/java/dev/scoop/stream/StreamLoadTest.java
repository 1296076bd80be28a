package dev.scoop.stream;

import static dev.scoop.WsProbe.ofType;
import static dev.scoop.WsProbe.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.FixtureServer;
import dev.scoop.TestNodes;
import dev.scoop.WsProbe;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 5,000 results through the stream: complete and in order, also next to a client that stalls. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 120, timeUnit = TimeUnit.SECONDS)
class StreamLoadTest {
  private static final int N = 5000;

  private static Future<Integer> node(Vertx vertx, FixtureServer site, String slowClients) {
    return site.start().compose(s -> TestNodes.start(vertx, Map.of("SCOOP_JOBS_MAX_URLS", String.valueOf(N),
        "SCOOP_HTTP_MAX_BODY_BYTES", "4194304", "SCOOP_STREAM_MAX_QUEUED_BYTES", "65536",
        "SCOOP_STREAM_SLOW_CLIENTS", slowClients, "SCOOP_FETCH_HOST_CONCURRENCY", "16")));
  }

  private static JsonArray urls(FixtureServer site) {
    return new JsonArray(IntStream.range(0, N).mapToObj(i -> site.url("/tiny/" + i)).toList());
  }

  /**
   * Subscribes {@code slow} to everything, stops reading it, runs a 5,000-URL job on a second
   * client to the end, then reads {@code slow} again; completes with the second client's frames.
   */
  private static Future<List<JsonObject>> stallWhileAJobRuns(Vertx vertx, int port, WebSocket slow, FixtureServer site) {
    slow.writeTextMessage(new JsonObject().put("op", "subscribe").put("all", true).encode());
    return vertx.timer(200).compose(t -> {
      slow.pause();
      return WsProbe.connect(vertx, port);
    }).compose(fast -> fast.send(new JsonObject().put("op", "submit").put("urls", urls(site))).until(type("job")))
        .andThen(done -> slow.resume());
  }

  @Test
  void fiveThousandResultsArriveInOrderWithTheDoneEventLast(Vertx vertx, VertxTestContext ctx) {
    FixtureServer site = new FixtureServer(vertx);
    node(vertx, site, "lagged")
        .compose(port -> WsProbe.connect(vertx, port))
        .compose(ws -> ws.send(new JsonObject().put("op", "submit").put("urls", urls(site))).until(type("job")))
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          List<JsonObject> results = ofType(frames, "result");
          assertEquals(N, results.size());
          for (int i = 0; i < N; i++) {
            assertEquals(i + 1, results.get(i).getInteger("seq"));
          }
          assertEquals("job", frames.get(frames.size() - 1).getString("type"));
          assertEquals(N, frames.get(frames.size() - 1).getInteger("ok"));
          ctx.completeNow();
        })));
  }

  /** A client that stops reading: skipped, then told exactly what it missed; the others get everything. */
  @Test
  void aStalledClientIsToldWhatItMissedAndOthersGetEverything(Vertx vertx, VertxTestContext ctx) {
    FixtureServer site = new FixtureServer(vertx);
    WebSocketClient slowClient = vertx.createWebSocketClient();
    List<JsonObject> slowFrames = new ArrayList<>();
    Promise<Void> slowSawLag = Promise.promise();
    node(vertx, site, "lagged").compose(port -> slowClient.connect(port, "127.0.0.1", "/api/v1/stream").compose(slow -> {
      slow.textMessageHandler(text -> {
        JsonObject f = new JsonObject(text);
        slowFrames.add(f);
        if ("lagged".equals(f.getString("type"))) {
          slowSawLag.tryComplete();
        }
      });
      return stallWhileAJobRuns(vertx, port, slow, site).compose(fastFrames -> slowSawLag.future().map(v -> fastFrames));
    })).onComplete(ctx.succeeding(fastFrames -> ctx.verify(() -> {
      assertEquals(N, ofType(fastFrames, "result").size(), "the fast client got everything");
      BitSet seen = new BitSet();
      for (JsonObject f : ofType(slowFrames, "result")) {
        assertFalse(seen.get(f.getInteger("seq")), "no result twice");
        seen.set(f.getInteger("seq"));
      }
      JsonObject lag = ofType(slowFrames, "lagged").get(0);
      JsonObject range = lag.getJsonArray("missed").getJsonObject(0);
      int from = range.getInteger("fromSeq");
      int to = range.getInteger("toSeq");
      assertTrue(from > 1 && to <= N, lag.encode());
      assertEquals(to - from + 1, N - seen.cardinality(), "received + missed = all, no overlap");
      assertEquals(from - 1, seen.nextClearBit(1) - 1, "it got everything before the gap");
      ctx.completeNow();
    })));
  }

  /**
   * A stalled client that does what the lagged frame says (subscribe again after {@code fromSeq - 1})
   * gets the results it missed, and the job's done event it missed too.
   */
  @Test
  void aLaggedClientThatResubscribesGetsEverythingItMissedWithTheDoneEvent(Vertx vertx, VertxTestContext ctx) {
    FixtureServer site = new FixtureServer(vertx);
    WebSocketClient slowClient = vertx.createWebSocketClient();
    BitSet seen = new BitSet();
    Promise<JsonObject> lagged = Promise.promise();
    Promise<JsonObject> done = Promise.promise();
    node(vertx, site, "lagged").compose(port -> slowClient.connect(port, "127.0.0.1", "/api/v1/stream").compose(slow -> {
      slow.textMessageHandler(text -> {
        JsonObject f = new JsonObject(text);
        switch (f.getString("type")) {
          case "result" -> seen.set(f.getInteger("seq"));
          case "job" -> done.tryComplete(f);
          case "lagged" -> {
            JsonObject range = f.getJsonArray("missed").getJsonObject(0);
            slow.writeTextMessage(new JsonObject().put("op", "subscribe").put("jobId", range.getString("jobId"))
                .put("after", range.getInteger("fromSeq") - 1).encode());
            lagged.tryComplete(range);
          }
          default -> { }
        }
      });
      return stallWhileAJobRuns(vertx, port, slow, site).compose(fast -> lagged.future()).compose(range -> done.future().map(d -> range));
    })).onComplete(ctx.succeeding(range -> ctx.verify(() -> {
      assertTrue(range.getBoolean("done", false), "the lag swallowed the done event: " + range.encode());
      assertEquals(N, seen.cardinality(), "every result, the missed ones after resubscribing");
      ctx.completeNow();
    })));
  }

  @Test
  void underTheClosePolicyAStalledClientIsClosedWith1013(Vertx vertx, VertxTestContext ctx) {
    FixtureServer site = new FixtureServer(vertx);
    WebSocketClient slowClient = vertx.createWebSocketClient();
    Promise<Short> closed = Promise.promise();
    node(vertx, site, "close").compose(port -> slowClient.connect(port, "127.0.0.1", "/api/v1/stream").compose(slow -> {
      slow.closeHandler(v -> closed.tryComplete(slow.closeStatusCode()));
      return stallWhileAJobRuns(vertx, port, slow, site)
          .compose(fastFrames -> closed.future().map(code -> List.of((int) code, ofType(fastFrames, "result").size())));
    })).onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      assertEquals(1013, r.get(0));
      assertEquals(N, r.get(1), "the other client got everything");
      ctx.completeNow();
    })));
  }
}
