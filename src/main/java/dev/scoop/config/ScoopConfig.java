package dev.scoop.config;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed, validated configuration. Every key and its default lives in
 * {@code conf/config.json}; the README documents each. Immutable.
 */
public record ScoopConfig(Http http, Fetch fetch, Extract extract, Jobs jobs, Dedupe dedupe,
                          Stream stream, Cluster cluster, Auth auth, Limits limits, Log log, Metrics metrics) {

  /**
   * {@code allowedOrigins}: browser origins (besides Scoop's own) allowed to call the API and
   * open streams, or "*"; {@code trustProxy}: take the client address from X-Forwarded-For.
   */
  public record Http(String host, int port, int maxBodyBytes, int maxHeaderBytes, long idleTimeoutMs, int maxJsonDepth,
                     List<String> allowedOrigins, boolean trustProxy) {}

  public record Fetch(boolean allowPrivateAddresses, List<String> allowedAddresses, int hostConcurrency,
                      long hostDelayMs, int globalConcurrency, int maxQueuedPerHost, boolean robots,
                      String userAgent, int connectTimeoutMs, int idleTimeoutMs, long totalTimeoutMs,
                      long maxBodyBytes, int maxRedirects, int maxRetries, long retryBaseDelayMs,
                      long maxRetryAfterMs, long maxCrawlDelayMs, String politenessKey, String proxy) {}

  /** {@code maxElements}: pages with more elements end as {@code too_large} instead of being read. */
  public record Extract(int workers, int maxElements) {}

  /**
   * {@code shutdownGraceMs}: how long a stopping node waits for the tasks in hand to finish;
   * {@code recoveryPeriodMs}: how often a cluster sweeps for tasks that lost their run.
   */
  public record Jobs(int maxUrls, int maxUrlLength, int maxActiveTasks, long taskTimeoutMs, int retainJobs,
                     long retainMs, long shutdownGraceMs, long recoveryPeriodMs) {}

  /** {@code nearDuplicateDistance} -1 turns content dedupe off; the index is exact up to 3. */
  public record Dedupe(long ttlMs, int maxEntries, long maxArticleBytes, int nearDuplicateDistance,
                       List<String> trackingParameters) {}

  /** {@code slowClients}: "lagged" (notice with the missed sequence numbers) or "close" (code 1013). */
  public record Stream(int maxQueuedBytes, String slowClients, long pingIntervalMs, long idleTimeoutMs,
                       boolean compression, int maxFrameBytes, long maxRetainedBytesPerJob, long maxRetainedBytes) {}

  /**
   * {@code members}: host:port of the members to join over TCP/IP (multicast is off);
   * {@code configFile}: a Hazelcast XML file that replaces the generated network settings;
   * {@code heartbeatTimeoutMs}: how long a silent member stays in the cluster before its work is re-run;
   * {@code eventBusPort}: the port of the Vert.x event bus between members (0: any free one).
   */
  public record Cluster(boolean enabled, List<String> members, String host, int port, String name,
                        String configFile, long heartbeatTimeoutMs, int eventBusPort) {}

  /** {@code tokens}: those configured and those of {@code tokensFile} (one per line, # comments). */
  public record Auth(List<String> tokens, String tokensFile) {}

  /** Per client (API token, or address when the API is open), per node. */
  public record Limits(int requestsPerSecond, int urlsPerMinute, int maxWebSocketsPerClient, int maxQueuedUrlsPerClient,
                       int maxClients) {}

  /** {@code format}: "text" or "json" (one object per line). */
  public record Log(String format, String level) {}

  public record Metrics(boolean enabled) {}

  /** Reads a merged configuration object; range errors are reported together. */
  static ScoopConfig from(JsonObject c) {
    Ranges r = new Ranges();
    JsonObject h = c.getJsonObject("http");
    JsonObject f = c.getJsonObject("fetch");
    JsonObject x = c.getJsonObject("extract");
    JsonObject j = c.getJsonObject("jobs");
    JsonObject d = c.getJsonObject("dedupe");
    JsonObject s = c.getJsonObject("stream");
    JsonObject k = c.getJsonObject("cluster");
    JsonObject a = c.getJsonObject("auth");
    JsonObject l = c.getJsonObject("limits");
    JsonObject g = c.getJsonObject("log");
    JsonObject m = c.getJsonObject("metrics");
    ScoopConfig config = new ScoopConfig(
        new Http(h.getString("host"), r.intIn(h, "http", "port", 0, 65535), r.intIn(h, "http", "maxBodyBytes", 1024, 1 << 30),
            r.intIn(h, "http", "maxHeaderBytes", 1024, 1 << 20), r.longIn(h, "http", "idleTimeoutMs", 1000, 3_600_000),
            r.intIn(h, "http", "maxJsonDepth", 2, 1000), r.origins(strings(h.getJsonArray("allowedOrigins"))),
            h.getBoolean("trustProxy")),
        new Fetch(f.getBoolean("allowPrivateAddresses"), strings(f.getJsonArray("allowedAddresses")),
            r.intIn(f, "fetch", "hostConcurrency", 1, 1000), r.longIn(f, "fetch", "hostDelayMs", 0, 3_600_000),
            r.intIn(f, "fetch", "globalConcurrency", 1, 100_000), r.intIn(f, "fetch", "maxQueuedPerHost", 1, 10_000_000),
            f.getBoolean("robots"), f.getString("userAgent"),
            r.intIn(f, "fetch", "connectTimeoutMs", 1, 600_000), r.intIn(f, "fetch", "idleTimeoutMs", 1, 600_000),
            r.longIn(f, "fetch", "totalTimeoutMs", 1, 3_600_000), r.longIn(f, "fetch", "maxBodyBytes", 1024, 1L << 32),
            r.intIn(f, "fetch", "maxRedirects", 0, 50), r.intIn(f, "fetch", "maxRetries", 0, 10),
            r.longIn(f, "fetch", "retryBaseDelayMs", 1, 600_000), r.longIn(f, "fetch", "maxRetryAfterMs", 0, 3_600_000),
            r.longIn(f, "fetch", "maxCrawlDelayMs", 0, 600_000), r.oneOf(f, "fetch", "politenessKey", "host", "domain"),
            r.proxy(f.getString("proxy"))),
        new Extract(r.intIn(x, "extract", "workers", 1, 256), r.intIn(x, "extract", "maxElements", 1000, 10_000_000)),
        new Jobs(r.intIn(j, "jobs", "maxUrls", 1, 1_000_000), r.intIn(j, "jobs", "maxUrlLength", 16, 65_536),
            r.intIn(j, "jobs", "maxActiveTasks", 1, 10_000_000), r.longIn(j, "jobs", "taskTimeoutMs", 1000, 86_400_000),
            r.intIn(j, "jobs", "retainJobs", 1, 1_000_000), r.longIn(j, "jobs", "retainMs", 1000, 30L * 86_400_000),
            r.longIn(j, "jobs", "shutdownGraceMs", 0, 3_600_000), r.longIn(j, "jobs", "recoveryPeriodMs", 1000, 3_600_000)),
        new Dedupe(r.longIn(d, "dedupe", "ttlMs", 1, 365L * 86_400_000), r.intIn(d, "dedupe", "maxEntries", 1, 100_000_000),
            r.longIn(d, "dedupe", "maxArticleBytes", 0, 1L << 40), r.intIn(d, "dedupe", "nearDuplicateDistance", -1, 3),
            strings(d.getJsonArray("trackingParameters"))),
        new Stream(r.intIn(s, "stream", "maxQueuedBytes", 1024, 1 << 30), r.oneOf(s, "stream", "slowClients", "lagged", "close"),
            r.longIn(s, "stream", "pingIntervalMs", 100, 3_600_000), r.longIn(s, "stream", "idleTimeoutMs", 200, 86_400_000),
            s.getBoolean("compression"), r.intIn(s, "stream", "maxFrameBytes", 1024, 1 << 24),
            r.longIn(s, "stream", "maxRetainedBytesPerJob", 1024, 1L << 40), r.longIn(s, "stream", "maxRetainedBytes", 1024, 1L << 42)),
        new Cluster(k.getBoolean("enabled"), r.members(strings(k.getJsonArray("members"))), k.getString("host"),
            r.intIn(k, "cluster", "port", 1, 65535), r.nonBlank(k, "cluster", "name"), r.fileOrEmpty(k, "cluster", "configFile"),
            r.longIn(k, "cluster", "heartbeatTimeoutMs", 2000, 600_000), r.intIn(k, "cluster", "eventBusPort", 0, 65535)),
        new Auth(r.tokens(strings(a.getJsonArray("tokens")), a.getString("tokensFile")), a.getString("tokensFile")),
        new Limits(r.intIn(l, "limits", "requestsPerSecond", 1, 1_000_000), r.intIn(l, "limits", "urlsPerMinute", 1, 100_000_000),
            r.intIn(l, "limits", "maxWebSocketsPerClient", 1, 100_000), r.intIn(l, "limits", "maxQueuedUrlsPerClient", 1, 100_000_000),
            r.intIn(l, "limits", "maxClients", 1, 10_000_000)),
        new Log(r.oneOf(g, "log", "format", "text", "json"), r.oneOf(g, "log", "level", "INFO", "FINE", "WARNING", "SEVERE")),
        new Metrics(m.getBoolean("enabled")));
    if (config.http().idleTimeoutMs() <= config.stream().pingIntervalMs()) {
      r.errors.add("'http.idleTimeoutMs' (SCOOP_HTTP_IDLE_TIMEOUT_MS) must be longer than 'stream.pingIntervalMs' ("
          + config.stream().pingIntervalMs() + "), or idle stream connections would be cut between pings");
    }
    if (!r.errors.isEmpty()) {
      throw new ConfigException(r.errors);
    }
    return config;
  }

  /** The defaults, for tests and tools that adjust a few values. */
  public static ScoopConfig defaults() {
    return from(ConfigLoader.defaults());
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new ArrayList<>();
    for (Object o : array) {
      out.add(String.valueOf(o));
    }
    return List.copyOf(out);
  }

  /** Collects out-of-range values instead of failing at the first. */
  private static final class Ranges {
    final List<String> errors = new ArrayList<>();

    int intIn(JsonObject o, String section, String key, long min, long max) {
      return (int) longIn(o, section, key, min, max);
    }

    String oneOf(JsonObject o, String section, String key, String... allowed) {
      String v = o.getString(key);
      if (!java.util.Arrays.asList(allowed).contains(v)) {
        errors.add("'" + section + "." + key + "' (" + ConfigLoader.envName(section, key) + ") must be one of "
            + String.join(", ", allowed) + ", not '" + v + "'");
        return allowed[0];
      }
      return v;
    }

    String proxy(String v) {
      if (!v.isBlank() && !v.matches("(?i)(https?|socks5?)://[^/:\\s]+:\\d{1,5}/?")) {
        errors.add("'fetch.proxy' (SCOOP_FETCH_PROXY) must look like http://host:port or socks5://host:port, not '" + v + "'");
        return "";
      }
      return v;
    }

    String nonBlank(JsonObject o, String section, String key) {
      String v = o.getString(key);
      if (v.isBlank()) {
        errors.add("'" + section + "." + key + "' (" + ConfigLoader.envName(section, key) + ") must not be empty");
      }
      return v;
    }

    /** Origins as scheme://host[:port], or "*". */
    List<String> origins(List<String> origins) {
      for (String o : origins) {
        if (!o.equals("*") && !o.matches("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?")) {
          errors.add("'http.allowedOrigins' (SCOOP_HTTP_ALLOWED_ORIGINS) must list origins like https://app.example.com, not '" + o + "'");
        }
      }
      return origins;
    }

    /** The configured tokens and those of the file; a token is at least 16 characters of no whitespace. */
    List<String> tokens(List<String> configured, String file) {
      List<String> all = new ArrayList<>(configured);
      if (!file.isBlank()) {
        try {
          for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
              all.add(t);
            }
          }
        } catch (java.io.IOException e) {
          errors.add("'auth.tokensFile' (SCOOP_AUTH_TOKENS_FILE) cannot be read: " + e.getMessage());
        }
      }
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).length() < 16 || !all.get(i).matches("[\\x21-\\x7E]+")) {
          // Never echo a token: name its position only.
          errors.add("'auth.tokens': token #" + (i + 1) + " must be at least 16 printable characters without spaces");
        }
      }
      return List.copyOf(all);
    }

    String fileOrEmpty(JsonObject o, String section, String key) {
      String v = o.getString(key);
      if (!v.isBlank() && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(v))) {
        errors.add("'" + section + "." + key + "' (" + ConfigLoader.envName(section, key) + ") names no file: '" + v + "'");
      }
      return v;
    }

    /** Cluster members as host or host:port (Hazelcast's default port when none is given). */
    List<String> members(List<String> members) {
      for (String m : members) {
        if (!m.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?")) {
          errors.add("'cluster.members' (SCOOP_CLUSTER_MEMBERS) must list host:port entries, not '" + m + "'");
        }
      }
      return members;
    }

    long longIn(JsonObject o, String section, String key, long min, long max) {
      long v = o.getLong(key);
      if (v < min || v > max) {
        errors.add("'" + section + "." + key + "' (" + ConfigLoader.envName(section, key) + ") must be between "
            + min + " and " + max + ", not " + v);
        return min;
      }
      return v;
    }
  }
}
