package dev.scoop;

import dev.scoop.api.HttpVerticle;
import dev.scoop.config.ScoopConfig;
import dev.scoop.dedupe.SeenCacheVerticle;
import dev.scoop.pipeline.JobsVerticle;
import dev.scoop.pipeline.ScrapeVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Deploys one Scoop node on a Vert.x instance: the seen cache, the job owner, the scraper
 * and the HTTP front, in that order (each consumer exists before anything can send to it).
 */
public final class ScoopNode {
  private final Vertx vertx;
  private final ScoopConfig config;
  private HttpVerticle http;

  public ScoopNode(Vertx vertx, ScoopConfig config) {
    this.vertx = vertx;
    this.config = config;
  }

  /** Deploys everything; completes with the HTTP port actually bound. */
  public Future<Integer> start() {
    http = new HttpVerticle(config);
    return vertx.deployVerticle(new SeenCacheVerticle(config.dedupe(), System::currentTimeMillis))
        .compose(id -> vertx.deployVerticle(new JobsVerticle(config.jobs(), config.stream())))
        .compose(id -> vertx.deployVerticle(new ScrapeVerticle(config)))
        .compose(id -> vertx.deployVerticle(http))
        .map(id -> http.actualPort());
  }
}
