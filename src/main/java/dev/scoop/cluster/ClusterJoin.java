package dev.scoop.cluster;

import dev.scoop.config.ScoopConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/** A clustered Vert.x instance and this node's membership, made from {@code cluster.*}. */
public record ClusterJoin(Vertx vertx, ClusterNode node) {

  /** Starts Hazelcast with {@link ClusterSetup}'s configuration and a Vert.x instance clustered on it. */
  public static Future<ClusterJoin> join(ScoopConfig config) {
    return join(config, Vertx.builder());
  }

  /** As {@link #join(ScoopConfig)}, with a builder that may carry more (metrics). */
  public static Future<ClusterJoin> join(ScoopConfig config, VertxBuilder builder) {
    HazelcastClusterManager manager;
    try {
      manager = new HazelcastClusterManager(ClusterSetup.hazelcastConfig(config));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return builder.withClusterManager(manager).buildClustered()
        .map(vertx -> new ClusterJoin(vertx, new ClusterNode(manager.getHazelcastInstance())));
  }
}
