package dev.scoop.api;

import static dev.scoop.WsProbe.ack;
import static dev.scoop.WsProbe.ofType;
import static dev.scoop.WsProbe.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.ServiceTestBase;
import dev.scoop.WsProbe;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Results reach WebSocket and SSE clients: live, late, in order, and the done event last. */
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class StreamApiTest extends ServiceTestBase {
  private static final int N = 60;

  @Test
  void restSubmissionStreamsTheArticleToAWebSocket(Vertx vertx, VertxTestContext ctx) {
    WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "subscribe").put("all", true)).until(ack("subscribe"))
            .compose(acked -> submit(List.of(site.url("/pages/seed-newser.html"))))
            .compose(resp -> ws.until(type("job"))))
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          List<JsonObject> results = ofType(frames, "result");
          assertEquals(1, results.size());
          JsonObject r = results.get(0);
          assertEquals("ok", r.getString("status"));
          assertEquals(1, r.getInteger("seq"));
          JsonObject article = r.getJsonObject("article");
          assertEquals("South Korea May Relent on Selling Weapons to Ukraine", article.getString("title"));
          assertEquals(new JsonArray().add("Kate Seamons"), article.getJsonArray("authors"));
          assertEquals("2024-06-21T08:17:00-05:00", article.getString("publishedAt"));
          assertEquals(site.url("/pages/seed-newser.html"), article.getString("url"));
          assertEquals("done", frames.get(frames.size() - 1).getString("state"));
          ctx.completeNow();
        })));
  }

  @Test
  void submissionOverTheSocketIsAckedThenStreamed(Vertx vertx, VertxTestContext ctx) {
    WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "submit")
                .put("urls", new JsonArray(new ArrayList<>(stories(3))).add("gopher://nope")))
            .until(type("job")))
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          JsonObject ackFrame = frames.get(0);
          assertEquals("ack", ackFrame.getString("type"));
          assertEquals("submit", ackFrame.getString("op"));
          assertEquals(3, ackFrame.getInteger("accepted"));
          assertEquals("gopher://nope", ackFrame.getJsonArray("rejected").getJsonObject(0).getString("url"));
          List<JsonObject> results = ofType(frames, "result");
          assertEquals(List.of(1, 2, 3), results.stream().map(r -> r.getInteger("seq")).toList());
          results.forEach(r -> assertEquals(ackFrame.getString("jobId"), r.getString("jobId")));
          assertEquals(3, frames.get(frames.size() - 1).getInteger("ok"));
          ctx.completeNow();
        })));
  }

  @Test
  void lateSubscriberGetsEarlierResultsThenTheDoneEvent(Vertx vertx, VertxTestContext ctx) {
    submit(stories(5))
        .compose(resp -> waitUntilDone(vertx, resp.bodyAsJsonObject().getString("jobId")))
        .compose(jobId -> WsProbe.connect(vertx, port).compose(ws -> ws
            .send(new JsonObject().put("op", "subscribe").put("jobId", jobId))
            .until(type("job"))))
        .onComplete(ctx.succeeding(first -> ctx.verify(() -> {
          assertEquals("ack", first.get(0).getString("type"));
          assertEquals(List.of(1, 2, 3, 4, 5), ofType(first, "result").stream().map(r -> r.getInteger("seq")).toList());
          assertEquals("job", first.get(first.size() - 1).getString("type"));
          ctx.completeNow();
        })));
  }

  @Test
  void resumingAfterASequenceNumberSkipsWhatWasSeen(Vertx vertx, VertxTestContext ctx) {
    submit(stories(4))
        .compose(resp -> waitUntilDone(vertx, resp.bodyAsJsonObject().getString("jobId")))
        .compose(jobId -> WsProbe.connect(vertx, port).compose(ws -> ws
            .send(new JsonObject().put("op", "subscribe").put("jobId", jobId).put("after", 2))
            .until(type("job"))))
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          assertEquals(List.of(3, 4), ofType(frames, "result").stream().map(r -> r.getInteger("seq")).toList());
          ctx.completeNow();
        })));
  }

  @Test
  void doneEventComesAfterEveryResultExactlyOnce(Vertx vertx, VertxTestContext ctx) {
    WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "submit").put("urls", new JsonArray(stories(N))))
            .until(type("job")))
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          List<Integer> seqs = ofType(frames, "result").stream().map(r -> r.getInteger("seq")).toList();
          List<Integer> expected = new ArrayList<>();
          for (int i = 1; i <= N; i++) {
            expected.add(i);
          }
          assertEquals(expected, seqs);
          assertEquals("job", frames.get(frames.size() - 1).getString("type"));
          assertEquals(1, ofType(frames, "job").size());
          assertEquals(N, frames.get(frames.size() - 1).getInteger("ok"));
          ctx.completeNow();
        })));
  }

  @Test
  void serverSentEventsCarryTheSameEventsAndEnd(Vertx vertx, VertxTestContext ctx) {
    submit(stories(3))
        .compose(resp -> rawHttp
            .request(new RequestOptions().setMethod(HttpMethod.GET).setPort(port).setHost("127.0.0.1")
                .setURI("/api/v1/jobs/" + resp.bodyAsJsonObject().getString("jobId") + "/events"))
            .compose(req -> req.send())
            .compose(HttpClientResponse::body))
        .onComplete(ctx.succeeding(body -> ctx.verify(() -> {
          String text = body.toString();
          assertTrue(text.contains("id: 1\nevent: result\ndata: {"), text);
          assertTrue(text.contains("id: 3\nevent: result\n"));
          assertTrue(text.indexOf("event: job") > text.indexOf("id: 3\n"), "done event last");
          ctx.completeNow();
        })));
  }

  @Test
  void lastEventIdResumesServerSentEvents(Vertx vertx, VertxTestContext ctx) {
    submit(stories(3))
        .compose(resp -> waitUntilDone(vertx, resp.bodyAsJsonObject().getString("jobId")))
        .compose(jobId -> rawHttp
            .request(new RequestOptions().setMethod(HttpMethod.GET).setPort(port).setHost("127.0.0.1")
                .setURI("/api/v1/jobs/" + jobId + "/events").addHeader("Last-Event-ID", "2"))
            .compose(req -> req.send())
            .compose(HttpClientResponse::body))
        .onComplete(ctx.succeeding(body -> ctx.verify(() -> {
          String text = body.toString();
          assertTrue(!text.contains("id: 1\n") && !text.contains("id: 2\n") && text.contains("id: 3\n"), text);
          assertTrue(text.contains("event: job"));
          ctx.completeNow();
        })));
  }

  @Test
  void domainSubscriptionsSeeOnlyTheirDomain(Vertx vertx, VertxTestContext ctx) {
    io.vertx.core.Future<WsProbe> other = WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "subscribe").put("domain", "example.org")).until(ack("subscribe")).map(ws));
    io.vertx.core.Future<WsProbe> local = WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "subscribe").put("domain", "127.0.0.1")).until(ack("subscribe")).map(ws));
    io.vertx.core.Future.all(other, local)
        .compose(both -> submit(stories(2)))
        .compose(r -> local.result().until(f -> "result".equals(f.getString("type")) && f.getInteger("seq") == 2))
        // The job event goes to its job's subscribers only; give a stray result time to arrive.
        .compose(localFrames -> vertx.timer(300).compose(t -> other.result().until(ack("subscribe")))
            .map(otherFrames -> java.util.List.of(localFrames, otherFrames)))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals(2, ofType(r.get(0), "result").size(), "127.0.0.1 subscriber sees both");
          assertEquals(0, ofType(r.get(1), "result").size(), "example.org subscriber sees none");
          ctx.completeNow();
        })));
  }

  private io.vertx.core.Future<String> waitUntilDone(Vertx vertx, String jobId) {
    return get("/api/v1/jobs/" + jobId).compose(resp -> {
      if ("done".equals(resp.bodyAsJsonObject().getString("state"))) {
        return io.vertx.core.Future.succeededFuture(jobId);
      }
      io.vertx.core.Promise<String> later = io.vertx.core.Promise.promise();
      vertx.setTimer(20, t -> waitUntilDone(vertx, jobId).onComplete(later));
      return later.future();
    });
  }
}
