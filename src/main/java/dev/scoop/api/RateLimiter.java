package dev.scoop.api;

import dev.scoop.config.ScoopConfig;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-client limits of this node: requests per second and submitted URLs per minute (token
 * buckets: a burst up to one second's or one minute's worth, then the steady rate), open
 * WebSockets, and URLs submitted and not yet finished. Refusals carry the wait in ms for
 * {@code Retry-After}. At most {@code limits.maxClients} clients are remembered: beyond,
 * the one seen least recently is forgotten (it starts again with full buckets). Used on
 * one event loop.
 */
final class RateLimiter {
  /** Why a request was refused, and when to try again (ms; 0: not before something finishes). */
  record Refusal(String code, String message, long retryAfterMs) {
    /** The 429 for the client, with {@code retryAfterMs} in the error (REST also sends it as Retry-After). */
    ApiException toException() {
      return new ApiException(429, code, message, new JsonObject().put("retryAfterMs", retryAfterMs));
    }
  }

  private final ScoopConfig.Limits limits;
  private final Map<String, Client> clients;
  private final Map<String, Job> jobs = new HashMap<>();

  private static final class Client {
    final TokenBucket requests;
    final TokenBucket urls;
    int webSockets;
    int queuedUrls;

    Client(ScoopConfig.Limits limits, long now) {
      requests = new TokenBucket(limits.requestsPerSecond(), limits.requestsPerSecond(), now);
      urls = new TokenBucket(limits.urlsPerMinute(), limits.urlsPerMinute() / 60.0, now);
    }
  }

  private record Job(String client, int urls) {}

  RateLimiter(ScoopConfig.Limits limits) {
    this.limits = limits;
    this.clients = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Client> eldest) {
        return size() > limits.maxClients();
      }
    };
  }

  private Client client(String id, long now) {
    return clients.computeIfAbsent(id, k -> new Client(limits, now));
  }

  /** One API request; null when allowed. */
  Refusal request(String client, long now) {
    long wait = client(client, now).requests.take(1, now);
    return wait == 0 ? null : new Refusal("rate_limited", "more than " + limits.requestsPerSecond() + " requests per second", wait);
  }

  /** A submission of {@code n} URLs; null when allowed (then they count as queued until {@link #jobDone}). */
  Refusal submit(String client, int n, long now) {
    Client c = client(client, now);
    if (c.queuedUrls + n > limits.maxQueuedUrlsPerClient()) {
      return new Refusal("too_many_queued", c.queuedUrls + " URLs of yours are unfinished; at most "
          + limits.maxQueuedUrlsPerClient() + " may be", 0);
    }
    long wait = c.urls.take(n, now);
    if (wait < 0) {
      return new Refusal("rate_limited", n + " URLs exceed the " + limits.urlsPerMinute() + " URLs per minute allowed", 60_000);
    }
    if (wait > 0) {
      return new Refusal("rate_limited", "more than " + limits.urlsPerMinute() + " URLs per minute", wait);
    }
    c.queuedUrls += n;
    return null;
  }

  /** Links an accepted submission to its job, so that its URLs stop counting when the job is done. */
  void submitted(String client, String jobId, int n) {
    jobs.put(jobId, new Job(client, n));
  }

  /** A submission that was allowed but not created: its URLs do not count. */
  void notSubmitted(String client, int n) {
    Client c = clients.get(client);
    if (c != null) {
      c.queuedUrls = Math.max(0, c.queuedUrls - n);
    }
  }

  void jobDone(String jobId) {
    Job job = jobs.remove(jobId);
    if (job != null) {
      notSubmitted(job.client(), job.urls());
    }
  }

  /** A WebSocket opening; null when allowed (pair with {@link #webSocketClosed}). */
  Refusal openWebSocket(String client, long now) {
    Client c = client(client, now);
    if (c.webSockets >= limits.maxWebSocketsPerClient()) {
      return new Refusal("too_many_connections", "at most " + limits.maxWebSocketsPerClient() + " open streams per client", 0);
    }
    c.webSockets++;
    return null;
  }

  void webSocketClosed(String client) {
    Client c = clients.get(client);
    if (c != null && c.webSockets > 0) {
      c.webSockets--;
    }
  }
}
