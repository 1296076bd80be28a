package dev.scoop;

import static dev.scoop.WsProbe.ack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to a real {@code serve} process while URLs are in flight: they finish and stream out,
 * the stream closes with 1001, the process exits 0. Blocks on this test thread (it drives a process).
 */
class ShutdownProcessTest {
  @Test
  void sigtermDrainsInFlightUrlsThenExitsZero() throws Exception {
    Vertx vertx = Vertx.vertx();
    NodeProcess node = null;
    try {
      FixtureServer site = new FixtureServer(vertx).start().await(10, TimeUnit.SECONDS);
      int port = TestNodes.freePorts(1)[0];
      node = NodeProcess.start(port, Map.of("SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "true", "SCOOP_FETCH_HOST_DELAY_MS", "0",
          "SCOOP_FETCH_HOST_CONCURRENCY", "8", "SCOOP_JOBS_SHUTDOWN_GRACE_MS", "15000"),
          NodeProcess.logDir("shutdown").toPath().resolve("node.log"));
      WebClient http = WebClient.create(vertx);
      node.awaitReady(http, "UP", 60_000);
      WsProbe ws = WsProbe.connect(vertx, port).await(10, TimeUnit.SECONDS);
      List<String> urls = List.of(site.url("/slow/1500/1"), site.url("/slow/2000/2"), site.url("/tiny/3"));
      ws.send(new JsonObject().put("op", "submit").put("urls", new JsonArray(urls))).until(ack("submit")).await(10, TimeUnit.SECONDS);

      long termAt = System.nanoTime();
      int exit = node.terminate(30_000);
      long stopMs = (System.nanoTime() - termAt) / 1_000_000;

      assertEquals(0, exit, "exit status after SIGTERM; log:\n" + Files.readString(node.log));
      assertEquals((short) 1001, ws.closed().await(5, TimeUnit.SECONDS));
      List<JsonObject> results = WsProbe.ofType(ws.frames(), "result");
      assertEquals(3, results.size(), "every in-flight URL finished before the exit");
      results.forEach(r -> assertEquals("ok", r.getString("status"), r.encode()));
      assertEquals(1, WsProbe.ofType(ws.frames(), "job").size());
      assertTrue(stopMs >= 1000, "the node waited for the slow pages: " + stopMs + " ms");
      assertTrue(Files.readString(node.log).contains("scoop: drained; 0 unfinished"));
    } finally {
      if (node != null) {
        node.kill();
      }
      vertx.close().await(10, TimeUnit.SECONDS);
    }
  }
}
