package dev.scoop.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.ConcurrentModificationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A stopping node's wait ends, with a count, whatever its question does. */
@ExtendWith(VertxExtension.class)
class DrainWaitTest {

  @Test
  void theWaitEndsWhenNothingIsLeft(Vertx vertx, VertxTestContext ctx) {
    AtomicInteger left = new AtomicInteger(3);
    DrainWait.until(vertx, System.currentTimeMillis() + 10_000, () -> Future.succeededFuture(left.getAndDecrement()))
        .onComplete(ctx.succeeding(n -> ctx.verify(() -> {
          assertEquals(0, n);
          ctx.completeNow();
        })));
  }

  @Test
  void aQuestionThatThrowsIsAskedAgainInsteadOfHangingTheStop(Vertx vertx, VertxTestContext ctx) {
    AtomicInteger asked = new AtomicInteger();
    DrainWait.until(vertx, System.currentTimeMillis() + 10_000, () -> {
      if (asked.incrementAndGet() == 1) {
        throw new ConcurrentModificationException("counted off its context");
      }
      return Future.succeededFuture(0);
    }).onComplete(ctx.succeeding(n -> ctx.verify(() -> {
      assertEquals(0, n);
      assertEquals(2, asked.get());
      ctx.completeNow();
    })));
  }

  @Test
  void aQuestionThatAlwaysThrowsEndsAtTheDeadlineAsWorkLeft(Vertx vertx, VertxTestContext ctx) {
    long deadline = System.currentTimeMillis() + 300;
    DrainWait.until(vertx, deadline, () -> {
      throw new IllegalStateException("no answer");
    }).onComplete(ctx.succeeding(n -> ctx.verify(() -> {
      assertTrue(n > 0, "unknown counts as work left, so it is ended, not forgotten");
      assertTrue(System.currentTimeMillis() > deadline);
      ctx.completeNow();
    })));
  }
}
