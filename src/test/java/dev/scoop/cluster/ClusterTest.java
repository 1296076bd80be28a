package dev.scoop.cluster;

import static dev.scoop.WsProbe.ack;
import static dev.scoop.WsProbe.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.FixtureServer;
import dev.scoop.JobWait;
import dev.scoop.LocalSite;
import dev.scoop.TestNodes;
import dev.scoop.WsProbe;
import dev.scoop.pipeline.Addresses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three clustered nodes in this JVM (Hazelcast members on loopback ports): work is shared,
 * streams and job state are the cluster's, dedupe and politeness hold across nodes.
 */
@ExtendWith(VertxExtension.class)
class ClusterTest {
  private static final int NODES = 3;
  private static final List<Vertx> members = new ArrayList<>();
  private static final int[] httpPorts = new int[NODES];
  private static Vertx client;
  private static WebClient http;
  private static FixtureServer site;
  private static SlowSite slow;

  /** A host that answers after 300 ms and records when each request arrived. */
  static final class SlowSite extends LocalSite {
    final List<Long> arrivals = new ArrayList<>();

    SlowSite(Vertx vertx) {
      super(vertx, "127.0.0.2");
    }

    @Override
    protected void routes(Router router) {
      router.get("/robots.txt").handler(ctx -> ctx.response().setStatusCode(404).end());
      router.get("/story/:n").handler(ctx -> {
        synchronized (arrivals) {
          arrivals.add(System.nanoTime());
        }
        vertx.setTimer(300, t -> ctx.response().putHeader("Content-Type", "text/html")
            .end(FixtureServer.storyPage(Integer.parseInt(ctx.pathParam("n")), "")));
      });
    }

    Future<SlowSite> start() {
      return listen().map(v -> this);
    }
  }

