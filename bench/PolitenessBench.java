// Politeness under load: N URLs spread over H local hosts (127.0.0.2, 127.0.0.3, ...: the whole
// 127/8 range is loopback), a fixed
// per-host delay, one Scoop node. Compares the observed wall time with the politeness bound:
// each host must see (N/H - 1) delays between its request starts.
//
//   mvn -B -q package -DskipTests
//   java -cp target/scoop.jar bench/PolitenessBench.java [urls=2000] [hosts=20] [delayMs=50]
import dev.scoop.ScoopNode;
import dev.scoop.config.ConfigLoader;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

public class PolitenessBench {
  public static void main(String[] args) throws Exception {
    int urls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    long delay = args.length > 2 ? Long.parseLong(args[2]) : 50;
    Vertx vertx = Vertx.vertx();
    Map<Integer, List<Long>> starts = new ConcurrentHashMap<>();
    List<String> origins = new ArrayList<>();
    for (int h = 0; h < hosts; h++) {
      int[] self = {h};
      var server = vertx.createHttpServer().requestHandler(req -> {
        if (req.path().equals("/robots.txt")) {
          req.response().setStatusCode(404).end();
          return;
        }
        starts.computeIfAbsent(self[0], k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
        String id = req.path().substring(req.path().lastIndexOf('/') + 1);
        StringBuilder body = new StringBuilder("<html><body><article><h1>Page " + id + "</h1>");
        java.util.Random r = new java.util.Random(id.hashCode());
        for (int p = 0; p < 4; p++) {
          body.append("<p>");
          for (int w = 0; w < 40; w++) {
            body.append("word").append(r.nextInt(5000)).append(w % 9 == 8 ? ", " : " ");
          }
          body.append(".</p>");
        }
        req.response().putHeader("Content-Type", "text/html").end(body.append("</article></body></html>").toString());
      }).listen(0, "127.0.0." + (h + 2)).await(10, TimeUnit.SECONDS);
      origins.add("http://127.0.0." + (h + 2) + ":" + server.actualPort());
    }
    int port = new ScoopNode(vertx, ConfigLoader.load(null, Map.of(
        "SCOOP_HTTP_HOST", "127.0.0.1", "SCOOP_HTTP_PORT", "0", "SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "true",
        "SCOOP_FETCH_HOST_DELAY_MS", String.valueOf(delay), "SCOOP_FETCH_HOST_CONCURRENCY", "2",
        "SCOOP_JOBS_MAX_URLS", String.valueOf(urls)))).start().await(30, TimeUnit.SECONDS);
    JsonArray list = new JsonArray();
    for (int i = 0; i < urls; i++) {
      list.add(origins.get(i % hosts) + "/page/" + i);
    }
    Promise<JsonObject> done = Promise.promise();
    WebSocketClient client = vertx.createWebSocketClient();
    long[] t0 = new long[1];
    client.connect(port, "127.0.0.1", "/api/v1/stream").onSuccess(ws -> {
      ws.textMessageHandler(text -> {
        JsonObject e = new JsonObject(text);
        if ("job".equals(e.getString("type"))) {
          done.tryComplete(e);
        }
      });
      t0[0] = System.nanoTime();
      ws.writeTextMessage(new JsonObject().put("op", "submit").put("urls", list).encode());
    });
    JsonObject summary = done.future().await(10, TimeUnit.MINUTES);
    double wall = (System.nanoTime() - t0[0]) / 1e9;
    double bound = (Math.ceil(urls / (double) hosts) - 1) * delay / 1000.0;
    List<Double> gaps = new ArrayList<>();
    for (List<Long> s : starts.values()) {
      List<Long> sorted = new ArrayList<>(s);
      sorted.sort(null);
      for (int i = 1; i < sorted.size(); i++) {
        gaps.add((sorted.get(i) - sorted.get(i - 1)) / 1e6);
      }
    }
    gaps.sort(null);
    System.out.printf("urls=%d hosts=%d delay=%d ms: ok=%d duplicate=%d error=%d%n", urls, hosts, delay,
        summary.getInteger("ok"), summary.getInteger("duplicate"), summary.getInteger("error"));
    System.out.printf("observed %.2f s, politeness bound %.2f s (%.0f%% of the bound)%n", wall, bound, 100 * wall / bound);
    System.out.printf("gaps between request arrivals at a host: min %.1f ms, p1 %.1f ms, median %.1f ms%n",
        gaps.get(0), gaps.get(gaps.size() / 100), gaps.get(gaps.size() / 2));
    client.close();
    vertx.close().await(30, TimeUnit.SECONDS);
  }
}
