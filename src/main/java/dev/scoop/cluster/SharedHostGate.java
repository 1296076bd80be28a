package dev.scoop.cluster;

import com.hazelcast.map.IMap;
import dev.scoop.config.ScoopConfig;
import dev.scoop.fetch.HostGate;
import dev.scoop.fetch.HostThrottle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Politeness for the whole cluster: first this node's {@link HostThrottle} (its share of the
 * host's concurrency, its bounded queue, the node-wide limit), then a lease from the host's
 * shared {@link HostLeases}, which holds the host's concurrency and delay across all members.
 * A lease lapses after the request's total timeout, so a dead member's leases free themselves.
 * Used from one event loop.
 */
final class SharedHostGate implements HostGate {
  /** A lease outlives the longest request by this much before it lapses on its own. */
  private static final long LEASE_MARGIN_MS = 5_000;
  private final Vertx vertx;
  private final HostThrottle local;
  private final IMap<String, HostLeases> hosts;
  private final int concurrency;
  private final long leaseMs;
  private final Map<String, ArrayDeque<Lease>> held = new HashMap<>();

  /** A lease this node holds, with the delay its release sets before the host's next start. */
  private record Lease(String id, long delayMs) {}

  SharedHostGate(Vertx vertx, ClusterNode node, ScoopConfig.Fetch config) {
    this.vertx = vertx;
    // The shared lease spaces the starts; locally only concurrency and queue bounds apply.
    this.local = new HostThrottle(vertx, config.hostConcurrency(), config.globalConcurrency(), config.maxQueuedPerHost());
    this.hosts = node.hazelcast().getMap(ClusterSetup.HOSTS);
    this.concurrency = config.hostConcurrency();
    this.leaseMs = config.totalTimeoutMs() + LEASE_MARGIN_MS;
  }

  @Override
  public Future<Void> acquire(String host, long delayMs) {
    return local.acquire(host, 0).compose(v -> {
      Promise<Void> granted = Promise.promise();
      lease(host, delayMs, UUID.randomUUID().toString(), granted);
      return granted.future().onFailure(t -> local.release(host));
    });
  }

  private void lease(String host, long delayMs, String id, Promise<Void> granted) {
    ClusterNode.on(vertx.getOrCreateContext(), hosts.submitToKey(host, new HostLeases.Acquire(id, concurrency, delayMs, leaseMs)))
        .onFailure(granted::fail)
        .onSuccess(wait -> {
          if (wait == 0) {
            held.computeIfAbsent(host, h -> new ArrayDeque<>()).add(new Lease(id, delayMs));
            granted.complete();
          } else {
            vertx.setTimer(wait, t -> lease(host, delayMs, id, granted));
          }
        });
  }

  @Override
  public void release(String host) {
    local.release(host);
    ArrayDeque<Lease> leases = held.get(host);
    Lease lease = leases == null ? null : leases.poll();
    if (leases != null && leases.isEmpty()) {
      held.remove(host);
    }
    if (lease != null) {
      hosts.submitToKey(host, new HostLeases.Release(lease.id(), lease.delayMs()));
    }
  }

  @Override
  public Map<String, Integer> queueDepths() {
    return local.queueDepths();
  }

  @Override
  public void pause(String host, long ms) {
    local.pause(host, ms);
    hosts.submitToKey(host, new HostLeases.Pause(ms));
  }
}
