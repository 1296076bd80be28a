// Fan-out of one result stream to many WebSocket clients on one node: C clients subscribe to
// all results, E result events (about 1 KB each) are published on the results address as one
// node's job owner would, and every client counts them. Prints delivered messages/s and the
// publish-to-receive latency percentiles. Clients and server share this JVM (2 cores).
//
//   mvn -B -q package -DskipTests
//   java -Xmx2g -cp target/scoop.jar bench/FanoutBench.java [clients=1000] [events=500] [eventsPerSecond=0: as fast as possible]
import dev.scoop.ScoopNode;
import dev.scoop.config.ConfigLoader;
import dev.scoop.pipeline.Addresses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

public class FanoutBench {
  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int events = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    Vertx vertx = Vertx.vertx();
    int port = new ScoopNode(vertx, ConfigLoader.load(null, Map.of("SCOOP_HTTP_HOST", "127.0.0.1", "SCOOP_HTTP_PORT", "0",
        "SCOOP_STREAM_COMPRESSION", "false"))).start().await(30, TimeUnit.SECONDS);
    WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(clients + 10));
    CountDownLatch received = new CountDownLatch(clients * events);
    long[] latencies = new long[clients * events];
    AtomicLong next = new AtomicLong();
    List<Future<?>> connected = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      connected.add(client.connect(port, "127.0.0.1", "/api/v1/stream").compose(ws -> {
        ws.textMessageHandler(text -> {
          if (text.startsWith("{\"type\":\"result\"")) {
            JsonObject e = new JsonObject(text);
            latencies[(int) next.getAndIncrement()] = System.nanoTime() - e.getLong("sentAt");
            received.countDown();
          }
        });
        ws.writeTextMessage("{\"op\":\"subscribe\",\"all\":true}");
        return Future.succeededFuture();
      }));
    }
    Future.all(connected).await(60, TimeUnit.SECONDS);
    Thread.sleep(1000);
    String text = "x".repeat(800);
    long start = System.nanoTime();
    for (int i = 1; i <= events; i++) {
      JsonObject event = new JsonObject().put("type", "result").put("jobId", "bench").put("seq", i)
          .put("url", "https://news.example/" + i).put("status", "ok")
          .put("article", new JsonObject().put("title", "Event " + i).put("text", text)).put("sentAt", System.nanoTime());
      vertx.eventBus().publish(Addresses.RESULTS, event);
      if (rate > 0) {
        long due = start + (long) (i * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      } else if (i % 50 == 0) {
        Thread.sleep(5);
      }
    }
    boolean all = received.await(5, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    long n = next.get();
    long[] sorted = java.util.Arrays.copyOf(latencies, (int) n);
    java.util.Arrays.sort(sorted);
    System.out.printf("clients=%d events=%d rate=%s delivered=%d%s in %.2f s: %.0f messages/s%n", clients, events,
        rate > 0 ? rate + "/s" : "max", n,
        all ? "" : " (INCOMPLETE)", seconds, n / seconds);
    System.out.printf("publish-to-receive latency: p50=%.1f ms p99=%.1f ms max=%.1f ms%n",
        sorted[(int) (n * 0.5)] / 1e6, sorted[(int) Math.min(n - 1, n * 0.99)] / 1e6, sorted[(int) n - 1] / 1e6);
    client.close();
    vertx.close().await(30, TimeUnit.SECONDS);
  }
}
