package dev.scoop.pipeline;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * A stopping node's wait for its unfinished work: ask how much is left and, while some is and the
 * grace period lasts, ask again after a pause. One question at a time, each scheduling the next, so
 * no timer is cancelled from its own callback: begun outside an event loop, as the shutdown hook
 * begins it, Vert.x may run that callback before it has stored the timer, and the cancel throws
 * (the drain then never completed, and no unfinished URL got its result).
 */
public final class DrainWait {
  private static final long POLL_MS = 100;
  /** What an unanswered question stands for: some work left, so that it is ended, not forgotten. */
  private static final int UNKNOWN_LEFT = 1;

  private DrainWait() {}

  /** Completes with what {@code left} last said: 0, or what was left when {@code deadline} (epoch ms) passed. */
  public static Future<Integer> until(Vertx vertx, long deadline, Supplier<Future<Integer>> left) {
    Promise<Integer> drained = Promise.promise();
    ask(vertx, deadline, left, drained);
    return drained.future();
  }

  private static void ask(Vertx vertx, long deadline, Supplier<Future<Integer>> left, Promise<Integer> drained) {
    Future<Integer> answer;
    try {
      answer = left.get();
    } catch (RuntimeException e) { // a question that throws is unanswered too: the wait goes on, it does not hang
      answer = Future.failedFuture(e);
    }
    answer.onComplete(ar -> {
      int n = ar.succeeded() ? ar.result() : UNKNOWN_LEFT;
      if (n == 0 || System.currentTimeMillis() > deadline) {
        drained.complete(n);
      } else {
        vertx.setTimer(POLL_MS, id -> ask(vertx, deadline, left, drained));
      }
    });
  }
}
