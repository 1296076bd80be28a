package dev.scoop.fetch;

import io.vertx.core.Future;
import java.util.Map;

/**
 * Politeness towards one host (or registrable domain): when a request may start, how many at
 * once, and pauses a server asked for. {@link HostThrottle} keeps it in this node;
 * a clustered node adds a shared lease so that the limits hold for the whole cluster.
 */
public interface HostGate {
  /**
   * Completes when a request to {@code host} may start: at least {@code delayMs} after the
   * previous start there and after the previous request there finished (so the server never sees
   * two requests closer than the delay, however long the first one took to connect); pair every
   * success with {@link #release}.
   */
  Future<Void> acquire(String host, long delayMs);

  void release(String host);

  /** Keeps requests to {@code host} from starting for {@code ms} (a server asked to slow down). */
  void pause(String host, long ms);

  /** Requests waiting for a permit, per host with any waiting (for metrics). */
  Map<String, Integer> queueDepths();
}
