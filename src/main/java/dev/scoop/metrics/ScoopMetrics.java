package dev.scoop.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Scoop's own meters, in Micrometer's global registry (to which {@link MetricsSetup} adds the
 * Prometheus registry that {@code /metrics} serves; without it they cost next to nothing).
 * Names follow Micrometer's dotted style; Prometheus shows them as {@code scoop_..._total},
 * {@code scoop_..._seconds}. Every name is listed in {@code docs/OPERATIONS.md}.
 */
public final class ScoopMetrics {
  /** At most this many hosts get their own queue-depth series; the rest only count in the total. */
  static final int HOST_SERIES = 20;
  private static final Duration[] LATENCY_SLOS = {
      Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};
  private static final MultiGauge HOST_QUEUES = MultiGauge.builder("scoop.host.queue.depth")
      .description("requests waiting for a politeness permit, per host (the busiest hosts)")
      .register(Metrics.globalRegistry);

  private ScoopMetrics() {}

  public static void submitted(int urls) {
    Metrics.counter("scoop.urls.submitted").increment(urls);
  }

  /** A URL's terminal result event: counted by its status (ok | duplicate | error) and error code ("none" otherwise). */
  public static void finished(JsonObject result) {
    JsonObject error = result.getJsonObject("error");
    String code = error == null ? null : error.getString("code");
    Metrics.counter("scoop.urls.finished", "status", result.getString("status"), "code", code == null ? "none" : code).increment();
  }

  /** Fetch latency, from the first robots.txt check to the body (or the failure), by outcome. */
  public static Timer fetch(String outcome) {
    return latency("scoop.fetch", "fetch latency, robots.txt and politeness waits included", outcome);
  }

  /** Extraction time of one page on the worker pool. */
  public static Timer extract(String outcome) {
    return latency("scoop.extract", "extraction time per page", outcome);
  }

  private static Timer latency(String name, String description, String outcome) {
    return Timer.builder(name).description(description).tag("outcome", outcome)
        .serviceLevelObjectives(LATENCY_SLOS).register(Metrics.globalRegistry);
  }

  /** Pages scraped by this node (in a cluster: this node's share). */
  public static void scraped() {
    Metrics.counter("scoop.tasks.scraped").increment();
  }

  public static Counter webSocketEvent(String event) {
    return Metrics.counter("scoop.websocket.events", "event", event);
  }

  /** A gauge read from {@code owner}, which the registry holds strongly (Micrometer's default is a weak reference). */
  public static <T> void gauge(String name, String description, T owner, ToDoubleFunction<T> value) {
    Gauge.builder(name, owner, value).description(description).strongReference(true).register(Metrics.globalRegistry);
  }

  /** A monotonic count kept elsewhere (the cache's counters), read from {@code owner}. */
  public static <T> void counter(String name, String description, T owner, ToDoubleFunction<T> value) {
    FunctionCounter.builder(name, owner, value).description(description).register(Metrics.globalRegistry);
  }

  /** Replaces the per-host queue depths with the {@value #HOST_SERIES} deepest of {@code depths}. */
  public static void hostQueues(Map<String, Integer> depths) {
    List<Map.Entry<String, Integer>> deepest = new ArrayList<>(depths.entrySet());
    deepest.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    for (Map.Entry<String, Integer> e : deepest.subList(0, Math.min(HOST_SERIES, deepest.size()))) {
      rows.add(MultiGauge.Row.of(Tags.of("host", e.getKey()), e.getValue()));
    }
    HOST_QUEUES.register(rows, true);
  }
}
