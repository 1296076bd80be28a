package dev.scoop.api;

import dev.scoop.NodeState;
import dev.scoop.cluster.ClusterNode;
import dev.scoop.config.ScoopConfig;
import dev.scoop.dedupe.UrlCanonicalizer;
import dev.scoop.extract.ArticleExtractor;
import dev.scoop.extract.PageTooLargeException;
import dev.scoop.fetch.ContentTypes;
import dev.scoop.metrics.MetricsSetup;
import dev.scoop.metrics.ScoopMetrics;
import dev.scoop.pipeline.Addresses;
import dev.scoop.pipeline.ArticleJson;
import dev.scoop.stream.StreamHub;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The public HTTP face: the REST API, the WebSocket stream, SSE, health checks and the
 * dashboard. Every refusal is a JSON error {@code {"error":{"code","message"}}}.
 */
public final class HttpVerticle extends VerticleBase {
  /** How long a closing WebSocket waits for the client's close frame: dead clients do not answer. */
  private static final int WS_CLOSING_TIMEOUT_SECONDS = 2;
  /** The WebSocket subprotocol Scoop speaks; a client that sends its token as {@code bearer.TOKEN} offers it too. */
  static final String SUBPROTOCOL = "scoop.v1";
  private final ScoopConfig config;
  private final ClusterNode cluster;
  private final NodeState state;
  private final Gatekeeper gate;
  private final ArticleExtractor extractor;
  private final UrlCanonicalizer canonicalizer;
  private StreamHub hub;
  private JobsClient jobs;
  private WorkerExecutor extractPool;
  private HttpServer server;

  /** The front of a node ({@code cluster} null: a single node); {@code state} says when it drains. */
  public HttpVerticle(ScoopConfig config, ClusterNode cluster, NodeState state) {
    this.config = config;
    this.cluster = cluster;
    this.state = state;
    this.gate = new Gatekeeper(config);
    this.extractor = new ArticleExtractor(config.extract().maxElements());
    this.canonicalizer = new UrlCanonicalizer(config.dedupe().trackingParameters());
  }

  /** The port actually bound (useful with port 0). */
  public int actualPort() {
    return server.actualPort();
  }

