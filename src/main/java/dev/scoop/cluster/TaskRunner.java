package dev.scoop.cluster;

import dev.scoop.logging.LogFields;
import dev.scoop.metrics.ScoopMetrics;
import dev.scoop.pipeline.Addresses;
import dev.scoop.pipeline.ScrapeTask;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one task taken from the work queue, in an order that survives this node dying at any
 * step: claim it in the job record (so only one member runs it), scrape it on this node, store
 * the result under the task's key, commit it (the job record numbers it: the one step that
 * makes it terminal, exactly once), then publish it. A member that dies before the commit has
 * its task re-run elsewhere, reusing a stored result if there is one; one that dies after the
 * commit leaves a stored, numbered result that stream hubs fetch when they see the gap.
 *
 * <p>While this node is a member it never gives a task up halfway: a claimed task is running
 * here as far as the cluster knows, and no one else would run it. So every step on the cluster's
 * maps is retried until it succeeds or the node leaves (then the survivors release the task).
 * Each run has its own number, carried by its claim and commit: a claim or commit applied twice
 * (a retry after a lost reply, or Hazelcast re-running a processor whose member left before it
 * answered) is recognised as the same one, so the task stays this run's and keeps its seq.
 */
final class TaskRunner {
  private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());
  private static final long RETRY_MS = 1000;
  private final Vertx vertx;
  private final ClusterNode node;
  private final ClusterJobs cluster;
  private final DeliveryOptions scrapeDelivery;
  /** Numbers this node's runs, so that a claim or commit applied twice is known as the same one; used on one context. */
  private long runs;

  TaskRunner(Vertx vertx, ClusterNode node, ClusterJobs cluster, long taskTimeoutMs) {
    this.vertx = vertx;
    this.node = node;
    this.cluster = cluster;
    this.scrapeDelivery = new DeliveryOptions().setSendTimeout(taskTimeoutMs);
  }

  /** Runs a queued task if this node wins its claim; completes when it is committed or not ours. */
  Future<Void> run(ScrapeTask task) {
    long run = ++runs;
    JobUpdates.Claim claim = new JobUpdates.Claim(task.index(), node.id(), run);
    return retrying(task, "claim the task", () -> onContext(cluster.jobs().submitToKey(task.jobId(), claim)))
        .compose(claimed -> claimed ? resultOf(task).compose(event -> commit(task, event, run)) : Future.succeededFuture());
  }

  /** The task's result event (seq not yet set): stored by an earlier run, or scraped now and stored. */
  private Future<JsonObject> resultOf(ScrapeTask task) {
    String key = task.id();
    return retrying(task, "read a stored result", () -> onContext(cluster.results().getAsync(key)))
        .compose(stored -> stored != null
            ? Future.succeededFuture(new JsonObject(stored))
            : vertx.eventBus().<JsonObject>request(Addresses.SCRAPE, task.toJson(), scrapeDelivery)
                .transform(reply -> Future.succeededFuture(task.resultOf(reply).toEvent(task.jobId(), 0, task.url())
                    .put("node", node.id())))
                .compose(event -> retrying(task, "store the result", () -> onContext(cluster.results().setAsync(key, event.encode())))
                    .map(event)));
  }

  /** Commits the result and publishes it with its seq (and the done event when it was the job's last). */
  private Future<Void> commit(ScrapeTask task, JsonObject event, long run) {
    JobUpdates.Commit commit = new JobUpdates.Commit(task.index(), event.getString("status"), System.currentTimeMillis(), run);
    return retrying(task, "commit the result", () -> onContext(cluster.jobs().submitToKey(task.jobId(), commit)))
        .map(committed -> {
          if (committed.seq() > 0) {
            ScoopMetrics.finished(event);
            vertx.eventBus().publish(Addresses.RESULTS, event.copy().put("seq", committed.seq()));
            if (committed.summary().isDone()) {
              vertx.eventBus().publish(Addresses.RESULTS, committed.summary().doneEvent());
            }
          }
          return null;
        });
  }

  /**
   * Runs {@code step} until it succeeds, pausing between attempts; fails only once this node has
   * left the cluster, when the survivors take the task over.
   */
  private <T> Future<T> retrying(ScrapeTask task, String what, Supplier<Future<T>> step) {
    Promise<T> done = Promise.promise();
    attempt(task, what, step, done);
    return done.future();
  }

  private <T> void attempt(ScrapeTask task, String what, Supplier<Future<T>> step, Promise<T> done) {
    Future<T> tried;
    try {
      tried = step.get();
    } catch (RuntimeException e) {
      tried = Future.failedFuture(e); // a Hazelcast call may also throw instead of failing its future
    }
    tried
        .onSuccess(done::complete)
        .onFailure(t -> {
          if (!node.isRunning()) {
            done.fail(t);
            return;
          }
          LogFields.task(task.jobId(), task.url()).with("error", String.valueOf(t))
              .log(LOG, Level.WARNING, "cannot " + what + "; retrying");
          vertx.setTimer(RETRY_MS, id -> attempt(task, what, step, done));
        });
  }

  private <T> Future<T> onContext(CompletionStage<T> stage) {
    return ClusterNode.on(vertx.getOrCreateContext(), stage);
  }
}
