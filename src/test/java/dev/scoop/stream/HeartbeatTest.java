package dev.scoop.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.TestNodes;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetClient;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Dead clients are dropped; live ones (which answer pings) are kept; oversized messages are refused. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class HeartbeatTest {
  private static final Map<String, String> FAST_BEAT = Map.of("SCOOP_STREAM_PING_INTERVAL_MS", "100",
      "SCOOP_STREAM_IDLE_TIMEOUT_MS", "400", "SCOOP_HTTP_MAX_BODY_BYTES", "2048");

  @Test
  void aClientThatNeverAnswersPingsIsClosed(Vertx vertx, VertxTestContext ctx) {
    NetClient net = vertx.createNetClient();
    Promise<Long> closedAfter = Promise.promise();
    long start = System.currentTimeMillis();
    TestNodes.start(vertx, FAST_BEAT).compose(port -> net.connect(port, "127.0.0.1")).onComplete(ctx.succeeding(socket -> {
      // A bare handshake, then silence: this client reads frames but never sends a pong.
      socket.handler(buffer -> { });
      socket.closeHandler(v -> closedAfter.tryComplete(System.currentTimeMillis() - start));
      socket.write("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    }));
    closedAfter.future().onComplete(ctx.succeeding(ms -> ctx.verify(() -> {
      assertTrue(ms >= 400 && ms < 5000, "closed after " + ms + " ms");
      ctx.completeNow();
    })));
  }

  @Test
  void aLiveClientOutlastsTheIdleTimeout(Vertx vertx, VertxTestContext ctx) {
    WebSocketClient client = vertx.createWebSocketClient();
    TestNodes.start(vertx, FAST_BEAT).compose(port -> client.connect(port, "127.0.0.1", "/api/v1/stream"))
        .compose(ws -> vertx.timer(1200).map(t -> ws))
        .onComplete(ctx.succeeding(ws -> ctx.verify(() -> {
          assertTrue(!ws.isClosed(), "pongs keep it open");
          ctx.completeNow();
        })));
  }

  @Test
  void aMessageOverTheLimitIsRefused(Vertx vertx, VertxTestContext ctx) {
    WebSocketClient client = vertx.createWebSocketClient();
    Promise<Short> closed = Promise.promise();
    TestNodes.start(vertx, FAST_BEAT).compose(port -> client.connect(port, "127.0.0.1", "/api/v1/stream"))
        .onComplete(ctx.succeeding(ws -> {
          ws.closeHandler(v -> closed.tryComplete(ws.closeStatusCode()));
          ws.writeTextMessage(new JsonObject().put("op", "submit").put("pad", "x".repeat(4096)).encode());
        }));
    closed.future().onComplete(ctx.succeeding(code -> ctx.verify(() -> {
      assertEquals(1009, (int) code, "message too big");
      ctx.completeNow();
    })));
  }
}