  @Override
  public Future<?> start() {
    hub = new StreamHub(vertx);
    hub.onJobDone(gate.limiter()::jobDone);
    jobs = new JobsClient(vertx, gate.limiter(), state);
    ScoopMetrics.gauge("scoop.websocket.clients", "open WebSocket sessions", WebSocketSession.OPEN, AtomicInteger::get);
    if (cluster != null) {
      ScoopMetrics.gauge("scoop.cluster.members", "members of the cluster, as this node sees it", cluster,
          c -> c.isRunning() ? c.size() : 0);
    }
    extractPool = vertx.createSharedWorkerExecutor("scoop-extract", config.extract().workers());
    server = vertx.createHttpServer(new HttpServerOptions()
        .setMaxWebSocketMessageSize(config.http().maxBodyBytes())
        .setMaxWebSocketFrameSize(config.stream().maxFrameBytes())
        .setPerMessageWebSocketCompressionSupported(config.stream().compression())
        .setPerFrameWebSocketCompressionSupported(config.stream().compression())
        .setWebSocketClosingTimeout(WS_CLOSING_TIMEOUT_SECONDS)
        .setWebSocketSubProtocols(List.of(SUBPROTOCOL))
        .setMaxHeaderSize(config.http().maxHeaderBytes())
        // Slow-loris: a connection that sends nothing (not even a header line) this long is closed.
        .setIdleTimeout((int) config.http().idleTimeoutMs()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
        .setCompressionSupported(true))
        .requestHandler(router());
    return Future.join(hub.start(), server.listen(config.http().port(), config.http().host()));
  }

  /** Closes every stream (WebSockets with 1001), then the pool; Vert.x closes the server after. */
  @Override
  public Future<?> stop() {
    hub.goAway();
    return extractPool.close();
  }

  private Router router() {
    Router router = Router.router(vertx);
    BodyHandler body = BodyHandler.create(false).setBodyLimit(config.http().maxBodyBytes());
    router.route("/api/v1/*").handler(gate::handle);
    router.get("/metrics").handler(gate::handle).handler(this::handleMetrics);
    router.post("/api/v1/jobs").handler(ctx -> refuseForms(ctx, "application/json"));
    router.post("/api/v1/jobs").handler(body).handler(this::handleSubmit);
    router.get("/api/v1/jobs/:jobId").handler(this::handleStatus);
    router.get("/api/v1/jobs/:jobId/results").handler(this::handleResults);
    router.get("/api/v1/jobs/:jobId/events").handler(this::handleEvents);
    router.post("/api/v1/extract").handler(ctx -> refuseForms(ctx, "text/html"));
    router.post("/api/v1/extract").handler(body).handler(this::handleExtract);
    router.get("/api/v1/articles").handler(this::handleArticle);
    router.get("/api/v1/stream").handler(this::handleStream);
    router.get("/health/live").handler(HealthCheckHandler.create(vertx).register("live", p -> p.complete(Status.OK())));
    router.get("/health/ready").handler(HealthCheckHandler.create(vertx).register("ready", this::ready));
    router.route("/api/*").handler(ctx -> fail(ctx, new ApiException(404, "not_found", "no such endpoint")));
    router.get("/*").handler(this::securityHeaders).handler(StaticHandler.create("webroot"));
    router.route().failureHandler(this::handleFailure);
    return router;
  }

  /** Ready when deployed (this handler exists), not draining and, clustered, still a member; data: member count. */
  private void ready(Promise<Status> p) {
    if (state.draining()) {
      p.complete(Status.KO(new JsonObject().put("draining", true)));
    } else if (cluster == null) {
      p.complete(Status.OK());
    } else if (!cluster.isRunning()) {
      p.complete(Status.KO(new JsonObject().put("cluster", "not a member")));
    } else {
      p.complete(Status.OK(new JsonObject().put("members", cluster.size()).put("member", cluster.id())));
    }
  }

  /**
   * The dashboard shows untrusted article content: no inline scripts or handlers, scripts and
   * styles only from here, article bodies only in sandboxed frames, no framing of Scoop.
   */
  private void securityHeaders(RoutingContext ctx) {
    ctx.response()
        .putHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src * data:; connect-src 'self'; frame-src 'self' about:; frame-ancestors 'none'; base-uri 'self'; object-src 'none'")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("X-Frame-Options", "DENY");
    ctx.next();
  }

  private void handleMetrics(RoutingContext ctx) {
    PrometheusMeterRegistry registry = MetricsSetup.prometheus();
    if (registry == null) {
      fail(ctx, new ApiException(404, "metrics_disabled", "metrics are off (metrics.enabled=false)"));
      return;
    }
    ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(registry.scrape());
  }

  private void handleSubmit(RoutingContext ctx) {
    if (JsonDepth.exceeds(ctx.body().asString(), config.http().maxJsonDepth())) {
      fail(ctx, new ApiException(400, "json_too_deep", "the body nests deeper than " + config.http().maxJsonDepth() + " levels"));
      return;
    }
    Object json;
    try {
      json = ctx.body().length() <= 0 ? null : ctx.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      fail(ctx, new ApiException(400, "invalid_json", "the body is not valid JSON: " + firstLine(e.getMessage())));
      return;
    }
    Submission submission;
    try {
      submission = Submission.validate(json, config.jobs());
    } catch (ApiException e) {
      fail(ctx, e);
      return;
    }
    jobs.create(submission, ctx.get(Gatekeeper.CLIENT)).onComplete(ar -> {
      if (ar.succeeded()) {
        json(ctx, 202, ar.result());
      } else {
        fail(ctx, ar.cause());
      }
    });
  }

  private void handleStatus(RoutingContext ctx) {
    jobs.status(ctx.pathParam("jobId")).onComplete(ar -> respond(ctx, ar.succeeded() ? ar.result() : null, ar.cause()));
  }

  private void handleResults(RoutingContext ctx) {
    jobs.results(ctx.pathParam("jobId")).onComplete(ar -> {
      if (ar.succeeded()) {
        ctx.response().putHeader("Content-Type", "application/json").end(ar.result().encode());
      } else {
        fail(ctx, ar.cause());
      }
    });
  }

  private void handleEvents(RoutingContext ctx) {
    String jobId = ctx.pathParam("jobId");
    int after;
    try {
      String last = ctx.request().getHeader("Last-Event-ID");
      after = last == null || last.isBlank() ? 0 : Math.max(0, Integer.parseInt(last.trim()));
    } catch (NumberFormatException e) {
      fail(ctx, new ApiException(400, "invalid_last_event_id", "Last-Event-ID must be a sequence number"));
      return;
    }
    jobs.status(jobId).onComplete(ar -> {
      if (ar.failed()) {
        fail(ctx, ar.cause());
        return;
      }
      SseSubscriber sse = new SseSubscriber(vertx, ctx.response(), hub, config.stream().maxQueuedBytes(),
          config.stream().pingIntervalMs());
      hub.subscribeJob(sse, jobId, after, null);
    });
  }

  /**
   * The API's bodies are JSON or a page, never forms; one labelled as a form (what curl's
   * {@code -d} sends without a Content-Type) would be decoded as form fields by the body handler
   * and fail on its first '%' with a bare 400: say what to send instead, on every route with a body.
   */
  private static void refuseForms(RoutingContext ctx, String expected) {
    String type = String.valueOf(ctx.request().getHeader("Content-Type")).toLowerCase(Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
      fail(ctx, new ApiException(415, "unsupported_media_type",
          "send the body with Content-Type: " + expected + " (curl: -H 'Content-Type: " + expected + "'), not as a form"));
    } else {
      ctx.next();
    }
  }

  private void handleExtract(RoutingContext ctx) {
    String url = ctx.queryParams().get("url");
    if (url != null) {
      try {
        UrlCanonicalizer.canonicalize(url);
      } catch (IllegalArgumentException e) {
        fail(ctx, new ApiException(400, "invalid_url", "url: " + e.getMessage()));
        return;
      }
    }
    if (ctx.body().length() <= 0) {
      fail(ctx, new ApiException(400, "empty_body", "send the page's HTML as the request body"));
      return;
    }
    byte[] html = ctx.body().buffer().getBytes();
    String charset = ContentTypes.charset(ctx.request().getHeader("Content-Type"));
    extractPool.executeBlocking(() -> ArticleJson.toJson(extractor.extract(html, charset, url)), false)
        .onComplete(ar -> respond(ctx, ar.succeeded() ? ar.result() : null, ar.cause() instanceof PageTooLargeException e
            ? new ApiException(413, "too_large", e.getMessage() + " (extract.maxElements)") : ar.cause()));
  }

  private void handleArticle(RoutingContext ctx) {
    String url = ctx.queryParams().get("url");
    String key;
    try {
      key = canonicalizer.apply(url);
    } catch (IllegalArgumentException e) {
      fail(ctx, new ApiException(400, "invalid_url", "url: " + e.getMessage()));
      return;
    }
    vertx.eventBus().<JsonObject>request(Addresses.CACHE, new JsonObject().put("key", key),
            new DeliveryOptions().addHeader("op", "lookup"))
        .onComplete(ar -> {
          if (ar.failed()) {
            fail(ctx, ar.cause());
          } else if (!"done".equals(ar.result().body().getString("state"))) {
            fail(ctx, new ApiException(404, "not_cached", "no cached article for " + key));
          } else {
            JsonObject article = ar.result().body().getJsonObject("result").getJsonObject("article");
            if (article == null) {
              fail(ctx, new ApiException(404, "not_cached", key + " was fetched, but its article is no longer kept"));
            } else {
              json(ctx, 200, article);
            }
          }
        });
  }

  private void handleStream(RoutingContext ctx) {
    if (!ctx.request().canUpgradeToWebSocket()) {
      fail(ctx, new ApiException(400, "websocket_required", "connect with a WebSocket client"));
      return;
    }
    String client = ctx.get(Gatekeeper.CLIENT);
    boolean tokenRefused = false;
    if (gate.auth().enabled()) {
      String token = Authenticator.bearer(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
      if (token == null) {
        token = Authenticator.fromSubprotocols(ctx.request().getHeader("Sec-WebSocket-Protocol"));
      }
      client = token == null ? null : gate.auth().clientOf(token);
      tokenRefused = token != null && client == null;
    }
    boolean refused = tokenRefused;
    String who = client;
    ctx.request().toWebSocket().onSuccess(ws -> {
      if (refused) {
        ScoopMetrics.webSocketEvent("refused").increment();
        ws.close(WebSocketSession.POLICY_VIOLATION, "invalid token");
      } else {
        new WebSocketSession(vertx, ws, hub, jobs, config, gate, who);
      }
    });
  }

  private void handleFailure(RoutingContext ctx) {
    if (ctx.statusCode() == 413) {
      fail(ctx, new ApiException(413, "body_too_large", "the body exceeds " + config.http().maxBodyBytes() + " bytes"));
    } else if (ctx.failure() instanceof ApiException) {
      fail(ctx, ctx.failure());
    } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
      fail(ctx, new ApiException(ctx.statusCode(), "bad_request", "the request cannot be served"));
    } else {
      fail(ctx, new ApiException(500, "internal", "unexpected failure"));
    }
  }

  private static void respond(RoutingContext ctx, JsonObject body, Throwable failure) {
    if (failure != null) {
      fail(ctx, failure);
    } else {
      json(ctx, 200, body);
    }
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
  }

  private static void fail(RoutingContext ctx, Throwable t) {
    ApiException e = t instanceof ApiException ? (ApiException) t
        : new ApiException(500, "internal", String.valueOf(t.getMessage()));
    Long retryAfterMs = e.error().getLong("retryAfterMs");
    if (retryAfterMs != null && !ctx.response().headWritten()) {
      ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (retryAfterMs + 999) / 1000)));
    }
    if (!ctx.response().ended()) {
      json(ctx, e.status(), new JsonObject().put("error", e.error()));
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.split("\n")[0];
  }
}
