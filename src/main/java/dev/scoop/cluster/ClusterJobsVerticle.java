package dev.scoop.cluster;

import dev.scoop.config.ScoopConfig;
import dev.scoop.pipeline.Addresses;
import dev.scoop.pipeline.DrainWait;
import dev.scoop.pipeline.JobsVerticle;
import dev.scoop.pipeline.ScrapeTask;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * The clustered job owner: the same operations on {@link Addresses#JOBS} as the single-node
 * {@link JobsVerticle}, answered from the cluster's maps, so any node answers for any job.
 * Submitting queues one task per URL on the cluster's work queue; this node's
 * {@link WorkPuller} takes its share and a {@link TaskRunner} runs each. When a member leaves,
 * the oldest member re-queues the tasks it had claimed and tells every stream hub to check
 * the jobs it was working on ({@code sync}). It also drops finished jobs past their retention.
 */
public final class ClusterJobsVerticle extends VerticleBase {
  private static final Logger LOG = Logger.getLogger(ClusterJobsVerticle.class.getName());
  /** Jobs finished this recently are still synced after a death: their done event may be the lost one. */
  private static final long SYNC_FINISHED_MS = 300_000;
  private final ScoopConfig config;
  private final ClusterNode node;
  private ClusterJobs cluster;
  private TaskRunner runner;
  private WorkPuller puller;
  /** Tasks taken from the queue and not finished, by task id (a copy may be taken twice); only touched on this verticle's context. */
  private final Map<String, Integer> inHand = new HashMap<>();

  public ClusterJobsVerticle(ScoopConfig config, ClusterNode node) {
    this.config = config;
    this.node = node;
  }

  @Override
  public Future<?> start() {
    cluster = ClusterJobs.of(node);
    runner = new TaskRunner(vertx, node, cluster, config.jobs().taskTimeoutMs());
    puller = new WorkPuller(cluster.work(), config.fetch().globalConcurrency(), context, this::run);
    node.onMemberRemoved(gone -> context.runOnContext(v -> recover(true)));
    vertx.setPeriodic(config.jobs().recoveryPeriodMs(), id -> recover(false).onComplete(r -> {
      sweep();
      releaseOrphans();
    }));
    return vertx.eventBus().<JsonObject>localConsumer(Addresses.JOBS, this::handle).completion()
        .onSuccess(v -> puller.start());
  }

  /**
   * Stops taking work and waits up to {@code graceMs} for the tasks in hand to finish; whatever
   * has not finished when this node leaves is re-run by the others, as after a crash.
   */
  public Future<Integer> drain(long graceMs) {
    long deadline = System.currentTimeMillis() + graceMs;
    return vertx.executeBlocking(() -> {
      puller.stop();
      return null;
    }, false).compose(v -> DrainWait.until(vertx, deadline, this::tasksInHand));
  }

  /** How many tasks this node holds, counted on this verticle's context, the only one that changes them. */
  private Future<Integer> tasksInHand() {
    Promise<Integer> count = Promise.promise();
    context.runOnContext(v -> count.complete(inHand.values().stream().mapToInt(Integer::intValue).sum()));
    return count.future();
  }

  @Override
  public Future<?> stop() {
    return vertx.executeBlocking(() -> {
      puller.stop();
      return null;
    }, false);
  }

  private void run(String item) {
    ScrapeTask task = ScrapeTask.fromJson(new JsonObject(item));
    inHand.merge(task.id(), 1, Integer::sum);
    runner.run(task).onComplete(r -> {
      inHand.computeIfPresent(task.id(), (id, n) -> n > 1 ? n - 1 : null);
      puller.done();
    });
  }

  /**
   * Hands back the tasks that the job records say run on this node while it is not running
   * them: a claimed task whose run was lost would otherwise wait for this node to leave the
   * cluster. A task is in hand from before its claim until its run ends, so one claimed here
   * and not in hand has no run; each is released only if it still runs here when the release
   * lands (one that finished meanwhile is done), and queued again.
   */
  private void releaseOrphans() {
    if (!node.isRunning()) {
      return;
    }
    String me = node.id();
    vertx.executeBlocking(() -> cluster.jobs().executeOnEntries(new JobUpdates.RunningOn(me)), false)
        .map(running -> {
          Map<String, int[]> orphans = new HashMap<>();
          running.forEach((jobId, tasks) -> {
            int[] notInHand = IntStream.of(tasks).filter(i -> !inHand.containsKey(ScrapeTask.id(jobId, i))).toArray();
            if (notInHand.length > 0) {
              orphans.put(jobId, notInHand);
            }
          });
          return orphans;
        })
        .compose(orphans -> orphans.isEmpty() ? Future.succeededFuture() : vertx.executeBlocking(() -> {
          orphans.forEach((jobId, tasks) -> {
            int[] released = cluster.jobs().executeOnKey(jobId, new JobUpdates.ReleaseFrom(me, tasks));
            JobRecord job = cluster.jobs().get(jobId);
            if (released.length > 0 && job != null) {
              LOG.warning("released " + released.length + " tasks of job " + jobId
                  + " claimed by this node but not running here; queued again");
              requeue(job, released);
            }
          });
          return null;
        }, false))
        .onFailure(t -> LOG.warning("cannot check this node's claimed tasks: " + t));
  }

  private void handle(Message<JsonObject> msg) {
    String op = String.valueOf(msg.headers().get("op"));
    JsonObject body = msg.body();
    Future<JsonObject> reply;
    switch (op) {
      case "create": reply = create(body); break;
      case "status": reply = record(body.getString("jobId")).map(job -> job.summary().status()); break;
      case "results": reply = results(body.getString("jobId"), body.getInteger("after", 0)); break;
      default: msg.fail(400, "unknown op " + op); return;
    }
    reply.onSuccess(msg::reply).onFailure(t -> msg.fail(t instanceof JobNotFound ? JobsVerticle.NOT_FOUND : 503, t.getMessage()));
  }

  private Future<JsonObject> create(JsonObject body) {
    String[] urls = body.getJsonArray("urls").stream().map(String.class::cast).toArray(String[]::new);
    boolean force = body.getBoolean("force", false);
    return vertx.executeBlocking(() -> {
      int queued = cluster.work().size();
      if (queued + urls.length > config.jobs().maxActiveTasks()) {
        throw new IllegalStateException("the cluster has " + queued + " queued URLs; limit is " + config.jobs().maxActiveTasks());
      }
      String id = UUID.randomUUID().toString();
      cluster.urls().set(id, urls);
      cluster.jobs().set(id, new JobRecord(id, urls.length, force, System.currentTimeMillis()));
      try {
        cluster.work().addAll(workItems(id, IntStream.range(0, urls.length).toArray(), urls, force));
      } catch (IllegalStateException full) {
        // Another node filled the queue first: no job, rather than one the client never heard of.
        cluster.jobs().delete(id);
        cluster.urls().delete(id);
        throw new IllegalStateException("the cluster's work queue is full; try again later");
      }
      return new JsonObject().put("jobId", id).put("total", urls.length);
    }, false);
  }

  /**
   * Results after {@code after}, numbered, with the highest seq given when the record was read
   * ({@code last}: a numbered result missing from {@code events} has expired) and the done
   * event once the job is done.
   */
  private Future<JsonObject> results(String jobId, int after) {
    return record(jobId).compose(job -> vertx.executeBlocking(() -> {
      int[] tasks = job.tasksAfter(after);
      Set<String> keys = new HashSet<>();
      for (int index : tasks) {
        keys.add(ScrapeTask.id(jobId, index));
      }
      Map<String, String> stored = cluster.results().getAll(keys);
      JsonArray events = new JsonArray();
      int seq = Math.max(0, after);
      for (int index : tasks) {
        seq++;
        String event = stored.get(ScrapeTask.id(jobId, index));
        if (event != null) { // null: expired or evicted past the retention bounds
          events.add(new JsonObject(event).put("seq", seq));
        }
      }
      JsonObject reply = new JsonObject().put("events", events).put("last", job.completed()).put("done", job.isDone());
      if (job.isDone()) {
        reply.put("doneEvent", job.summary().doneEvent());
      }
      return reply;
    }, false));
  }

  private Future<JobRecord> record(String jobId) {
    return ClusterNode.on(context, cluster.jobs().getAsync(jobId))
        .compose(job -> job == null ? Future.failedFuture(new JobNotFound(jobId)) : Future.succeededFuture(job));
  }

  /**
   * On the oldest member only: re-queues the tasks claimed by members that are gone (after a
   * departure, also every queued task, in case a dead member took it from the queue and had
   * not claimed it yet: a second copy is harmless, its claim fails), then sends a {@code sync}
   * for each job in progress or just finished. The periodic run also re-queues every queued
   * task when the queue is empty: a queued task that is in no queue (a re-queue that failed)
   * is found there at the latest.
   */
  private Future<Void> recover(boolean memberLeft) {
    if (!node.isRunning() || !node.isOldest()) {
      return Future.succeededFuture();
    }
    return vertx.executeBlocking(() -> {
      boolean allQueued = memberLeft || cluster.work().isEmpty();
      Set<String> alive = node.memberIds();
      long now = System.currentTimeMillis();
      int requeued = 0;
      List<JsonObject> syncs = new ArrayList<>();
      for (JobRecord job : cluster.jobs().values()) {
        if (!job.isDone()) {
          int[] tasks = cluster.jobs().executeOnKey(job.id, new JobUpdates.Release(alive, allQueued));
          requeued += requeue(job, tasks);
        }
        if (memberLeft && (!job.isDone() || now - job.finishedAt < SYNC_FINISHED_MS)) {
          syncs.add(new JsonObject().put("type", "sync").put("jobId", job.id));
        }
      }
      if (requeued > 0 || memberLeft) {
        LOG.info("cluster recovery: " + alive.size() + " members; " + requeued + " tasks queued again; "
            + syncs.size() + " jobs synced");
      }
      return syncs;
    }, false).map(syncs -> {
      syncs.forEach(sync -> vertx.eventBus().publish(Addresses.RESULTS, sync));
      return null;
    });
  }

  private int requeue(JobRecord job, int[] tasks) {
    if (tasks.length == 0) {
      return 0;
    }
    try {
      cluster.work().addAll(workItems(job.id, tasks, cluster.urls().get(job.id), job.force));
    } catch (IllegalStateException full) {
      // They stay queued in the record; a later sweep with an empty queue puts them back.
      LOG.warning("work queue full: " + tasks.length + " tasks of job " + job.id + " wait for a later sweep");
      return 0;
    }
    return tasks.length;
  }

  /** The work-queue items of tasks {@code indexes} of a job: encoded {@link ScrapeTask}s. */
  private static List<String> workItems(String jobId, int[] indexes, String[] urls, boolean force) {
    List<String> items = new ArrayList<>(indexes.length);
    for (int index : indexes) {
      items.add(new ScrapeTask(jobId, index, urls[index], force).toJson().encode());
    }
    return items;
  }

  /** On the oldest member: drops finished jobs past {@code jobs.retainMs}, and the oldest beyond {@code jobs.retainJobs}. */
  private void sweep() {
    if (!node.isRunning() || !node.isOldest()) {
      return;
    }
    vertx.executeBlocking(() -> {
      long now = System.currentTimeMillis();
      List<JobRecord> finished = new ArrayList<>();
      for (JobRecord job : cluster.jobs().values()) {
        if (job.isDone()) {
          finished.add(job);
        }
      }
      finished.sort(Comparator.comparingLong((JobRecord j) -> j.finishedAt).reversed());
      for (int i = 0; i < finished.size(); i++) {
        JobRecord job = finished.get(i);
        if (i >= config.jobs().retainJobs() || now - job.finishedAt > config.jobs().retainMs()) {
          cluster.jobs().delete(job.id);
          cluster.urls().delete(job.id);
        }
      }
      return null;
    }, false);
  }

  private static final class JobNotFound extends RuntimeException {
    JobNotFound(String jobId) {
      super("no job " + jobId, null, false, false);
    }
  }
}
