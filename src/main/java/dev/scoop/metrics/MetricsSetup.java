package dev.scoop.metrics;

import dev.scoop.config.ScoopConfig;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;

/**
 * Builds Vert.x with metrics: its own (HTTP server and client, event bus, pools, JVM) and
 * Scoop's ({@link ScoopMetrics}) go to one Prometheus registry, the one {@code /metrics}
 * serves ({@link #prometheus()}).
 */
public final class MetricsSetup {
  private MetricsSetup() {}

  /** A Vert.x builder with {@code options}, and the Prometheus registry wired in when {@code metrics.enabled}. */
  public static VertxBuilder builder(ScoopConfig config, VertxOptions options) {
    if (!config.metrics().enabled()) {
      return Vertx.builder().with(options);
    }
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Metrics.addRegistry(registry);
    options.setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true));
    return Vertx.builder().with(options).withMetrics(new MicrometerMetricsFactory(registry));
  }

  /** The registry {@code /metrics} serves, or null when metrics are off. */
  public static PrometheusMeterRegistry prometheus() {
    for (var registry : Metrics.globalRegistry.getRegistries()) {
      if (registry instanceof PrometheusMeterRegistry) {
        return (PrometheusMeterRegistry) registry;
      }
    }
    return null;
  }
}
