package dev.scoop.pipeline;

import dev.scoop.config.ScoopConfig;
import dev.scoop.logging.LogFields;
import dev.scoop.metrics.ScoopMetrics;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Owns the jobs: creates them, sends one {@link ScrapeTask} per URL to {@link Addresses#SCRAPE},
 * numbers each terminal result and publishes it on {@link Addresses#RESULTS}, then publishes
 * the job's done event after its last result. A task whose reply fails (timeout, no
 * handler) still ends in exactly one {@code error} result. Deploy exactly one instance.
 */
public final class JobsVerticle extends VerticleBase {
  public static final int NOT_FOUND = 404;
  private static final Logger LOG = Logger.getLogger(JobsVerticle.class.getName());
  private static final long EVICT_PERIOD_MS = 60_000;
  private final ScoopConfig.Jobs config;
  private final ScoopConfig.Stream stream;
  private JobRegistry registry;

  public JobsVerticle(ScoopConfig.Jobs config, ScoopConfig.Stream stream) {
    this.config = config;
    this.stream = stream;
  }

  @Override
  public Future<?> start() {
    registry = new JobRegistry(config.maxActiveTasks(), config.retainJobs(), Duration.ofMillis(config.retainMs()),
        stream.maxRetainedBytesPerJob(), stream.maxRetainedBytes());
    vertx.setPeriodic(EVICT_PERIOD_MS, id -> registry.evictFinished(java.time.Instant.now()));
    ScoopMetrics.gauge("scoop.results.retained.bytes", "bytes of results kept for catch-up", registry, JobRegistry::retainedBytes);
    ScoopMetrics.gauge("scoop.urls.active", "submitted URLs without a result yet", registry, JobRegistry::activeTasks);
    return vertx.eventBus().<JsonObject>localConsumer(Addresses.JOBS, this::handle).completion();
  }

  private void handle(Message<JsonObject> msg) {
    String op = msg.headers().get("op");
    JsonObject body = msg.body();
    switch (op == null ? "" : op) {
      case "create": create(msg, body); break;
      case "status": withJob(msg, body, job -> msg.reply(job.status())); break;
      case "results": withJob(msg, body, job -> msg.reply(results(job, body.getInteger("after", 0)))); break;
      case "active": msg.reply(new JsonObject().put("active", registry.activeTasks())); break;
      case "abandon": msg.reply(new JsonObject().put("abandoned", abandon())); break;
      default: msg.fail(400, "unknown op " + op);
    }
  }

  private void create(Message<JsonObject> msg, JsonObject body) {
    List<String> urls = new ArrayList<>();
    body.getJsonArray("urls").forEach(u -> urls.add((String) u));
    Job job;
    try {
      job = registry.create(urls);
    } catch (ScrapeException e) {
      msg.fail(503, e.getMessage());
      return;
    }
    msg.reply(new JsonObject().put("jobId", job.id()).put("total", urls.size()));
    boolean force = body.getBoolean("force", false);
    DeliveryOptions delivery = new DeliveryOptions().setSendTimeout(config.taskTimeoutMs());
    for (int i = 0; i < urls.size(); i++) {
      ScrapeTask task = new ScrapeTask(job.id(), i, urls.get(i), force);
      vertx.eventBus().<JsonObject>request(Addresses.SCRAPE, task.toJson(), delivery)
          .onComplete(reply -> finish(task, reply));
    }
  }

  private void finish(ScrapeTask task, AsyncResult<Message<JsonObject>> reply) {
    record(task, task.resultOf(reply));
  }

  /** Numbers and publishes a task's result, unless it has one already; then the done event after the last. */
  private void record(ScrapeTask task, TaskResult result) {
    JsonObject event = registry.complete(task.jobId(), task.index(), result);
    if (event == null) {
      return;
    }
    ScoopMetrics.finished(event);
    if (result.errorCode() == ErrorCode.TASK_TIMEOUT) {
      LogFields.task(task.jobId(), task.url()).log(LOG, Level.WARNING, "no result within jobs.taskTimeoutMs");
    }
    vertx.eventBus().publish(Addresses.RESULTS, event);
    Job job = registry.get(task.jobId());
    if (job.isDone()) {
      vertx.eventBus().publish(Addresses.RESULTS, job.doneEvent());
    }
  }

  /** Ends every unfinished URL with {@code shutdown}: the node is stopping and they would get no result at all. */
  private int abandon() {
    int n = 0;
    for (Job job : registry.unfinished()) {
      for (int index : job.unfinished()) {
        ScrapeTask task = new ScrapeTask(job.id(), index, job.url(index), false);
        record(task, TaskResult.error(task.url(), ErrorCode.SHUTDOWN, "the node stopped before this URL finished"));
        n++;
      }
    }
    return n;
  }

  private static JsonObject results(Job job, int after) {
    JsonObject reply = new JsonObject().put("events", job.eventsAfter(after)).put("last", job.lastSeq())
        .put("done", job.isDone());
    if (job.isDone()) {
      reply.put("doneEvent", job.doneEvent());
    }
    return reply;
  }

  private void withJob(Message<JsonObject> msg, JsonObject body, java.util.function.Consumer<Job> action) {
    Job job = registry.get(body.getString("jobId"));
    if (job == null) {
      msg.fail(NOT_FOUND, "no job " + body.getString("jobId"));
    } else {
      action.accept(job);
    }
  }
}
