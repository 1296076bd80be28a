// Heap while one subscriber stops reading and 5,000 results flow to it and to a fast one:
// the server must not buffer for the stalled client beyond stream.maxQueuedBytes.
//
//   mvn -B -q package -DskipTests
//   java -Xmx1g -cp target/scoop.jar bench/SlowSubscriberHeap.java [urls=5000]
import dev.scoop.ScoopNode;
import dev.scoop.config.ConfigLoader;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class SlowSubscriberHeap {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    Vertx vertx = Vertx.vertx();
    int site = vertx.createHttpServer().requestHandler(req -> {
      String id = req.path().substring(req.path().lastIndexOf('/') + 1);
      req.response().putHeader("Content-Type", "text/html").end("<html><body><article><h1>Note " + id + "</h1><p>Note "
          + id + " says the river rose again, as measured at the gauge near the old bridge.</p><p>Residents near bend "
          + id + " were asked to move their cars before the evening high water.</p></article></body></html>");
    }).listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS).actualPort();
    int port = new ScoopNode(vertx, ConfigLoader.load(null, Map.of("SCOOP_HTTP_HOST", "127.0.0.1", "SCOOP_HTTP_PORT", "0",
        "SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "true", "SCOOP_FETCH_HOST_DELAY_MS", "0", "SCOOP_FETCH_HOST_CONCURRENCY", "16",
        "SCOOP_JOBS_MAX_URLS", String.valueOf(n), "SCOOP_HTTP_MAX_BODY_BYTES", "8388608"))).start().await(30, TimeUnit.SECONDS);
    WebSocketClient slowClient = vertx.createWebSocketClient();
    WebSocketClient fastClient = vertx.createWebSocketClient();
    var slow = slowClient.connect(port, "127.0.0.1", "/api/v1/stream").await(10, TimeUnit.SECONDS);
    slow.writeTextMessage("{\"op\":\"subscribe\",\"all\":true}");
    Thread.sleep(200);
    slow.pause();
    long baseline = usedAfterGc();
    long[] peak = {0};
    long sampler = vertx.setPeriodic(250, id -> peak[0] = Math.max(peak[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()));
    JsonArray urls = new JsonArray();
    for (int i = 0; i < n; i++) {
      urls.add("http://127.0.0.1:" + site + "/note/" + i);
    }
    Promise<Void> done = Promise.promise();
    AtomicInteger results = new AtomicInteger();
    var fast = fastClient.connect(port, "127.0.0.1", "/api/v1/stream").await(10, TimeUnit.SECONDS);
    fast.textMessageHandler(t -> {
      if (t.contains("\"type\":\"result\"")) {
        results.incrementAndGet();
      } else if (t.startsWith("{\"type\":\"job\"")) {
        done.tryComplete();
      }
    });
    fast.writeTextMessage(new JsonObject().put("op", "submit").put("urls", urls).encode());
    done.future().await(10, TimeUnit.MINUTES);
    vertx.cancelTimer(sampler);
    long after = usedAfterGc();
    System.out.printf("results to the fast client: %d of %d%n", results.get(), n);
    System.out.printf("heap after GC: before %d MB, after %d MB (retained job results included); peak sampled %d MB%n",
        baseline >> 20, after >> 20, peak[0] >> 20);
    slowClient.close();
    fastClient.close();
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
