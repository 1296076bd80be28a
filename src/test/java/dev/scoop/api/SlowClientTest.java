package dev.scoop.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.ServiceTestBase;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxTestContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slow-loris: a connection that stops sending halfway through its request headers is closed. */
class SlowClientTest extends ServiceTestBase {
  @Override
  protected Map<String, String> config() {
    return Map.of("SCOOP_HTTP_IDLE_TIMEOUT_MS", "1000", "SCOOP_STREAM_PING_INTERVAL_MS", "200");
  }

  @Test
  void aConnectionStalledInItsHeadersIsClosed(Vertx vertx, VertxTestContext ctx) {
    long started = System.currentTimeMillis();
    vertx.createNetClient().connect(port, "127.0.0.1").onComplete(ctx.succeeding(socket -> {
      socket.closeHandler(v -> ctx.verify(() -> {
        long after = System.currentTimeMillis() - started;
        assertTrue(after >= 900 && after < 5000, "closed after " + after + " ms");
        ctx.completeNow();
      }));
      socket.write("GET /api/v1/jobs/x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    }));
  }
}
