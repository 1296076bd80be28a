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
 * the last seq it has. Records every result by seq, any seq received twice, and when each arrived.
 */
final class ResumingSubscriber {
  private static final long RETRY_MS = 200;
  final Map<Integer, JsonObject> results = new ConcurrentHashMap<>();
  final Map<Integer, Long> arrivedAt = new ConcurrentHashMap<>();
  final List<Integer> repeats = new CopyOnWriteArrayList<>();
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
          if (results.putIfAbsent(seq, frame) != null) {
            repeats.add(seq);
          }
          arrivedAt.putIfAbsent(seq, System.nanoTime());
          last = Math.max(last, seq);
        } else if ("job".equals(type)) {
          done = frame;
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
