package dev.scoop.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.FixtureServer;
import dev.scoop.LocalSite;
import dev.scoop.NodeProcess;
import dev.scoop.TestNodes;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The scenario with real processes: three Scoop JVMs in a cluster behind nginx
 * ({@code deploy/nginx.conf}), a fixture site in this JVM. 3,000 URLs go in through nginx and a
 * subscriber follows the job through nginx; after about a third of the results one node gets
 * SIGKILL. Every URL must still end in exactly one result (seqs 1..3,000, no repeats), the
 * job must finish, no URL may be fetched more than twice, and a job submitted afterwards must
 * work, and a node stopped with SIGTERM mid-job must hand over without losing a result. Orchestrates processes, so it blocks (on this test thread, never on an event loop).
 * Needs nginx ({@code apt-get install nginx-light}); {@code .ci/run} installs it and sets
 * {@code REQUIRE_NGINX=1}, which turns a missing nginx into a failure.
 */
class ClusterKillTest {
  private static final int NODES = 3;
  private static final int URLS = 3000;
  private static final int PAGE_DELAY_MS = 40;
  private static final long TIMEOUT_MS = 240_000;

  /** Pages that take a little while, so that the job is still running when a node dies. */
  static final class SlowPages extends LocalSite {
    SlowPages(Vertx vertx) {
      super(vertx);
    }

    @Override
    protected void routes(Router router) {
      router.get("/robots.txt").handler(ctx -> ctx.response().setStatusCode(404).end());
      router.get("/p/:n").handler(ctx -> vertx.setTimer(PAGE_DELAY_MS, t -> ctx.response()
          .putHeader("Content-Type", "text/html").end(FixtureServer.tinyPage(Integer.parseInt(ctx.pathParam("n"))))));
    }

    Future<SlowPages> start() {
      return listen().map(v -> this);
    }
  }

