package dev.scoop;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Starts a fixture web site and a Scoop node on loopback, free ports, before each test. */
@ExtendWith(VertxExtension.class)
public abstract class ServiceTestBase {
  protected FixtureServer site;
  protected int port;
  protected WebClient http;
  protected HttpClient rawHttp;

  /** Configuration overrides of a test class, as SCOOP_* variables. */
  protected Map<String, String> config() {
    return Map.of();
  }

  @BeforeEach
  void startNode(Vertx vertx, VertxTestContext ctx) {
    http = WebClient.create(vertx);
    rawHttp = vertx.createHttpClient();
    site = new FixtureServer(vertx);
    site.start()
        .compose(s -> TestNodes.start(vertx, config()))
        .onComplete(ctx.succeeding(p -> {
          port = p;
          ctx.completeNow();
        }));
  }

  protected Future<HttpResponse<Buffer>> submit(List<String> urls) {
    return http.post(port, "127.0.0.1", "/api/v1/jobs")
        .sendJsonObject(new JsonObject().put("urls", new JsonArray(List.copyOf(urls))));
  }

  protected Future<HttpResponse<Buffer>> post(String path, String body) {
    return http.post(port, "127.0.0.1", path).sendBuffer(Buffer.buffer(body));
  }

  protected Future<HttpResponse<Buffer>> get(String path) {
    return http.get(port, "127.0.0.1", path).send();
  }

  /** The URLs /story/1 .. /story/n of the fixture site: distinct articles. */
  protected List<String> stories(int n) {
    return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> site.url("/story/" + i)).toList();
  }
}
