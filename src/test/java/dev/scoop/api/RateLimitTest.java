package dev.scoop.api;

import static dev.scoop.WsProbe.ack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.JobWait;
import dev.scoop.ServiceTestBase;
import dev.scoop.WsProbe;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-client token buckets and caps (the API is open here, so clients are counted by address). */
class RateLimitTest extends ServiceTestBase {
  /** Status polls count against the 4 requests a second too: poll slowly. */
  private static final long POLL_MS = 300;

  @Override
  protected Map<String, String> config() {
    return Map.of("SCOOP_LIMITS_REQUESTS_PER_SECOND", "4", "SCOOP_LIMITS_URLS_PER_MINUTE", "6",
        "SCOOP_LIMITS_MAX_WEB_SOCKETS_PER_CLIENT", "1", "SCOOP_LIMITS_MAX_QUEUED_URLS_PER_CLIENT", "3");
  }

  @Test
  void requestsBeyondTheBucketGet429WithRetryAfter(VertxTestContext ctx) {
    List<Future<HttpResponse<Buffer>>> burst = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      burst.add(get("/api/v1/jobs/none"));
    }
    Future.join(burst).onComplete(ctx.succeeding(all -> ctx.verify(() -> {
      long limited = burst.stream().filter(f -> f.result().statusCode() == 429).count();
      assertEquals(2, limited, "4 per second: the 5th and 6th of a burst are refused");
      HttpResponse<Buffer> refused = burst.stream().map(Future::result).filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
      assertEquals("rate_limited", refused.bodyAsJsonObject().getJsonObject("error").getString("code"));
      assertEquals("1", refused.getHeader("Retry-After"));
      ctx.completeNow();
    })));
  }

  @Test
  void urlsBeyondThePerMinuteBucketGet429AndNothingIsQueued(Vertx vertx, VertxTestContext ctx) {
    submit(List.of(site.url("/tiny/1"), site.url("/tiny/2"), site.url("/tiny/3")))
        .compose(first -> JobWait.done(vertx, http, port, first.bodyAsJsonObject().getString("jobId"), POLL_MS))
        .compose(done -> submit(List.of(site.url("/tiny/4"), site.url("/tiny/5"), site.url("/tiny/6"))))
        .compose(second -> JobWait.done(vertx, http, port, second.bodyAsJsonObject().getString("jobId"), POLL_MS))
        // a second's pause: the request bucket (4/s) is full again, so only the URL bucket can refuse
        .compose(done -> Future.<Void>future(p -> vertx.setTimer(1100, t -> p.complete())))
        .compose(v -> submit(List.of(site.url("/tiny/7"))).map(third -> List.of(third, third)))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals(429, r.get(1).statusCode(), "six URLs a minute, all used");
          JsonObject error = r.get(1).bodyAsJsonObject().getJsonObject("error");
          assertEquals("rate_limited", error.getString("code"));
          assertTrue(error.getString("message").contains("URLs per minute"), error.encode());
          long retryAfter = Long.parseLong(r.get(1).getHeader("Retry-After"));
          assertTrue(retryAfter >= 9 && retryAfter <= 11, "1 URL refills every 10 s; 1 more is needed: " + retryAfter);
          assertEquals(0, site.hits("/tiny/7"), "a refused submission queues nothing");
          ctx.completeNow();
        })));
  }

  @Test
  void unfinishedUrlsPerClientAreCapped(VertxTestContext ctx) {
    submit(List.of(site.url("/slow/3000/1"), site.url("/slow/3000/2"), site.url("/slow/3000/3")))
        .compose(first -> submit(List.of(site.url("/tiny/9"))).map(second -> List.of(first, second)))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals(202, r.get(0).statusCode());
          assertEquals(429, r.get(1).statusCode());
          assertEquals("too_many_queued", r.get(1).bodyAsJsonObject().getJsonObject("error").getString("code"));
          ctx.completeNow();
        })));
  }

  @Test
  void finishedJobsStopCountingAsQueued(Vertx vertx, VertxTestContext ctx) {
    submit(List.of(site.url("/tiny/11"), site.url("/tiny/12"), site.url("/tiny/13")))
        .compose(first -> JobWait.done(vertx, http, port, first.bodyAsJsonObject().getString("jobId"), POLL_MS))
        .compose(done -> submit(List.of(site.url("/tiny/14"))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals(202, r.statusCode(), r.bodyAsString());
          ctx.completeNow();
        })));
  }

  @Test
  void aSecondWebSocketOverTheCapIsClosedWith1008(Vertx vertx, VertxTestContext ctx) {
    WsProbe.connect(vertx, port)
        .compose(first -> first.send(new JsonObject().put("op", "subscribe").put("all", true)).until(ack("subscribe"))
            .compose(f -> WsProbe.connect(vertx, port)).compose(WsProbe::closed))
        .onComplete(ctx.succeeding(code -> ctx.verify(() -> {
          assertEquals((short) 1008, code);
          ctx.completeNow();
        })));
  }
}
