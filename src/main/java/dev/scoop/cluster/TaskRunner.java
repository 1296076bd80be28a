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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one task taken from the work queue, in an order that survives this node dying at any
 * step: claim it in the job record (so only one member runs it), scrape it on this node, store
 * the result under the task's key, commit it (the job record numbers it: the one step that
 * makes it terminal, exactly once), then publish it. A member that dies before the commit has
 * its task re-run elsewhere, reusing a stored result if there is one; one that dies after the
 * commit leaves a stored, numbered result that stream hubs fetch when they see the gap.
 */
final class TaskRunner {
  private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());
  private static final long COMMIT_RETRY_MS = 1000;
  private final Vertx vertx;
  private final ClusterNode node;
  private final ClusterJobs cluster;
  private final DeliveryOptions scrapeDelivery;

  TaskRunner(Vertx vertx, ClusterNode node, ClusterJobs cluster, long taskTimeoutMs) {
    this.vertx = vertx;
    this.node = node;
    this.cluster = cluster;
    this.scrapeDelivery = new DeliveryOptions().setSendTimeout(taskTimeoutMs);
  }

  /** Runs a queued task if this node wins its claim; completes when it is committed or not ours. */
  Future<Void> run(ScrapeTask task) {
    return ClusterNode.on(vertx.getOrCreateContext(), cluster.jobs().submitToKey(task.jobId(), new JobUpdates.Claim(task.index(), node.id())))
        .compose(claimed -> claimed ? resultOf(task).compose(event -> commit(task, event)) : Future.succeededFuture());
  }

  /** The task's result event (seq not yet set): stored by an earlier run, or scraped now and stored. */
  private Future<JsonObject> resultOf(ScrapeTask task) {
    String key = task.id();
    return ClusterNode.on(vertx.getOrCreateContext(), cluster.results().getAsync(key))
        .compose(stored -> stored != null
            ? Future.succeededFuture(new JsonObject(stored))
            : vertx.eventBus().<JsonObject>request(Addresses.SCRAPE, task.toJson(), scrapeDelivery)
                .transform(reply -> Future.succeededFuture(task.resultOf(reply).toEvent(task.jobId(), 0, task.url())
                    .put("node", node.id())))
                .compose(event -> ClusterNode.on(vertx.getOrCreateContext(), cluster.results().setAsync(key, event.encode()))
                    .map(event)));
  }

  /** Commits, retrying while this node is a member: a result must not be dropped for a hiccup. */
  private Future<Void> commit(ScrapeTask task, JsonObject event) {
    Promise<Void> done = Promise.promise();
    tryCommit(task, event, done);
    return done.future();
  }

  private void tryCommit(ScrapeTask task, JsonObject event, Promise<Void> done) {
    JobUpdates.Commit commit = new JobUpdates.Commit(task.index(), event.getString("status"), System.currentTimeMillis());
    ClusterNode.on(vertx.getOrCreateContext(), cluster.jobs().submitToKey(task.jobId(), commit))
        .onSuccess(committed -> {
          if (committed.seq() > 0) {
            ScoopMetrics.finished(event);
            vertx.eventBus().publish(Addresses.RESULTS, event.copy().put("seq", committed.seq()));
            if (committed.summary().isDone()) {
              vertx.eventBus().publish(Addresses.RESULTS, committed.summary().doneEvent());
            }
          }
          done.complete();
        })
        .onFailure(t -> {
          if (!node.isRunning()) {
            done.fail(t); // this node has left: the survivors re-run the task
            return;
          }
          LogFields.task(task.jobId(), task.url()).with("error", String.valueOf(t))
              .log(LOG, Level.WARNING, "cannot commit the result; retrying");
          vertx.setTimer(COMMIT_RETRY_MS, id -> tryCommit(task, event, done));
        });
  }
}
