package dev.scoop.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import dev.scoop.config.ScoopConfig;
import dev.scoop.dedupe.DedupeStores;
import dev.scoop.fetch.HostGate;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * This member of the Hazelcast cluster, as Scoop's clustered services see it: its id, who else
 * is alive, who is the oldest (the member that runs cluster-wide chores), and Hazelcast's
 * asynchronous answers turned into Vert.x futures on the caller's context.
 */
public final class ClusterNode {
  private final HazelcastInstance hazelcast;

  public ClusterNode(HazelcastInstance hazelcast) {
    this.hazelcast = hazelcast;
  }

  HazelcastInstance hazelcast() {
    return hazelcast;
  }

  /** This member's id (its Hazelcast UUID). */
  public String id() {
    return hazelcast.getCluster().getLocalMember().getUuid().toString();
  }

  public int size() {
    return hazelcast.getCluster().getMembers().size();
  }

  /** Whether this node is still an active member (false once it has left or lost the cluster). */
  public boolean isRunning() {
    return hazelcast.getLifecycleService().isRunning();
  }

  Set<String> memberIds() {
    Set<String> ids = new HashSet<>();
    for (Member m : hazelcast.getCluster().getMembers()) {
      ids.add(m.getUuid().toString());
    }
    return ids;
  }

  /** The oldest member runs the chores that must run once: recovery, sweeping. */
  boolean isOldest() {
    return hazelcast.getCluster().getMembers().iterator().next().localMember();
  }

  /** Calls {@code handler} with the id of every member that leaves (on a Hazelcast thread). */
  void onMemberRemoved(Consumer<String> handler) {
    hazelcast.getCluster().addMembershipListener(new MembershipListener() {
      @Override
      public void memberAdded(MembershipEvent event) {}

      @Override
      public void memberRemoved(MembershipEvent event) {
        handler.accept(event.getMember().getUuid().toString());
      }
    });
  }

  /** The seen cache's stores, shared by the cluster (blocking: deploy the cache as a worker). */
  public DedupeStores dedupeStores(ScoopConfig config) {
    return SharedDedupe.stores(this, config);
  }

  /** Politeness held across the cluster; one per scraper (used from its event loop). */
  public HostGate hostGate(Vertx vertx, ScoopConfig.Fetch config) {
    return new SharedHostGate(vertx, this, config);
  }

  static <T> Future<T> on(Context context, CompletionStage<T> stage) {
    return Future.fromCompletionStage(stage, context);
  }
}
