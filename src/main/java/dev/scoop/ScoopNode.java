package dev.scoop;

import dev.scoop.api.HttpVerticle;
import dev.scoop.cluster.ClusterJobsVerticle;
import dev.scoop.cluster.ClusterNode;
import dev.scoop.config.ScoopConfig;
import dev.scoop.dedupe.SeenCacheVerticle;
import dev.scoop.pipeline.JobsVerticle;
import dev.scoop.pipeline.ScrapeVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;

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
   * Before stopping: a cluster member stops taking work and lets the tasks in hand finish,
   * up to {@code jobs.shutdownGraceMs}; the other members re-run what is left. Completes with
   * the number of tasks left.
   */
  public Future<Integer> drain() {
    return clusterJobs == null ? Future.succeededFuture(0) : clusterJobs.drain(config.jobs().shutdownGraceMs());
  }

  /** Deploys everything; completes with the HTTP port actually bound. */
  public Future<Integer> start() {
    http = new HttpVerticle(config, cluster);
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
