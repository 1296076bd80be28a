package dev.scoop.fetch;

import dev.scoop.pipeline.ErrorCode;
import dev.scoop.pipeline.ScrapeException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Politeness without threads: per host at most {@code hostConcurrency} requests at once and
 * at least {@code hostDelayMs} after the previous start and after the previous finish; across hosts at most
 * {@code globalConcurrency}. Waiting callers hold a promise in a per-host queue of at most
 * {@code maxQueuedPerHost} (beyond it they fail with {@code overloaded}), so one slow host
 * never delays another. Must be used from one event loop.
 */
public final class HostThrottle implements HostGate {
  private final Vertx vertx;
  private final int hostConcurrency;
  private final int globalConcurrency;
  private final int maxQueuedPerHost;
  private final Map<String, Host> hosts = new HashMap<>();
  private final ArrayDeque<Host> waitingForGlobal = new ArrayDeque<>();
  private int globalActive;

  private static final class Host {
    final String name;
    final ArrayDeque<Promise<Void>> queue = new ArrayDeque<>();
    int active;
    long delayMs;
    long nextStart;
    boolean timerSet;
    boolean queuedForGlobal;

    Host(String name) {
      this.name = name;
    }
  }

  public HostThrottle(Vertx vertx, int hostConcurrency, int globalConcurrency, int maxQueuedPerHost) {
    this.vertx = vertx;
    this.hostConcurrency = hostConcurrency;
    this.globalConcurrency = globalConcurrency;
    this.maxQueuedPerHost = maxQueuedPerHost;
  }

  @Override
  public Future<Void> acquire(String host, long delayMs) {
    Host h = hosts.computeIfAbsent(host, Host::new);
    h.delayMs = delayMs;
    if (h.queue.size() >= maxQueuedPerHost) {
      return Future.failedFuture(new ScrapeException(ErrorCode.OVERLOADED,
          maxQueuedPerHost + " requests already wait for " + host));
    }
    Promise<Void> p = Promise.promise();
    h.queue.add(p);
    pump(h);
    return p.future();
  }

  @Override
  public Map<String, Integer> queueDepths() {
    Map<String, Integer> depths = new HashMap<>();
    hosts.forEach((name, h) -> {
      if (!h.queue.isEmpty()) {
        depths.put(name, h.queue.size());
      }
    });
    return depths;
  }

  @Override
  public void pause(String host, long ms) {
    Host h = hosts.computeIfAbsent(host, Host::new);
    h.nextStart = Math.max(h.nextStart, System.currentTimeMillis() + ms);
  }

  @Override
  public void release(String host) {
    Host h = hosts.get(host);
    if (h == null) {
      return;
    }
    h.active--;
    globalActive--;
    // timed from the finish too: a request that took long to connect arrived late at the server
    h.nextStart = Math.max(h.nextStart, System.currentTimeMillis() + h.delayMs);
    pump(h);
    pumpGlobal();
    forgetWhenIdle(h);
  }

  /** Hosts with a request running or waiting, or whose delay has not passed yet. */
  int hostsTracked() {
    return hosts.size();
  }

  /** Drops an idle host once its delay has passed, so that the map holds only hosts in use. */
  private void forgetWhenIdle(Host h) {
    if (h.active > 0 || !h.queue.isEmpty()) {
      return;
    }
    if (System.currentTimeMillis() >= h.nextStart) {
      hosts.remove(h.name, h);
    } else {
      wakeAtNextStart(h);
    }
  }

  private void pump(Host h) {
    while (!h.queue.isEmpty() && h.active < hostConcurrency) {
      long now = System.currentTimeMillis();
      if (now < h.nextStart) {
        wakeAtNextStart(h);
        return;
      }
      if (globalActive >= globalConcurrency) {
        if (!h.queuedForGlobal) {
          h.queuedForGlobal = true;
          waitingForGlobal.add(h);
        }
        return;
      }
      h.active++;
      globalActive++;
      h.nextStart = now + h.delayMs;
      h.queue.poll().complete();
    }
  }

  /** Comes back to {@code h} when its next start is due: to start what waits there, or to forget it. */
  private void wakeAtNextStart(Host h) {
    if (h.timerSet) {
      return;
    }
    h.timerSet = true;
    vertx.setTimer(Math.max(1, h.nextStart - System.currentTimeMillis()), id -> {
      h.timerSet = false;
      pump(h);
      forgetWhenIdle(h);
    });
  }

  private void pumpGlobal() {
    while (globalActive < globalConcurrency && !waitingForGlobal.isEmpty()) {
      Host h = waitingForGlobal.poll();
      h.queuedForGlobal = false;
      pump(h);
    }
  }
}
