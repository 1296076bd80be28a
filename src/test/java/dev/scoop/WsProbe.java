package dev.scoop;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A test WebSocket client of {@code /api/v1/stream} that records every frame it receives. Thread-safe:
 * frames arrive on the client's event loop while a test may ask for them from another Vert.x
 * instance's (a node's drain replies on its own), so the frames and the awaited frame share one lock.
 */
public final class WsProbe {
  /** Held so the client lives as long as its socket: a collected client closes its connections. */
  private final WebSocketClient client;
  private final WebSocket ws;
  private final List<JsonObject> frames = new ArrayList<>();
  private Predicate<JsonObject> awaited;
  private Promise<List<JsonObject>> waiting;
  private final Promise<Short> closed = Promise.promise();

  private WsProbe(WebSocketClient client, WebSocket ws) {
    this.client = client;
    this.ws = ws;
    ws.closeHandler(v -> closed.tryComplete(ws.closeStatusCode()));
    ws.textMessageHandler(text -> received(new JsonObject(text)));
  }

  private void received(JsonObject frame) {
    Promise<List<JsonObject>> done = null;
    List<JsonObject> soFar = null;
    synchronized (this) {
      frames.add(frame);
      if (waiting != null && awaited.test(frame)) {
        done = waiting;
        waiting = null;
        soFar = new ArrayList<>(frames);
      }
    }
    if (done != null) {
      done.complete(soFar); // outside the lock: its callbacks may ask this probe again
    }
  }

  public static Future<WsProbe> connect(Vertx vertx, int port) {
    return connect(vertx, new WebSocketConnectOptions().setPort(port));
  }

  /** Connects to {@code /api/v1/stream} on 127.0.0.1 with these options (headers, subprotocols, port). */
  public static Future<WsProbe> connect(Vertx vertx, WebSocketConnectOptions options) {
    WebSocketClient client = vertx.createWebSocketClient();
    return client.connect(options.setHost("127.0.0.1").setURI("/api/v1/stream")).map(ws -> new WsProbe(client, ws));
  }

  /** Completes with the close code the server sent when the connection closes. */
  public Future<Short> closed() {
    return closed.future();
  }

  /** The frames received so far. */
  public synchronized List<JsonObject> frames() {
    return new ArrayList<>(frames);
  }

  public Future<Void> close() {
    return ws.close().eventually(client::close);
  }

  public WsProbe send(JsonObject op) {
    ws.writeTextMessage(op.encode());
    return this;
  }

  public WsProbe sendText(String text) {
    ws.writeTextMessage(text);
    return this;
  }

  /** Completes with all frames so far once a frame matching {@code last} arrives (or has arrived). */
  public synchronized Future<List<JsonObject>> until(Predicate<JsonObject> last) {
    for (JsonObject f : frames) {
      if (last.test(f)) {
        return Future.succeededFuture(new ArrayList<>(frames));
      }
    }
    awaited = last;
    waiting = Promise.promise();
    return waiting.future();
  }

  public static Predicate<JsonObject> type(String type) {
    return f -> type.equals(f.getString("type"));
  }

  public static Predicate<JsonObject> ack(String op) {
    return f -> "ack".equals(f.getString("type")) && op.equals(f.getString("op"));
  }

  public static List<JsonObject> ofType(List<JsonObject> frames, String type) {
    List<JsonObject> out = new ArrayList<>();
    for (JsonObject f : frames) {
      if (type.equals(f.getString("type"))) {
        out.add(f);
      }
    }
    return out;
  }
}
