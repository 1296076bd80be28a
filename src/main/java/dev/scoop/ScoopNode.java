package dev.scoop;

import dev.scoop.api.HttpVerticle;
import dev.scoop.cluster.ClusterJobsVerticle;
import dev.scoop.cluster.ClusterNode;
import dev.scoop.config.ScoopConfig;
import dev.scoop.dedupe.SeenCacheVerticle;
import dev.scoop.pipeline.Addresses;
import dev.scoop.pipeline.DrainWait;
import dev.scoop.pipeline.JobsVerticle;
import dev.scoop.pipeline.ScrapeVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;

/**
 * Deploys one Scoop node on a Vert.x instance: the seen cache, the job owner, the scraper
 * and the HTTP front, in that order (each consumer exists before anything can send to it).
 * Clustered, the same verticles keep their state in the cluster: the cache's stores are
 * shared (and it runs as a worker, since they block), jobs are the {@link ClusterJobsVerticle}'s,
 * and politeness leases are shared.
 */
public final class ScoopNode {
  private final Vertx vertx;
  private final ScoopConfig config;
  private final ClusterNode cluster;
  private final NodeState state = new NodeState();
  private HttpVerticle http;
  private ClusterJobsVerticle clusterJobs;

  /** A single node. */
  public ScoopNode(Vertx vertx, ScoopConfig config) {
    this(vertx, config, null);
  }

  /** A member of {@code cluster} (null: a single node); {@code vertx} must be clustered on it. */
  public ScoopNode(Vertx vertx, ScoopConfig config, ClusterNode cluster) {
    this.vertx = vertx;
    this.config = config;
    this.cluster = cluster;
  }

  public Vertx vertx() {
    return vertx;
  }

  /**
   * Before stopping: the node turns not-ready and refuses new submissions; a single node then
   * waits for its unfinished URLs (those left at the end get a {@code shutdown} error result),
   * a cluster member stops taking work and lets the tasks in hand finish (the other members
   * re-run what is left), up to {@code jobs.shutdownGraceMs}. Completes with the number of
   * tasks left.
   */
  public Future<Integer> drain() {
    state.startDraining();
    return clusterJobs != null ? clusterJobs.drain(config.jobs().shutdownGraceMs()) : drainLocal().compose(this::abandon);
  }

  /** Ends the URLs still unfinished after the grace period with {@code shutdown}: a result, not silence. */
  private Future<Integer> abandon(int active) {
    if (active == 0) {
      return Future.succeededFuture(0);
    }
    return vertx.eventBus().<JsonObject>request(Addresses.JOBS, new JsonObject(), new DeliveryOptions().addHeader("op", "abandon"))
        .map(reply -> reply.body().getInteger("abandoned"));
  }

  /** A single node: wait until no URL is unfinished, or the grace period is over. */
  private Future<Integer> drainLocal() {
    return DrainWait.until(vertx, System.currentTimeMillis() + config.jobs().shutdownGraceMs(),
        () -> vertx.eventBus().<JsonObject>request(Addresses.JOBS, new JsonObject(), new DeliveryOptions().addHeader("op", "active"))
            .map(reply -> reply.body().getInteger("active")));
  }

  /** Deploys everything; completes with the HTTP port actually bound. */
  public Future<Integer> start() {
    http = new HttpVerticle(config, cluster, state);
    if (cluster == null) {
      return vertx.deployVerticle(new SeenCacheVerticle(config.dedupe(), System::currentTimeMillis))
          .compose(id -> vertx.deployVerticle(new JobsVerticle(config.jobs(), config.stream())))
          .compose(id -> vertx.deployVerticle(new ScrapeVerticle(config)))
          .compose(id -> vertx.deployVerticle(http))
          .map(id -> http.actualPort());
    }
    SeenCacheVerticle cache = new SeenCacheVerticle(config.dedupe(), System::currentTimeMillis,
        () -> cluster.dedupeStores(config));
    return vertx.deployVerticle(cache, new DeploymentOptions().setThreadingModel(ThreadingModel.WORKER))
        .compose(id -> vertx.deployVerticle(new ScrapeVerticle(config, v -> cluster.hostGate(v, config.fetch()))))
        .compose(id -> vertx.deployVerticle(clusterJobs = new ClusterJobsVerticle(config, cluster)))
        .compose(id -> vertx.deployVerticle(http))
        .map(id -> http.actualPort());
  }
}
