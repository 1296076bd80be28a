package dev.scoop.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.FixtureServer;
import dev.scoop.JobWait;
import dev.scoop.ScoopNode;
import dev.scoop.TestNodes;
import dev.scoop.config.ScoopConfig;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A cluster of one: clustered mode works before any other member joins. */
@ExtendWith(VertxExtension.class)
class SingleMemberClusterTest {
  @Test
  void aLoneMemberRunsJobs(Vertx client, VertxTestContext ctx) {
    WebClient http = WebClient.create(client);
    FixtureServer site = new FixtureServer(client);
    int[] clusterPort = TestNodes.freePorts(1);
    site.start()
        .compose(s -> TestNodes.startClustered(TestNodes.clusterMember("solo-" + UUID.randomUUID(), clusterPort, 0)))
        .compose(node -> http.post(node.getValue(), "127.0.0.1", "/api/v1/jobs")
            .sendJsonObject(new JsonObject().put("urls", new JsonArray(List.of(site.url("/story/1"), site.url("/story/1?utm_source=x")))))
            .compose(r -> JobWait.done(client, http, node.getValue(), r.bodyAsJsonObject().getString("jobId")))
            .compose(status -> http.get(node.getValue(), "127.0.0.1", "/health/ready").send()
                .map(ready -> Map.entry(status, ready.bodyAsString())))
            .eventually(() -> node.getKey().close()))
        .onComplete(ctx.succeeding(done -> ctx.verify(() -> {
          JsonObject status = done.getKey();
          assertEquals(1, status.getInteger("ok"));
          assertEquals(1, status.getInteger("duplicate"), "the same canonical URL twice: one fetch");
          assertEquals(1, site.hits("/story/1"));
          assertTrue(done.getValue().contains("\"members\":1"), done.getValue());
          ctx.completeNow();
        })));
  }

  @Test
  void aMemberDrainsFromOutsideVertx() throws Exception {
    // the shutdown hook drains from its own thread: nothing in hand, so each drain ends at once with 0
    int[] clusterPort = TestNodes.freePorts(1);
    ScoopConfig config = TestNodes.config(TestNodes.clusterMember("drain-" + UUID.randomUUID(), clusterPort, 0));
    ClusterJoin join = ClusterJoin.join(config).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    try {
      ScoopNode node = new ScoopNode(join.vertx(), config, join.node());
      node.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
      for (int i = 0; i < 50; i++) {
        assertEquals(0, node.drain().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS), "drain " + i);
      }
    } finally {
      join.vertx().close().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
  }
}
