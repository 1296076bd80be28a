package dev.scoop.fetch;

import dev.scoop.config.ScoopConfig;
import dev.scoop.metrics.ScoopMetrics;
import dev.scoop.pipeline.ErrorCode;
import dev.scoop.pipeline.ScrapeException;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.InetAddress;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Fetches HTML pages politely and safely. Per URL: robots.txt (its rules and Crawl-delay),
 * then a per-host permit ({@link HostThrottle}), then each hop resolves the host (IP literals
 * in any spelling without DNS), checks every address with the {@link AddressGuard} and
 * connects to that very address, so DNS cannot change between check and connect. Redirects
 * are followed by hand, each hop checked the same way. Bodies are bounded while streaming.
 * Failures are retried per {@link RetryPolicy}; a Retry-After also rests the host. Must be
 * used from one event loop (the scrape verticle's).
 */
public final class PageFetcher {
  private static final long ROBOTS_MAX_BYTES = 512 * 1024;
  private final Vertx vertx;
  private final ScoopConfig.Fetch config;
  private final WebClient client;
  private final AddressGuard guard;
  private final HostGate throttle;
  private final RobotsCache robots;
  private final RetryPolicy retries;
  private final Politeness politeness;
  private final String agentToken;

  /** A fetcher whose politeness is kept by {@code gate} (this node's, or shared with other nodes). */
  public PageFetcher(Vertx vertx, ScoopConfig.Fetch config, HostGate gate) {
    this.vertx = vertx;
    this.config = config;
    WebClientOptions options = new WebClientOptions()
        .setUserAgent(config.userAgent())
        .setFollowRedirects(false)
        .setDecompressionSupported(true)
        .setConnectTimeout(config.connectTimeoutMs());
    if (!config.proxy().isBlank()) {
      options.setProxyOptions(proxy(config.proxy()));
    }
    this.client = WebClient.create(vertx, options);
    this.guard = new AddressGuard(config.allowPrivateAddresses(), config.allowedAddresses());
    this.throttle = gate;
    this.robots = new RobotsCache(this::loadRobots);
    this.retries = new RetryPolicy(config.maxRetries(), config.retryBaseDelayMs(), config.maxRetryAfterMs());
    this.politeness = new Politeness(config.politenessKey());
    this.agentToken = config.userAgent().split("[/\\s]", 2)[0];
  }

  /** Closes the HTTP client and its pooled connections. */
  public void close() {
    client.close();
  }

  /** Requests waiting for a politeness permit, per host. */
  public Map<String, Integer> queueDepths() {
    return throttle.queueDepths();
  }

  /** Fetches {@code url} (an absolute http(s) URL); fails with a {@link ScrapeException}. */
  public Future<FetchedPage> fetch(String url) {
    Timer.Sample sample = Timer.start();
    return fetchUntimed(url).andThen(ar -> sample.stop(ScoopMetrics.fetch(ar.succeeded() ? "ok" : "error")));
  }

  private Future<FetchedPage> fetchUntimed(String url) {
    URI uri = URI.create(url);
    return robotsFor(uri)
        .compose(rules -> rules.allows(pathAndQuery(uri))
            ? attempt(uri, politeness.keyOf(hostOf(uri)), crawlDelay(rules), 0)
            : Future.failedFuture(new ScrapeException(ErrorCode.ROBOTS_DISALLOWED, "robots.txt disallows " + uri.getRawPath())))
        .map(page -> new FetchedPage(url, page.finalUrl(), page.status(), page.contentType(), page.charset(), page.body()))
        .recover(t -> Future.failedFuture(FetchErrors.classify(t)));
  }

  /** One try under a host permit, then, if the policy says so, another after a pause. */
  private Future<FetchedPage> attempt(URI uri, String hostKey, long delayMs, int attempt) {
    return throttle.acquire(hostKey, delayMs)
        .compose(permit -> follow(uri, config.maxRedirects(), new HashSet<>())
            .timeout(config.totalTimeoutMs(), TimeUnit.MILLISECONDS)
            .andThen(done -> throttle.release(hostKey)))
        .recover(t -> {
          ScrapeException failure = FetchErrors.classify(t);
          long pause = retries.hostPause(failure);
          if (pause > 0) {
            throttle.pause(hostKey, pause);
          }
          long wait = retries.delay(failure, attempt);
          if (wait == RetryPolicy.NO_RETRY) {
            return Future.failedFuture(failure);
          }
          Promise<FetchedPage> later = Promise.promise();
          vertx.setTimer(Math.max(1, wait), id -> attempt(uri, hostKey, delayMs, attempt + 1).onComplete(later));
          return later.future();
        });
  }

  /** The host's delay: the configured one, or its robots.txt Crawl-delay up to the cap. */
  private long crawlDelay(RobotsRules rules) {
    return Math.max(config.hostDelayMs(), Math.min(rules.crawlDelayMs(), config.maxCrawlDelayMs()));
  }

  private Future<RobotsRules> robotsFor(URI uri) {
    return config.robots() ? robots.rules(origin(uri)) : Future.succeededFuture(RobotsRules.ALLOW_ALL);
  }

  /**
   * RFC 9309: 4xx means no rules; 5xx or unreachable means disallow everything for now. A host
   * that is refused or does not resolve fails as such, since the page would fail the same way.
   */
  private Future<RobotsRules> loadRobots(String origin) {
    URI robotsUri = URI.create(origin + "/robots.txt");
    return hop(robotsUri, ROBOTS_MAX_BYTES)
        .compose(resp -> {
          if (resp.statusCode() >= 300 && resp.statusCode() < 400 && resp.getHeader("Location") != null) {
            return hop(robotsUri.resolve(resp.getHeader("Location")), ROBOTS_MAX_BYTES);
          }
          return Future.succeededFuture(resp);
        })
        .map(resp -> {
          int s = resp.statusCode();
          if (s >= 200 && s < 300) {
            return RobotsRules.parse(resp.body() == null ? "" : resp.body().toString(), agentToken);
          }
          return s >= 400 && s < 500 ? RobotsRules.ALLOW_ALL : RobotsRules.DISALLOW_ALL;
        })
        .recover(t -> {
          ScrapeException e = FetchErrors.classify(t);
          boolean hostFails = e.code() == ErrorCode.BLOCKED_ADDRESS || e.code() == ErrorCode.DNS_FAILED;
          return hostFails ? Future.failedFuture(e) : Future.succeededFuture(RobotsRules.DISALLOW_ALL);
        });
  }

  private Future<FetchedPage> follow(URI uri, int redirectsLeft, Set<String> visited) {
    visited.add(uri.toString());
    return hop(uri, config.maxBodyBytes()).compose(resp -> {
      int status = resp.statusCode();
      String location = resp.getHeader("Location");
      if (status >= 300 && status < 400 && location != null) {
        URI next;
        try {
          next = uri.resolve(location.trim());
        } catch (IllegalArgumentException e) {
          return Future.failedFuture(new ScrapeException(ErrorCode.INVALID_URL, "bad redirect target " + location));
        }
        if (!isHttp(next)) {
          return Future.failedFuture(new ScrapeException(ErrorCode.INVALID_URL, "redirect to a non-http URL"));
        }
        if (redirectsLeft == 0 || visited.contains(next.toString())) {
          return Future.failedFuture(new ScrapeException(ErrorCode.TOO_MANY_REDIRECTS,
              redirectsLeft == 0 ? "more than " + config.maxRedirects() + " redirects" : "redirect loop at " + next));
        }
        return follow(next, redirectsLeft - 1, visited);
      }
      if (status < 200 || status >= 300) {
        return Future.failedFuture(new ScrapeException(ErrorCode.HTTP_STATUS, "HTTP " + status, status,
            RetryAfter.millis(resp.getHeader("Retry-After"), System.currentTimeMillis())));
      }
      String contentType = resp.getHeader("Content-Type");
      if (contentType != null && !ContentTypes.isHtml(contentType)) {
        return Future.failedFuture(new ScrapeException(ErrorCode.UNSUPPORTED_CONTENT_TYPE,
            "content type " + contentType.split(";")[0].trim()));
      }
      byte[] body = resp.body() == null ? new byte[0] : resp.body().getBytes();
      return Future.succeededFuture(new FetchedPage(uri.toString(), uri.toString(), status, contentType,
          ContentTypes.charset(contentType), body));
    });
  }

  /** One request: resolve, check every address, connect to the checked address. */
  private Future<HttpResponse<Buffer>> hop(URI uri, long maxBytes) {
    String host = hostOf(uri);
    boolean https = uri.getScheme().equalsIgnoreCase("https");
    int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
    return resolve(host).compose(addresses -> {
      for (InetAddress a : addresses) {
        if (!guard.permits(a)) {
          return Future.failedFuture(new ScrapeException(ErrorCode.BLOCKED_ADDRESS,
              host + " is or resolves to a non-public address"));
        }
      }
      SocketAddress target = SocketAddress.inetSocketAddress(port, addresses[0].getHostAddress());
      return client.request(HttpMethod.GET, target, port, host, pathAndQuery(uri))
          .ssl(https)
          .connectTimeout(config.connectTimeoutMs())
          .idleTimeout(config.idleTimeoutMs())
          .putHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
          .as(new LimitedBodyCodec(maxBytes))
          .send();
    });
  }

  /** An IP literal in any spelling is its own address; only names go to DNS (off the event loop). */
  private Future<InetAddress[]> resolve(String host) {
    InetAddress literal = HostLiterals.parse(host);
    if (literal != null) {
      return Future.succeededFuture(new InetAddress[] {literal});
    }
    return vertx.executeBlocking(() -> InetAddress.getAllByName(host), false);
  }

  private static ProxyOptions proxy(String spec) {
    URI uri = URI.create(spec);
    ProxyType type = uri.getScheme().toLowerCase(Locale.ROOT).startsWith("socks") ? ProxyType.SOCKS5 : ProxyType.HTTP;
    return new ProxyOptions().setType(type).setHost(uri.getHost()).setPort(uri.getPort());
  }

  private static boolean isHttp(URI uri) {
    return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
        && uri.getHost() != null;
  }

  private static String hostOf(URI uri) {
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  private static String origin(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
