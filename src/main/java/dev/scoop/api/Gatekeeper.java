package dev.scoop.api;

import dev.scoop.config.ScoopConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The checks in front of every API route, in order: the browser origin (refused: 403; allowed
 * from another site: CORS headers, and preflights answered), the bearer token (missing or
 * wrong: 401), the client's request rate (over: 429 with Retry-After). The client it
 * establishes, a token's id or the caller's address, is what every later limit counts by.
 * The stream route is let through without a token: its session authenticates (a header, a
 * subprotocol, or the first message) and closes with 1008 if it cannot.
 */
final class Gatekeeper {
  static final String CLIENT = "scoop.client";
  static final String STREAM_PATH = "/api/v1/stream";
  private final Authenticator auth;
  private final RateLimiter limiter;
  private final Origins origins;
  private final boolean trustProxy;

  Gatekeeper(ScoopConfig config) {
    this.auth = new Authenticator(config.auth().tokens());
    this.limiter = new RateLimiter(config.limits());
    this.origins = new Origins(config.http().allowedOrigins());
    this.trustProxy = config.http().trustProxy();
  }

  Authenticator auth() {
    return auth;
  }

  RateLimiter limiter() {
    return limiter;
  }

  boolean originAllowed(HttpServerRequest request) {
    return origins.allows(request.getHeader(HttpHeaders.ORIGIN), request.getHeader(HttpHeaders.HOST));
  }

  void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (!originAllowed(request)) {
      throw new ApiException(403, "origin_not_allowed", "origin " + origin + " is not in http.allowedOrigins");
    }
    if (Origins.crossSite(origin, request.getHeader(HttpHeaders.HOST))) {
      ctx.response().putHeader("Access-Control-Allow-Origin", origin).putHeader("Vary", "Origin");
      if (request.method() == HttpMethod.OPTIONS) {
        ctx.response().setStatusCode(204)
            .putHeader("Access-Control-Allow-Methods", "GET, POST")
            .putHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, Last-Event-ID")
            .putHeader("Access-Control-Max-Age", "600")
            .end();
        return;
      }
    }
    String client = address(request);
    if (auth.enabled() && !request.path().equals(STREAM_PATH)) {
      client = auth.clientOf(Authenticator.bearer(request.getHeader(HttpHeaders.AUTHORIZATION)));
      if (client == null) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"scoop\"");
        throw new ApiException(401, "unauthorized", "send a valid API token: Authorization: Bearer <token>");
      }
    }
    RateLimiter.Refusal refusal = limiter.request(client, System.currentTimeMillis());
    if (refusal != null) {
      throw refusal.toException();
    }
    ctx.put(CLIENT, client);
    ctx.next();
  }

  /** The caller's address: the first X-Forwarded-For hop when behind a trusted proxy. */
  String address(HttpServerRequest request) {
    String forwarded = trustProxy ? request.getHeader("X-Forwarded-For") : null;
    if (forwarded != null && !forwarded.isBlank()) {
      return "ip:" + forwarded.split(",")[0].trim();
    }
    return "ip:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
  }
}
