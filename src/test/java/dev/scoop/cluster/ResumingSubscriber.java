package dev.scoop.cluster;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A WebSocket client that follows one job through a load balancer the way a careful user
 * would: when its connection drops (its node died), it reconnects and subscribes again after
 * the last seq it has; when it is told it lagged (it read too slowly and missed a range), it
 * subscribes again from the first seq it missed, as the API says. Records every result by seq,
 * any seq received twice that no such re-subscription asked for again, the lagged frames, and
 * when each result arrived.
 */
final class ResumingSubscriber {
  private static final long RETRY_MS = 200;
  final Map<Integer, JsonObject> results = new ConcurrentHashMap<>();
  final Map<Integer, Long> arrivedAt = new ConcurrentHashMap<>();
  final List<Integer> repeats = new CopyOnWriteArrayList<>();
  final List<JsonObject> lagged = new CopyOnWriteArrayList<>();
  /** Seqs above this and up to {@link #resentUpTo} were asked for again after a lag: repeats expected. */
  private volatile int resentAbove = Integer.MAX_VALUE;
  private volatile int resentUpTo;
  volatile JsonObject done;
  volatile int connections;
  private volatile int last;
  private final Vertx vertx;
  private final WebSocketClient client;
  private final int port;
  private final String jobId;

  ResumingSubscriber(Vertx vertx, int port, String jobId) {
    this.vertx = vertx;
    this.client = vertx.createWebSocketClient();
    this.port = port;
    this.jobId = jobId;
  }

  void start() {
    client.connect(port, "127.0.0.1", "/api/v1/stream").onComplete(ar -> {
      if (ar.failed()) {
        vertx.setTimer(RETRY_MS, t -> start());
        return;
      }
      connections++;
      ar.result().textMessageHandler(text -> {
        JsonObject frame = new JsonObject(text);
        String type = frame.getString("type");
        if ("result".equals(type)) {
          int seq = frame.getInteger("seq");
          if (results.putIfAbsent(seq, frame) != null && !(seq > resentAbove && seq <= resentUpTo)) {
            repeats.add(seq);
          }
          arrivedAt.putIfAbsent(seq, System.nanoTime());
          last = Math.max(last, seq);
        } else if ("job".equals(type)) {
          done = frame;
        } else if ("lagged".equals(type)) {
          lagged.add(frame);
          for (Object missed : frame.getJsonArray("missed")) {
            JsonObject range = (JsonObject) missed;
            if (jobId.equals(range.getString("jobId")) && range.containsKey("fromSeq")) {
              resentAbove = range.getInteger("fromSeq") - 1;
              resentUpTo = last;
              ar.result().writeTextMessage(new JsonObject().put("op", "subscribe").put("jobId", jobId)
                  .put("after", resentAbove).encode());
            }
          }
        }
      });
      ar.result().closeHandler(v -> {
        if (done == null) {
          vertx.setTimer(RETRY_MS, t -> start());
        }
      });
      ar.result().writeTextMessage(new JsonObject().put("op", "subscribe").put("jobId", jobId).put("after", last).encode());
    });
  }

  int received() {
    return results.size();
  }
}