  @Test
  void aNodeKilledMidJobLosesNoResult() throws Exception {
    if (NginxProcess.binary() == null) {
      assertNotEquals("1", System.getenv("REQUIRE_NGINX"), "REQUIRE_NGINX=1 but nginx is not installed");
      Assumptions.abort("nginx is not installed (apt-get install nginx-light)");
    }
    Vertx vertx = Vertx.vertx();
    WebClient http = WebClient.create(vertx);
    List<NodeProcess> nodes = new ArrayList<>();
    NginxProcess nginx = null;
    Path dir = NodeProcess.logDir("cluster-kill").toPath();
    try {
      SlowPages site = new SlowPages(vertx).start().await(10, TimeUnit.SECONDS);
      int[] clusterPorts = TestNodes.freePorts(NODES);
      int[] httpPorts = TestNodes.freePorts(NODES + 1);
      String cluster = "kill-test-" + UUID.randomUUID();
      for (int i = 0; i < NODES; i++) {
        Map<String, String> env = new HashMap<>(TestNodes.clusterMember(cluster, clusterPorts, i));
        env.put("SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "true");
        env.put("SCOOP_FETCH_HOST_DELAY_MS", "0");
        env.put("SCOOP_FETCH_HOST_CONCURRENCY", "24");
        env.put("SCOOP_FETCH_GLOBAL_CONCURRENCY", "16");
        env.put("SCOOP_JOBS_MAX_URLS", String.valueOf(URLS));
        env.putAll(TestNodes.UNLIMITED);
        nodes.add(NodeProcess.start(httpPorts[i], env, dir.resolve("node-" + i + ".log")));
      }
      long startedAt = System.nanoTime();
      for (NodeProcess node : nodes) {
        node.awaitReady(http, "\"members\":" + NODES, 120_000);
      }
      long clusterUpMs = (System.nanoTime() - startedAt) / 1_000_000;
      List<Integer> upstreams = new ArrayList<>();
      for (NodeProcess node : nodes) {
        upstreams.add(node.httpPort);
      }
      nginx = NginxProcess.start(httpPorts[NODES], upstreams, dir.resolve("nginx"));
      int lb = nginx.port;

      List<String> urls = IntStream.rangeClosed(1, URLS).mapToObj(n -> site.url("/p/" + n)).toList();
      long submittedAt = System.nanoTime();
      String jobId = submit(http, lb, urls);
      // nginx's round robin puts the three subscribers on three different nodes: one of them loses its node.
      List<ResumingSubscriber> subscribers = new ArrayList<>();
      for (int i = 0; i < NODES; i++) {
        subscribers.add(new ResumingSubscriber(vertx, lb, jobId));
        subscribers.get(i).start();
      }
      ResumingSubscriber subscriber = subscribers.get(0);

      awaitTrue(() -> subscriber.received() >= URLS / 3, TIMEOUT_MS, "a third of the results");
      NodeProcess victim = nodes.get(0);
      victim.kill();
      long killedAt = System.nanoTime();
      int receivedAtKill = subscriber.received();

      for (ResumingSubscriber s : subscribers) {
        awaitTrue(() -> s.done != null, TIMEOUT_MS, "the job's done event (results so far: " + s.received() + ")");
      }
      long finishedAt = System.nanoTime();

      int connections = 0;
      for (ResumingSubscriber s : subscribers) {
        String who = "subscriber " + subscribers.indexOf(s) + " (" + s.connections + " connections): ";
        assertTrue(s.repeats.isEmpty(), who + "results received twice: " + s.repeats);
        assertEquals(URLS, s.received(), () -> who + "missing seqs " + IntStream.rangeClosed(1, URLS)
            .filter(seq -> !s.results.containsKey(seq)).boxed().toList() + ", lagged frames " + s.lagged);
        Map<String, Integer> perUrl = new HashMap<>();
        for (int seq = 1; seq <= URLS; seq++) {
          JsonObject result = s.results.get(seq);
          assertNotNull(result, "no result with seq " + seq);
          perUrl.merge(result.getString("url"), 1, Integer::sum);
        }
        assertEquals(URLS, perUrl.size(), "every URL has its own result");
        assertEquals(URLS, s.done.getInteger("completed"));
        connections += s.connections;
      }
      assertTrue(connections > NODES, "the subscriber on the killed node reconnected");
      int fetchedTwice = 0;
      for (int n = 1; n <= URLS; n++) {
        int hits = site.hits("/p/" + n);
        assertTrue(hits >= 1 && hits <= 2, "/p/" + n + " fetched " + hits + " times");
        if (hits == 2) {
          fetchedTwice++;
        }
      }
      JsonObject status = getJson(http, lb, "/api/v1/jobs/" + jobId);
      assertEquals("done", status.getString("state"));

      // A job submitted after the kill runs on the survivors.
      List<String> more = IntStream.rangeClosed(URLS + 1, URLS + 100).mapToObj(n -> site.url("/p/" + n)).toList();
      String second = submit(http, lb, more);
      awaitTrue(() -> "done".equals(getJson(http, lb, "/api/v1/jobs/" + second).getString("state")), 60_000, "the second job");
      assertEquals(100, getJson(http, lb, "/api/v1/jobs/" + second).getInteger("completed"));
      // Server-sent events through nginx: the whole job replayed, then its done event, then the end.
      String sse = http.get(lb, "127.0.0.1", "/api/v1/jobs/" + second + "/events").send().await(30, TimeUnit.SECONDS).bodyAsString();
      assertEquals(100, sse.split("event: result\n", -1).length - 1);
      assertTrue(sse.contains("event: job\n"), "the done event ends the stream");

      // SIGTERM to a survivor mid-job: it stops taking work, finishes what it holds, leaves; the last node finishes the job.
      List<String> third = IntStream.rangeClosed(URLS + 101, URLS + 400).mapToObj(n -> site.url("/p/" + n)).toList();
      String drainJob = submit(http, lb, third);
      awaitTrue(() -> getJson(http, lb, "/api/v1/jobs/" + drainJob).getInteger("completed", 0) >= 30, 60_000, "the third job under way");
      long termAt = System.nanoTime();
      int exit = nodes.get(1).terminate(60_000);
      long drainMs = (System.nanoTime() - termAt) / 1_000_000;
      assertNotEquals(-1, exit, "node 1 did not stop within 60 s of SIGTERM");
      assertTrue(Files.readString(nodes.get(1).log).contains("scoop: drained"), "node 1 drained before leaving");
      awaitTrue(() -> "done".equals(getJson(http, lb, "/api/v1/jobs/" + drainJob).getString("state")), 120_000, "the third job");
      JsonArray events = http.get(lb, "127.0.0.1", "/api/v1/jobs/" + drainJob + "/results").send()
          .await(10, TimeUnit.SECONDS).bodyAsJsonArray();
      assertEquals(300, events.size());
      for (int i = 0; i < events.size(); i++) {
        assertEquals(i + 1, events.getJsonObject(i).getInteger("seq"));
      }
      assertEquals(300, events.stream().map(e -> ((JsonObject) e).getString("url")).distinct().count());
      for (String url : third) {
        int hits = site.hits(url.substring(url.indexOf("/p/")));
        assertTrue(hits >= 1 && hits <= 2, url + " fetched " + hits + " times");
      }

      Map<String, Integer> perNode = new TreeMap<>();
      subscriber.results.values().forEach(r -> perNode.merge(r.getString("node"), 1, Integer::sum));
      assertEquals(NODES, perNode.size(), "every node scraped a share: " + perNode);
      long recoveryMs = recoveryDelayMs(subscriber, killedAt);
      System.out.printf("cluster kill test: cluster up in %d ms; %d URLs in %d ms; killed after %d results; "
              + "longest pause in the stream after the kill %d ms; %d URLs fetched twice; subscriber connections %d; "
              + "SIGTERM to exit %d ms (status %d); results per node %s%n",
          clusterUpMs, URLS, (finishedAt - submittedAt) / 1_000_000, receivedAtKill, recoveryMs, fetchedTwice,
          connections, drainMs, exit, perNode.values());
    } finally {
      for (NodeProcess node : nodes) {
        node.kill();
      }
      if (nginx != null) {
        nginx.stop();
      }
      vertx.close().await(10, TimeUnit.SECONDS);
    }
  }

  /** The longest silence between results after the kill: the time it took the survivors to take over. */
  private static long recoveryDelayMs(ResumingSubscriber subscriber, long killedAt) {
    List<Long> after = new ArrayList<>();
    after.add(killedAt);
    subscriber.arrivedAt.values().stream().filter(t -> t > killedAt).sorted().forEach(after::add);
    long longest = 0;
    for (int i = 1; i < after.size(); i++) {
      longest = Math.max(longest, after.get(i) - after.get(i - 1));
    }
    return longest / 1_000_000;
  }

  private static String submit(WebClient http, int port, List<String> urls) throws Exception {
    HttpResponse<Buffer> r = http.post(port, "127.0.0.1", "/api/v1/jobs")
        .sendJsonObject(new JsonObject().put("urls", new JsonArray(urls))).await(30, TimeUnit.SECONDS);
    assertEquals(202, r.statusCode(), r.bodyAsString());
    return r.bodyAsJsonObject().getString("jobId");
  }

  private static JsonObject getJson(WebClient http, int port, String path) {
    try {
      return http.get(port, "127.0.0.1", path).send().await(10, TimeUnit.SECONDS).bodyAsJsonObject();
    } catch (Exception e) {
      return new JsonObject();
    }
  }

  /** A condition that may fail the test itself (a node that died). */
  private interface Check {
    boolean test() throws Exception;
  }

  private static void awaitTrue(Check condition, long timeoutMs, String what) throws Exception {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (!condition.test()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }
}
