package dev.scoop.api;

import static dev.scoop.WsProbe.ack;
import static dev.scoop.WsProbe.ofType;
import static dev.scoop.WsProbe.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.ServiceTestBase;
import dev.scoop.WsProbe;
import dev.scoop.pipeline.Addresses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The REST API: terminal results for every kind of URL, dedupe of one URL, and bad input. */
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class JobsApiTest extends ServiceTestBase {

  @Override
  protected Map<String, String> config() {
    return Map.of("SCOOP_JOBS_MAX_URLS", "10", "SCOOP_HTTP_MAX_BODY_BYTES", "4096", "SCOOP_EXTRACT_MAX_ELEMENTS", "1000");
  }

  @Test
  void everyUrlEndsInExactlyOneTerminalResult(Vertx vertx, VertxTestContext ctx) {
    List<String> urls = List.of(site.url("/pages/seed-newser.html"), site.url("/status/404"), site.url("/data.json"),
        site.url("/empty"), site.url("/status/500"), site.url("/nested/1200"));
    WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "submit").put("urls", new JsonArray(new ArrayList<>(urls))))
            .until(type("job")))
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          Map<String, JsonObject> byUrl = new java.util.HashMap<>();
          ofType(frames, "result").forEach(r -> byUrl.put(r.getString("url"), r));
          assertEquals(6, byUrl.size());
          assertEquals("ok", byUrl.get(urls.get(0)).getString("status"));
          assertEquals("http_status", errorCode(byUrl.get(urls.get(1))));
          assertEquals("unsupported_content_type", errorCode(byUrl.get(urls.get(2))));
          assertEquals("no_content", errorCode(byUrl.get(urls.get(3))));
          assertEquals("http_status", errorCode(byUrl.get(urls.get(4))));
          assertEquals("too_large", errorCode(byUrl.get(urls.get(5))), "more elements than extract.maxElements");
          JsonObject done = frames.get(frames.size() - 1);
          assertEquals(1, done.getInteger("ok"));
          assertEquals(5, done.getInteger("error"));
          ctx.completeNow();
        })));
  }

  @Test
  void theStoredResultsSayTheLastSeqGiven(Vertx vertx, VertxTestContext ctx) {
    List<String> urls = List.of(site.url("/tiny/1"), site.url("/tiny/2"), site.url("/tiny/3"));
    WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "submit").put("urls", new JsonArray(new ArrayList<>(urls))))
            .until(type("job")))
        .compose(frames -> vertx.eventBus().<JsonObject>request(Addresses.JOBS,
            new JsonObject().put("jobId", frames.get(frames.size() - 1).getString("jobId")).put("after", 1),
            new DeliveryOptions().addHeader("op", "results")))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertEquals(3, reply.body().getInteger("last"), reply.body().encode());
          assertEquals(2, reply.body().getJsonArray("events").size());
          assertEquals(2, reply.body().getJsonArray("events").getJsonObject(0).getInteger("seq"));
          ctx.completeNow();
        })));
  }

  @Test
  void oneUrlSubmittedManyWaysIsFetchedOnce(Vertx vertx, VertxTestContext ctx) {
    String url = site.url("/pages/seed-newser.html");
    List<String> spellings = List.of(url, url + "#comments", url.replace("http://127.0.0.1", "HTTP://127.0.0.1"),
        url + "?utm_source=newsletter", url);
    WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "submit").put("urls", new JsonArray(new ArrayList<>(spellings))))
            .until(type("job")))
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          List<JsonObject> results = ofType(frames, "result");
          assertEquals(5, results.size());
          assertEquals(1, site.hits("/pages/seed-newser.html"), "fetched once");
          assertEquals(1, results.stream().filter(r -> r.getString("status").equals("ok")).count());
          List<JsonObject> duplicates = results.stream().filter(r -> r.getString("status").equals("duplicate")).toList();
          assertEquals(4, duplicates.size());
          duplicates.forEach(d -> {
            assertEquals(url, d.getString("duplicateOf"));
            assertEquals("South Korea May Relent on Selling Weapons to Ukraine", d.getJsonObject("article").getString("title"));
          });
          ctx.completeNow();
        })));
  }

  @Test
  void cachedArticlesCanBeLookedUp(Vertx vertx, VertxTestContext ctx) {
    String url = site.url("/pages/seed-newser.html");
    WsProbe.connect(vertx, port)
        .compose(ws -> ws.send(new JsonObject().put("op", "submit").put("urls", new JsonArray().add(url))).until(type("job")))
        .compose(done -> get("/api/v1/articles?url=" + encode(url + "#x")))
        .compose(found -> get("/api/v1/articles?url=" + encode(site.url("/never"))).map(missing -> List.of(found, missing)))
        .onComplete(ctx.succeeding(both -> ctx.verify(() -> {
          assertEquals(200, both.get(0).statusCode());
          assertEquals("South Korea May Relent on Selling Weapons to Ukraine", both.get(0).bodyAsJsonObject().getString("title"));
          assertEquals(404, both.get(1).statusCode());
          assertEquals("not_cached", errorOf(both.get(1)));
          ctx.completeNow();
        })));
  }

  @Test
  void extractEndpointHasABodyLimit(Vertx vertx, VertxTestContext ctx) {
    post("/api/v1/extract?url=" + encode("https://www.newser.com/story/1.html"), dev.scoop.FixtureServer.resource("seed-newser.html"))
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          assertEquals(413, resp.statusCode(), "the body limit applies to extract too");
          ctx.completeNow();
        })));
  }

  /** What curl's -d sends without a Content-Type: a '%' in the body broke form decoding with a bare 400. */
  private Future<HttpResponse<Buffer>> postAsForm(String path, String body) {
    return http.post(port, "127.0.0.1", path).putHeader("Content-Type", "application/x-www-form-urlencoded")
        .sendBuffer(Buffer.buffer(body));
  }

  @Test
  void bodiesSentAsFormsAreRefusedWithWhatToSendInstead(Vertx vertx, VertxTestContext ctx) {
    postAsForm("/api/v1/jobs", "{\"urls\":[\"https://example.com/100%25\"]}")
        .compose(jobs -> postAsForm("/api/v1/extract", "<p>100% of the story</p>").map(extract -> List.of(jobs, extract)))
        .onComplete(ctx.succeeding(list -> ctx.verify(() -> {
          assertError(list.get(0), 415, "unsupported_media_type", "application/json");
          assertError(list.get(1), 415, "unsupported_media_type", "text/html");
          ctx.completeNow();
        })));
  }

  @Test
  void extractEndpointRefusesPagesOfTooManyElements(Vertx vertx, VertxTestContext ctx) {
    post("/api/v1/extract", "<p>x".repeat(1001))
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          assertError(resp, 413, "too_large", "extract.maxElements");
          ctx.completeNow();
        })));
  }

  @Test
  void extractEndpointReturnsAnArticle(Vertx vertx, VertxTestContext ctx) {
    String html = "<html><head><title>Hello - Site</title></head><body><article><h1>Hello</h1>"
        + "<p>By Ann Lee</p><p>First paragraph of the story, long enough to count as prose, with commas, clauses, and more.</p>"
        + "<p>Second paragraph of the story that also reads like real prose, with a few commas, too.</p></article></body></html>";
    post("/api/v1/extract?url=" + encode("https://example.com/hello"), html)
        .compose(ok -> post("/api/v1/extract", "").map(empty -> List.of(ok, empty)))
        .compose(list -> post("/api/v1/extract?url=" + encode("file:///etc/passwd"), html).map(bad -> List.of(list.get(0), list.get(1), bad)))
        .onComplete(ctx.succeeding(list -> ctx.verify(() -> {
          JsonObject article = list.get(0).bodyAsJsonObject();
          assertEquals(200, list.get(0).statusCode());
          assertEquals("Hello", article.getString("title"));
          assertEquals(new JsonArray().add("Ann Lee"), article.getJsonArray("authors"));
          assertEquals(2, article.getString("text").split("\n").length);
          assertEquals("empty_body", errorOf(list.get(1)));
          assertEquals("invalid_url", errorOf(list.get(2)));
          ctx.completeNow();
        })));
  }

  @Test
  void badSubmissionsGetSpecificErrorsAndQueueNothing(Vertx vertx, VertxTestContext ctx) {
    List<String> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(site.url("/story/" + i));
    }
    Future.all(List.of(
            post("/api/v1/jobs", "{not json"),
            post("/api/v1/jobs", "{\"urls\": \"" + site.url("/story/1") + "\"}"),
            post("/api/v1/jobs", "{}"),
            post("/api/v1/jobs", "[1,2]"),
            submit(eleven),
            post("/api/v1/jobs", "{\"urls\":[\"" + "x".repeat(5000) + "\"]}"),
            submit(List.of("ftp://example.com/", "javascript:alert(1)")),
            post("/api/v1/jobs", "{\"urls\":[\"" + site.url("/story/1") + "\"],\"options\":{\"turbo\":true}}"),
            get("/api/v1/jobs/no-such-job"),
            get("/api/v1/nothing-here")))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          List<HttpResponse<Buffer>> r = all.list();
          assertError(r.get(0), 400, "invalid_json");
          assertError(r.get(1), 400, "invalid_urls");
          assertError(r.get(2), 400, "invalid_urls");
          assertError(r.get(3), 400, "invalid_json");
          assertError(r.get(4), 413, "too_many_urls");
          assertError(r.get(5), 413, "body_too_large");
          assertError(r.get(6), 400, "no_valid_urls");
          assertEquals(2, r.get(6).bodyAsJsonObject().getJsonObject("error").getJsonArray("rejected").size());
          assertError(r.get(7), 400, "invalid_options");
          assertError(r.get(8), 404, "job_not_found");
          assertError(r.get(9), 404, "not_found");
          vertx.setTimer(200, t -> ctx.verify(() -> {
            assertEquals(0, site.totalHits(), "a refused submission fetches nothing");
            ctx.completeNow();
          }));
        })));
  }

  @Test
  void badSocketMessagesGetErrorFramesAndTheSocketSurvives(Vertx vertx, VertxTestContext ctx) {
    WsProbe.connect(vertx, port)
        .compose(ws -> ws.sendText("{oops")
            .send(new JsonObject().put("op", "dance"))
            .send(new JsonObject().put("op", "subscribe"))
            .send(new JsonObject().put("op", "subscribe").put("jobId", "missing"))
            .send(new JsonObject().put("op", "submit").put("urls", "nope"))
            .send(new JsonObject().put("op", "subscribe").put("all", true))
            .until(f -> ack("subscribe").test(f) && f.containsKey("all"))
            .compose(frames -> ws.until(f -> "job_not_found".equals(f.getJsonObject("error", new JsonObject()).getString("code")))))
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          List<String> codes = ofType(frames, "error").stream().map(f -> f.getJsonObject("error").getString("code")).toList();
          assertTrue(codes.containsAll(List.of("invalid_json", "unknown_op", "invalid_subscription", "invalid_urls", "job_not_found")),
              codes.toString());
          assertEquals(1, ofType(frames, "ack").size(), "only the valid subscription is acknowledged");
          assertEquals(true, ofType(frames, "ack").get(0).getBoolean("all"), "still serving after bad messages");
          ctx.completeNow();
        })));
  }

  @Test
  void healthEndpointsAnswer(Vertx vertx, VertxTestContext ctx) {
    Future.all(get("/health/live"), get("/health/ready"), get("/"))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          for (int i = 0; i < 3; i++) {
            assertEquals(200, ((HttpResponse<?>) all.resultAt(i)).statusCode());
          }
          assertTrue(((HttpResponse<Buffer>) all.resultAt(2)).bodyAsString().contains("<title>Scoop</title>"));
          ctx.completeNow();
        })));
  }

  @Test
  void openApiDescribesTheRestApi(Vertx vertx, VertxTestContext ctx) {
    get("/openapi.json").onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
      assertEquals(200, resp.statusCode());
      JsonObject paths = resp.bodyAsJsonObject().getJsonObject("paths");
      for (String path : List.of("/api/v1/jobs", "/api/v1/jobs/{jobId}", "/api/v1/jobs/{jobId}/results",
          "/api/v1/jobs/{jobId}/events", "/api/v1/extract", "/api/v1/articles", "/api/v1/stream")) {
        assertTrue(paths.containsKey(path), path);
      }
      ctx.completeNow();
    })));
  }

  private static String errorCode(JsonObject result) {
    assertEquals("error", result.getString("status"), result.encode());
    return result.getJsonObject("error").getString("code");
  }

  private static String errorOf(HttpResponse<Buffer> resp) {
    return resp.bodyAsJsonObject().getJsonObject("error").getString("code");
  }

  private static void assertError(HttpResponse<Buffer> resp, int status, String code) {
    assertEquals(status, resp.statusCode(), resp.bodyAsString());
    assertEquals(code, errorOf(resp));
  }

  /** The error, with a message that names {@code what} (the setting, the header to send). */
  private static void assertError(HttpResponse<Buffer> resp, int status, String code, String what) {
    assertError(resp, status, code);
    String message = resp.bodyAsJsonObject().getJsonObject("error").getString("message");
    assertTrue(message.contains(what), message);
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
