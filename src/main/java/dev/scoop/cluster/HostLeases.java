package dev.scoop.cluster;

import com.hazelcast.map.EntryProcessor;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cluster-wide politeness state of one host: the requests running there (leases, each
 * with an expiry so that a dead member's lease lapses) and the earliest next start (the delay
 * after the last start and after the last finish). Changed
 * only by entry processors, which run on the member that owns the entry: every start is timed
 * by that one member's clock, whichever member asks.
 */
final class HostLeases implements Serializable {
  private static final long serialVersionUID = 1L;
  /** How soon to ask again when the host is at its concurrency limit. */
  static final long FULL_RETRY_MS = 20;
  final LinkedHashMap<String, Long> leases = new LinkedHashMap<>();
  long nextStart;

  /** Grants lease {@code id} (returns 0) or says how many ms to wait before asking again. */
  record Acquire(String id, int concurrency, long delayMs, long leaseMs) implements EntryProcessor<String, HostLeases, Long> {
    @Override
    public Long process(Map.Entry<String, HostLeases> entry) {
      long now = System.currentTimeMillis();
      HostLeases host = entry.getValue() == null ? new HostLeases() : entry.getValue();
      host.leases.values().removeIf(expiry -> expiry <= now);
      long wait;
      if (now < host.nextStart) {
        wait = host.nextStart - now;
      } else if (host.leases.size() >= concurrency) {
        wait = FULL_RETRY_MS;
      } else {
        host.leases.put(id, now + leaseMs);
        host.nextStart = now + delayMs;
        wait = 0;
      }
      entry.setValue(host);
      return wait;
    }
  }

  /** Ends lease {@code id}; the next start is at least {@code delayMs} after this finish. */
  record Release(String id, long delayMs) implements EntryProcessor<String, HostLeases, Void> {
    @Override
    public Void process(Map.Entry<String, HostLeases> entry) {
      HostLeases host = entry.getValue();
      if (host != null && host.leases.remove(id) != null) {
        host.nextStart = Math.max(host.nextStart, System.currentTimeMillis() + delayMs);
        entry.setValue(host);
      }
      return null;
    }
  }

  /** No start before {@code ms} from now (Retry-After, 429, 503). */
  record Pause(long ms) implements EntryProcessor<String, HostLeases, Void> {
    @Override
    public Void process(Map.Entry<String, HostLeases> entry) {
      HostLeases host = entry.getValue() == null ? new HostLeases() : entry.getValue();
      host.nextStart = Math.max(host.nextStart, System.currentTimeMillis() + ms);
      entry.setValue(host);
      return null;
    }
  }
}