  @BeforeAll
  static void startCluster() throws Exception {
    client = Vertx.vertx();
    http = WebClient.create(client);
    site = new FixtureServer(client).start().await(10, TimeUnit.SECONDS);
    slow = new SlowSite(client).start().await(10, TimeUnit.SECONDS);
    int[] clusterPorts = TestNodes.freePorts(NODES);
    String name = "test-" + UUID.randomUUID();
    List<Future<Map.Entry<Vertx, Integer>>> starting = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      Map<String, String> env = new HashMap<>(TestNodes.clusterMember(name, clusterPorts, i));
      env.put("SCOOP_FETCH_HOST_CONCURRENCY", "1");
      env.put("SCOOP_FETCH_GLOBAL_CONCURRENCY", "4");
      starting.add(TestNodes.startClustered(env));
    }
    for (int i = 0; i < NODES; i++) {
      Map.Entry<Vertx, Integer> node = starting.get(i).await(60, TimeUnit.SECONDS);
      members.add(node.getKey());
      httpPorts[i] = node.getValue();
    }
  }

  @AfterAll
  static void stopCluster() throws Exception {
    for (Vertx v : members) {
      v.close().await(30, TimeUnit.SECONDS);
    }
    client.close().await(10, TimeUnit.SECONDS);
  }

  private static Future<String> submit(int node, List<String> urls) {
    return http.post(httpPorts[node], "127.0.0.1", "/api/v1/jobs")
        .sendJsonObject(new JsonObject().put("urls", new JsonArray(urls)))
        .map(r -> {
          assertEquals(202, r.statusCode(), r.bodyAsString());
          return r.bodyAsJsonObject().getString("jobId");
        });
  }

  private static Future<JsonObject> status(int node, String jobId) {
    return http.get(httpPorts[node], "127.0.0.1", "/api/v1/jobs/" + jobId).send().map(r -> {
      assertEquals(200, r.statusCode(), r.bodyAsString());
      return r.bodyAsJsonObject();
    });
  }

  @Test
  void readyReportsEveryMember(VertxTestContext ctx) {
    http.get(httpPorts[1], "127.0.0.1", "/health/ready").send().onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      assertEquals(200, r.statusCode());
      assertTrue(r.bodyAsString().contains("\"members\":3"), r.bodyAsString());
      ctx.completeNow();
    })));
  }

  @Test
  void subscriberOnOneNodeGetsEveryResultOnceWhereverItWasScraped(VertxTestContext ctx) {
    List<String> urls = IntStream.rangeClosed(1, 60).mapToObj(i -> site.url("/tiny/" + (1000 + i))).toList();
    WsProbe.connect(client, httpPorts[2])
        .compose(ws -> submit(0, urls).compose(jobId -> ws.send(new JsonObject().put("op", "subscribe").put("jobId", jobId))
            .until(ack("subscribe")).compose(f -> ws.until(type("job"))).map(frames -> Map.entry(jobId, frames))))
        .compose(done -> status(1, done.getKey()).map(status -> Map.entry(status, done.getValue())))
        .onComplete(ctx.succeeding(done -> ctx.verify(() -> {
          List<JsonObject> results = WsProbe.ofType(done.getValue(), "result");
          assertEquals(60, results.size());
          Set<String> nodes = new HashSet<>();
          for (int i = 0; i < results.size(); i++) {
            assertEquals(i + 1, results.get(i).getInteger("seq"));
            nodes.add(results.get(i).getString("node"));
          }
          assertEquals(60, results.stream().map(r -> r.getString("url")).distinct().count());
          assertTrue(nodes.size() >= 2, "work spread over " + nodes);
          JsonObject status = done.getKey();
          assertEquals("done", status.getString("state"));
          assertEquals(60, status.getInteger("completed"));
          for (String url : urls) {
            assertEquals(1, site.hits(url.substring(url.indexOf("/tiny/"))), url);
          }
          ctx.completeNow();
        })));
  }

  @Test
  void sameUrlSubmittedToTwoNodesAtOnceIsFetchedOnce(VertxTestContext ctx) {
    String url = site.url("/story/4242");
    Future.all(submit(0, List.of(url)), submit(1, List.of(url)))
        .compose(ids -> awaitDone(2, ids.resultAt(0)).compose(a -> awaitDone(0, ids.resultAt(1)).map(b -> List.of(a, b))))
        .onComplete(ctx.succeeding(statuses -> ctx.verify(() -> {
          assertEquals(1, site.hits("/story/4242"));
          int ok = 0;
          int duplicate = 0;
          for (JsonObject s : statuses) {
            ok += s.getInteger("ok");
            duplicate += s.getInteger("duplicate");
          }
          assertEquals(1, ok);
          assertEquals(1, duplicate);
          ctx.completeNow();
        })));
  }

  /** Host concurrency 1 and a 300 ms response: requests from three nodes must not overlap at the host. */
  @Test
  void politenessHoldsAcrossTheCluster(VertxTestContext ctx) {
    List<String> urls = IntStream.rangeClosed(1, 9).mapToObj(i -> slow.url("/story/" + (500 + i))).toList();
    Future.all(submit(0, urls.subList(0, 3)), submit(1, urls.subList(3, 6)), submit(2, urls.subList(6, 9)))
        .compose(ids -> Future.all(awaitDone(0, ids.resultAt(0)), awaitDone(1, ids.resultAt(1)), awaitDone(2, ids.resultAt(2))))
        .onComplete(ctx.succeeding(done -> ctx.verify(() -> {
          List<Long> arrivals;
          synchronized (slow.arrivals) {
            arrivals = new ArrayList<>(slow.arrivals);
          }
          assertEquals(9, arrivals.size());
          arrivals.sort(Long::compare);
          for (int i = 1; i < arrivals.size(); i++) {
            long gapMs = (arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000;
            assertTrue(gapMs >= 290, "requests " + i + " and " + (i + 1) + " overlapped: " + gapMs + " ms apart");
          }
          ctx.completeNow();
        })));
  }

  @Test
  void everyNodeAnswersForEveryJob(VertxTestContext ctx) {
    submit(1, List.of(site.url("/tiny/77")))
        .compose(id -> awaitDone(1, id).map(id))
        .compose(id -> Future.all(status(0, id), status(1, id), status(2, id)))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          JsonObject first = all.<JsonObject>resultAt(0);
          for (int i = 1; i < NODES; i++) {
            JsonObject other = all.<JsonObject>resultAt(i);
            assertEquals(first.getString("state"), other.getString("state"));
            assertEquals(first.getInteger("ok"), other.getInteger("ok"));
            assertEquals(first.getString("finishedAt"), other.getString("finishedAt"));
          }
          ctx.completeNow();
        })));
  }

  @Test
  void theStoredResultsSayTheLastSeqGivenSoThatAGapRepairSkipsOnlyWhatExpired(VertxTestContext ctx) {
    List<String> urls = IntStream.rangeClosed(80, 84).mapToObj(n -> site.url("/tiny/" + n)).toList();
    submit(2, urls)
        .compose(id -> awaitDone(2, id).map(id))
        .compose(id -> members.get(0).eventBus().<JsonObject>request(Addresses.JOBS,
            new JsonObject().put("jobId", id).put("after", 2), new DeliveryOptions().addHeader("op", "results")))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          JsonObject body = reply.body();
          assertEquals(5, body.getInteger("last"), body.encode());
          JsonArray events = body.getJsonArray("events");
          assertEquals(3, events.size());
          assertEquals(3, events.getJsonObject(0).getInteger("seq"));
          assertEquals(5, events.getJsonObject(2).getInteger("seq"));
          assertTrue(body.getBoolean("done"));
          ctx.completeNow();
        })));
  }

  private static Future<JsonObject> awaitDone(int node, String jobId) {
    return JobWait.done(client, http, httpPorts[node], jobId);
  }
}
