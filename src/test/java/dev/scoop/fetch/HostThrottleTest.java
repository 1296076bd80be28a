package dev.scoop.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class HostThrottleTest {
  private static final long DELAY_MS = 300;

  /** A request slow to finish (or to connect) holds the next one back by the delay from its finish, not only from its start. */
  @Test
  void theDelayCountsFromTheFinishToo(Vertx vertx, VertxTestContext ctx) {
    HostThrottle throttle = new HostThrottle(vertx, 2, 8, 100);
    vertx.runOnContext(v -> throttle.acquire("example.org", DELAY_MS).onComplete(ctx.succeeding(first ->
        vertx.setTimer(DELAY_MS, t -> {
          long finished = System.currentTimeMillis();
          throttle.release("example.org");
          throttle.acquire("example.org", DELAY_MS).onComplete(ctx.succeeding(second -> ctx.verify(() -> {
            long gap = System.currentTimeMillis() - finished;
            assertTrue(gap >= DELAY_MS - 2, "the second request started " + gap + " ms after the first finished");
            throttle.release("example.org");
            ctx.completeNow();
          })));
        }))));
  }

  /** Every host ever asked must not stay in memory: an idle one is forgotten once its delay has passed. */
  @Test
  void anIdleHostIsForgottenOnceItsDelayHasPassed(Vertx vertx, VertxTestContext ctx) {
    HostThrottle throttle = new HostThrottle(vertx, 2, 8, 100);
    vertx.runOnContext(v -> throttle.acquire("example.org", DELAY_MS).onComplete(ctx.succeeding(permit -> {
      throttle.release("example.org");
      ctx.verify(() -> assertEquals(1, throttle.hostsTracked(), "kept while its delay runs"));
      vertx.setTimer(DELAY_MS + 100, t -> ctx.verify(() -> {
        assertEquals(0, throttle.hostsTracked());
        ctx.completeNow();
      }));
    })));
  }
}
