package dev.scoop.api;

import static dev.scoop.WsProbe.ack;
import static dev.scoop.WsProbe.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.ServiceTestBase;
import dev.scoop.WsProbe;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API tokens on every /api/v1 route, the stream and /metrics; origins; security headers; request limits. */
class AccessTest extends ServiceTestBase {
  private static final String TOKEN = "test-token-0123456789abcdef";
  private static final String ALLOWED = "https://app.example";

  @Override
  protected Map<String, String> config() {
    return Map.of("SCOOP_AUTH_TOKENS", TOKEN, "SCOOP_HTTP_ALLOWED_ORIGINS", ALLOWED, "SCOOP_HTTP_MAX_HEADER_BYTES", "2048");
  }

  @Test
  void restWithoutAValidTokenIs401(VertxTestContext ctx) {
    get("/api/v1/jobs/nope")
        .compose(none -> http.get(port, "127.0.0.1", "/api/v1/jobs/nope").bearerTokenAuthentication("wrong-token-000000000").send()
            .compose(wrong -> http.get(port, "127.0.0.1", "/api/v1/jobs/nope").bearerTokenAuthentication(TOKEN).send()
                .map(right -> List.of(none, wrong, right))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals(401, r.get(0).statusCode());
          assertEquals("unauthorized", r.get(0).bodyAsJsonObject().getJsonObject("error").getString("code"));
          assertTrue(r.get(0).getHeader("WWW-Authenticate").startsWith("Bearer"));
          assertEquals(401, r.get(1).statusCode());
          assertEquals(404, r.get(2).statusCode(), "a valid token passes: the job simply does not exist");
          ctx.completeNow();
        })));
  }

  @Test
  void submissionsSseAndMetricsNeedTheTokenToo(VertxTestContext ctx) {
    submit(List.of(site.url("/story/1")))
        .compose(post -> get("/api/v1/jobs/x/events").compose(sse -> get("/metrics").map(metrics -> List.of(post, sse, metrics))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          for (var response : r) {
            assertEquals(401, response.statusCode());
          }
          assertEquals(0, site.totalHits(), "nothing was fetched");
          ctx.completeNow();
        })));
  }

  @Test
  void aWebSocketWithAWrongTokenIsClosedWith1008(Vertx vertx, VertxTestContext ctx) {
    WsProbe.connect(vertx, new WebSocketConnectOptions().setPort(port).addHeader("Authorization", "Bearer wrong-token-0000000000"))
        .compose(WsProbe::closed)
        .onComplete(ctx.succeeding(code -> ctx.verify(() -> {
          assertEquals((short) 1008, code);
          ctx.completeNow();
        })));
  }

  @Test
  void aWebSocketThatDoesNotAuthenticateFirstIsClosedWith1008(Vertx vertx, VertxTestContext ctx) {
    WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "subscribe").put("all", true)).closed().map(code -> Map.entry(code, ws.frames())))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals((short) 1008, r.getKey());
          assertTrue(WsProbe.ofType(r.getValue(), "ack").isEmpty(), "nothing was subscribed");
          ctx.completeNow();
        })));
  }

  @Test
  void aWebSocketAuthenticatesByFirstMessageHeaderOrSubprotocol(Vertx vertx, VertxTestContext ctx) {
    JsonObject subscribe = new JsonObject().put("op", "subscribe").put("all", true);
    WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "auth").put("token", TOKEN)).until(ack("auth"))
            .compose(f -> ws.send(subscribe).until(ack("subscribe"))).map(ws))
        .compose(first -> WsProbe.connect(vertx, new WebSocketConnectOptions().setPort(port).addHeader("Authorization", "Bearer " + TOKEN))
            .compose(ws -> ws.send(subscribe).until(ack("subscribe")).map(ws)))
        .compose(second -> WsProbe.connect(vertx, new WebSocketConnectOptions().setPort(port)
                .setSubProtocols(List.of(HttpVerticle.SUBPROTOCOL, Authenticator.SUBPROTOCOL_PREFIX + TOKEN)))
            .compose(ws -> ws.send(subscribe).until(ack("subscribe"))))
        .onComplete(ctx.succeeding(frames -> ctx.completeNow()));
  }

  @Test
  void anotherSitesOriginIsRefusedAndAnAllowedOneGetsCors(Vertx vertx, VertxTestContext ctx) {
    http.request(HttpMethod.OPTIONS, port, "127.0.0.1", "/api/v1/jobs").putHeader("Origin", ALLOWED)
        .putHeader("Access-Control-Request-Method", "POST").send()
        .compose(preflight -> http.get(port, "127.0.0.1", "/api/v1/jobs/x").putHeader("Origin", "https://evil.example")
            .bearerTokenAuthentication(TOKEN).send().map(evil -> List.of(preflight, evil)))
        .compose(r -> WsProbe.connect(vertx, new WebSocketConnectOptions().setPort(port).addHeader("Origin", "https://evil.example"))
            .map(ws -> (Object) "connected").otherwise(t -> t).map(ws -> Map.entry(r, ws)))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          var preflight = r.getKey().get(0);
          assertEquals(204, preflight.statusCode());
          assertEquals(ALLOWED, preflight.getHeader("Access-Control-Allow-Origin"));
          assertTrue(preflight.getHeader("Access-Control-Allow-Headers").contains("Authorization"));
          var evil = r.getKey().get(1);
          assertEquals(403, evil.statusCode());
          assertEquals("origin_not_allowed", evil.bodyAsJsonObject().getJsonObject("error").getString("code"));
          assertNull(evil.getHeader("Access-Control-Allow-Origin"));
          assertTrue(r.getValue() instanceof Throwable, "a WebSocket from another site's page is refused at the handshake");
          ctx.completeNow();
        })));
  }

  @Test
  void theDashboardIsServedWithSecurityHeaders(VertxTestContext ctx) {
    get("/").onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      assertEquals(200, r.statusCode(), "the dashboard itself needs no token: it holds no data");
      String csp = r.getHeader("Content-Security-Policy");
      String scripts = csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")));
      assertEquals("script-src 'self'", scripts, "no inline scripts: " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), csp);
      assertEquals("nosniff", r.getHeader("X-Content-Type-Options"));
      assertEquals("no-referrer", r.getHeader("Referrer-Policy"));
      assertEquals("DENY", r.getHeader("X-Frame-Options"));
      ctx.completeNow();
    })));
  }

  @Test
  void deepJsonAndHugeHeadersAreRefused(VertxTestContext ctx) {
    String deep = "{\"urls\":" + "[".repeat(100) + "]".repeat(100) + "}";
    http.post(port, "127.0.0.1", "/api/v1/jobs").bearerTokenAuthentication(TOKEN).sendBuffer(io.vertx.core.buffer.Buffer.buffer(deep))
        .compose(tooDeep -> http.get(port, "127.0.0.1", "/api/v1/jobs/x").putHeader("X-Filler", "x".repeat(4096))
            .bearerTokenAuthentication(TOKEN).send().map(tooBig -> List.of(tooDeep, tooBig)))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals(400, r.get(0).statusCode());
          assertEquals("json_too_deep", r.get(0).bodyAsJsonObject().getJsonObject("error").getString("code"));
          assertEquals(431, r.get(1).statusCode());
          ctx.completeNow();
        })));
  }

  @Test
  void aValidTokenScrapes(VertxTestContext ctx) {
    http.post(port, "127.0.0.1", "/api/v1/jobs").bearerTokenAuthentication(TOKEN)
        .sendJsonObject(new JsonObject().put("urls", new JsonArray().add(site.url("/story/3"))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals(202, r.statusCode(), r.bodyAsString());
          ctx.completeNow();
        })));
  }
}
