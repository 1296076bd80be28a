package dev.scoop.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.FixtureServer;
import dev.scoop.JobWait;
import dev.scoop.ScoopNode;
import dev.scoop.TestNodes;
import dev.scoop.config.ScoopConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /metrics}: Vert.x's own meters and Scoop's, counting a real scrape. */
@ExtendWith(VertxExtension.class)
class MetricsTest {
  @Test
  void aScrapeIsCounted(Vertx client, VertxTestContext ctx) {
    ScoopConfig config = TestNodes.config(Map.of());
    Vertx vertx = MetricsSetup.builder(config, new VertxOptions()).build();
    WebClient http = WebClient.create(client);
    FixtureServer site = new FixtureServer(client);
    site.start()
        .compose(s -> new ScoopNode(vertx, config).start())
        .compose(port -> scrape(http, port).compose(before -> http.post(port, "127.0.0.1", "/api/v1/jobs")
                .sendJsonObject(new JsonObject().put("urls", new JsonArray(List.of(site.url("/story/7"), site.url("/status/404")))))
                .compose(r -> JobWait.done(client, http, port, r.bodyAsJsonObject().getString("jobId")))
                .compose(done -> scrape(http, port))
                .map(after -> Map.entry(before, after)))
            .eventually(vertx::close))
        .onComplete(ctx.succeeding(m -> ctx.verify(() -> {
          String before = m.getKey();
          String after = m.getValue();
          assertEquals(2.0, delta(before, after, "scoop_urls_submitted_total"));
          assertEquals(1.0, delta(before, after, "scoop_urls_finished_total{code=\"none\",status=\"ok\"}"));
          assertEquals(1.0, delta(before, after, "scoop_urls_finished_total{code=\"http_status\",status=\"error\"}"));
          // the story is fetched and extracted; the 404's fetch fails on its status
          assertEquals(1.0, delta(before, after, "scoop_fetch_seconds_count{outcome=\"ok\"}"), "fetch latency histogram");
          assertEquals(1.0, delta(before, after, "scoop_fetch_seconds_count{outcome=\"error\"}"), "failed fetches timed too");
          assertTrue(after.contains("scoop_fetch_seconds_bucket{outcome=\"ok\",le=\"0.5\"}"), "with buckets");
          assertEquals(1.0, delta(before, after, "scoop_extract_seconds_count{outcome=\"ok\"}"), "extraction latency histogram");
          assertEquals(2.0, delta(before, after, "scoop_tasks_scraped_total"), "both pages scraped by this node");
          for (String name : List.of("scoop_websocket_clients", "scoop_results_retained_bytes", "scoop_urls_active",
              "scoop_cache_misses_total", "scoop_cache_hits_total", "scoop_cache_evictions_total", "scoop_cache_urls",
              "vertx_http_server_requests_total", "vertx_http_client_requests_total", "jvm_memory_used_bytes")) {
            assertTrue(after.contains(name), name + " in /metrics");
          }
          ctx.completeNow();
        })));
  }

  private static Future<String> scrape(WebClient http, int port) {
    return http.get(port, "127.0.0.1", "/metrics").send().map(r -> {
      assertEquals(200, r.statusCode());
      return r.bodyAsString();
    });
  }

  /** How much a series grew between two scrapes: meters are JVM-wide, so earlier tests' counts are in both. */
  private static double delta(String before, String after, String series) {
    return value(after, series) - value(before, series);
  }

  /** The value of a series (name with its labels, as Prometheus prints them), 0 when absent. */
  private static double value(String metrics, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + "\\s+([0-9.eE+-]+)$").matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
