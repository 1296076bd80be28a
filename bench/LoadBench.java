// End-to-end load benchmark: a local site serves the seed story under N distinct URLs, one
// Scoop node (in this JVM) scrapes them all, and a WebSocket client counts the results.
// Prints pages/s and submit-to-result latency percentiles.
//
//   mvn -q package -DskipTests
//   java -cp target/scoop.jar bench/LoadBench.java [N=2000] [hostConcurrency=32]
//
// Everything runs on 127.0.0.1 with free ports; the run stops by itself.
import dev.scoop.ScoopNode;
import dev.scoop.config.ConfigLoader;
import dev.scoop.config.ScoopConfig;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

public class LoadBench {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    String hostConcurrency = args.length > 1 ? args[1] : "32";
    String page = Files.readString(Path.of("src/test/resources/pages/seed-newser.html"));
    Vertx vertx = Vertx.vertx();
    int sitePort = vertx.createHttpServer()
        .requestHandler(req -> {
          String id = req.path().substring(req.path().lastIndexOf('/') + 1);
          req.response().putHeader("Content-Type", "text/html; charset=utf-8")
              .end(page.replace("is not taking North Korea", "(report " + id + ") is not taking North Korea"));
        })
        .listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS).actualPort();
    ScoopConfig config = ConfigLoader.load(null, Map.of(
        "SCOOP_HTTP_HOST", "127.0.0.1", "SCOOP_HTTP_PORT", "0",
        "SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "true", "SCOOP_FETCH_HOST_DELAY_MS", "0",
        "SCOOP_FETCH_HOST_CONCURRENCY", hostConcurrency, "SCOOP_JOBS_MAX_URLS", String.valueOf(n)));
    int port = new ScoopNode(vertx, config).start().await(30, TimeUnit.SECONDS);

    JsonArray urls = new JsonArray();
    for (int i = 0; i < n; i++) {
      urls.add("http://127.0.0.1:" + sitePort + "/story/" + i);
    }
    List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
    Promise<JsonObject> done = Promise.promise();
    WebSocketClient client = vertx.createWebSocketClient();
    long[] start = new long[1];
    client.connect(port, "127.0.0.1", "/api/v1/stream").onSuccess(ws -> {
      ws.textMessageHandler(text -> {
        JsonObject e = new JsonObject(text);
        if ("result".equals(e.getString("type"))) {
          latenciesMicros.add((System.nanoTime() - start[0]) / 1000);
        } else if ("job".equals(e.getString("type"))) {
          done.tryComplete(e);
        } else if ("error".equals(e.getString("type"))) {
          done.tryFail(e.encode());
        }
      });
      start[0] = System.nanoTime();
      ws.writeTextMessage(new JsonObject().put("op", "submit").put("urls", urls).encode());
    });
    JsonObject summary = done.future().await(10, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start[0]) / 1e9;
    List<Long> sorted = new ArrayList<>(latenciesMicros);
    Collections.sort(sorted);
    System.out.printf("urls=%d ok=%d duplicate=%d error=%d results=%d%n", n, summary.getInteger("ok"),
        summary.getInteger("duplicate"), summary.getInteger("error"), sorted.size());
    System.out.printf("wall=%.2fs throughput=%.0f pages/s%n", seconds, n / seconds);
    System.out.printf("submit-to-result latency: p50=%.0f ms p99=%.0f ms max=%.0f ms%n",
        pct(sorted, 50) / 1000.0, pct(sorted, 99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    client.close();
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  private static long pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
