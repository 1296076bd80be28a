package dev.scoop.dedupe;

import dev.scoop.config.ScoopConfig;
import dev.scoop.extract.Fingerprint;
import dev.scoop.metrics.ScoopMetrics;
import dev.scoop.pipeline.Addresses;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The dedupe cache behind {@link Addresses#CACHE}, keyed by canonical URL.
 * <ul>
 *   <li>{@code claim}: answers {@code claimed} (the caller fetches) or {@code done} with the
 *       stored result. A claim for a URL already in flight is answered when that fetch
 *       completes, so concurrent submissions of one URL share one fetch.</li>
 *   <li>{@code complete}: decides the final result of a fetched page. An ok page is a
 *       duplicate when one of its aliases (canonical link, URL after redirects) is already
 *       known, or when its fingerprint is within {@code dedupe.nearDuplicateDistance} bits of
 *       a stored article's; otherwise it is stored with its aliases and fingerprint. Errors
 *       are not stored (later submissions try again) but are shared with the waiters. The
 *       answer is the final result.</li>
 *   <li>{@code lookup}: the stored result, without claiming. {@code stats}: counters.</li>
 * </ul>
 * Deploy exactly one instance per node. Waiters are bounded by the node's unfinished tasks
 * ({@code jobs.maxActiveTasks}); a waiter whose owner never completes times out on its own.
 * In a cluster the stores are shared ({@link DedupeStores}) and a claim is also taken in the
 * cluster: a URL in flight on another node parks the request here, and it is retried every
 * {@value #PARKED_RETRY_MS} ms until that node has stored the result (answer: done) or has
 * failed or left (answer: claimed, this node fetches).
 * <p>The stored result remembers the task that fetched it, so that the same task, run again
 * after its node died, gets its own result back rather than being called its own duplicate.
 */
public final class SeenCacheVerticle extends VerticleBase {
  private static final Logger LOG = Logger.getLogger(SeenCacheVerticle.class.getName());
  private static final long STATS_LOG_PERIOD_MS = 60_000;
  /** Copies (AMP, print) differ a little in text; unrelated pages of one site differ in ~32 bits. */
  private static final int ALIAS_MAX_DISTANCE = 16;
  private static final long PARKED_RETRY_MS = 200;
  /** Metrics read a copy of the counters taken this often (the shared stores' counts are remote calls). */
  private static final long STATS_SAMPLE_MS = 5_000;
  private final ScoopConfig.Dedupe config;
  private final LongSupplier clock;
  private final Supplier<DedupeStores> storesFactory;
  private final Map<UrlKey, List<Message<JsonObject>>> inFlight = new HashMap<>();
  private final Map<UrlKey, List<Message<JsonObject>>> parked = new LinkedHashMap<>();
  private ArticleStore articles;
  private FingerprintIndex fingerprints;
  private SeenStore store;
  private InFlightClaims claims;
  private volatile JsonObject statsSample = new JsonObject();
  private long hits;
  private long misses;
  private long nearDuplicates;
  private long aliasDuplicates;

  /** A cache in this node's memory. */
  public SeenCacheVerticle(ScoopConfig.Dedupe config, LongSupplier clock) {
    this(config, clock, () -> DedupeStores.local(config, clock));
  }

  public SeenCacheVerticle(ScoopConfig.Dedupe config, LongSupplier clock, Supplier<DedupeStores> stores) {
    this.config = config;
    this.clock = clock;
    this.storesFactory = stores;
  }

  @Override
  public Future<?> start() {
    DedupeStores stores = storesFactory.get();
    articles = stores.articles();
    fingerprints = stores.fingerprints();
    store = stores.seen();
    claims = stores.claims();
    vertx.setPeriodic(PARKED_RETRY_MS, id -> retryParked());
    vertx.setPeriodic(0, STATS_SAMPLE_MS, id -> statsSample = stats());
    ScoopMetrics.counter("scoop.cache.hits", "seen-cache lookups that found the URL", this, v -> v.statsSample.getLong("hits", 0L));
    ScoopMetrics.counter("scoop.cache.misses", "seen-cache lookups that did not", this, v -> v.statsSample.getLong("misses", 0L));
    ScoopMetrics.counter("scoop.cache.evictions", "URLs evicted at dedupe.maxEntries", this, v -> v.statsSample.getLong("evictions", 0L));
    ScoopMetrics.gauge("scoop.cache.urls", "URLs in the seen cache", this, v -> v.statsSample.getLong("size", 0L));
    ScoopMetrics.gauge("scoop.cache.article.bytes", "bytes of kept articles", this, v -> v.statsSample.getLong("articleBytes", 0L));
    String[] lastLogged = {""};
    vertx.setPeriodic(STATS_LOG_PERIOD_MS, id -> {
      String line = stats().encode();
      if (!line.equals(lastLogged[0])) {
        LOG.info("dedupe cache " + line);
        lastLogged[0] = line;
      }
    });
    return vertx.eventBus().<JsonObject>localConsumer(Addresses.CACHE, this::handle).completion();
  }

  private void handle(Message<JsonObject> msg) {
    JsonObject body = msg.body();
    switch (String.valueOf(msg.headers().get("op"))) {
      case "claim": claim(msg, body.getString("key"), body.getBoolean("force", false)); break;
      case "complete": complete(msg, body); break;
      case "lookup": msg.reply(countedLookup(UrlKey.of(body.getString("key")), body.getString("key"))); break;
      case "stats": msg.reply(stats()); break;
      default: msg.fail(400, "unknown cache op");
    }
  }

  private void claim(Message<JsonObject> msg, String canonicalUrl, boolean force) {
    UrlKey key = UrlKey.of(canonicalUrl);
    List<Message<JsonObject>> waiters = inFlight.get(key);
    if (waiters != null) {
      waiters.add(msg);
      return;
    }
    JsonObject known = force ? null : countedLookup(key, canonicalUrl);
    if (known != null && "done".equals(known.getString("state"))) {
      msg.reply(known);
      return;
    }
    if (!claims.tryClaim(key)) {
      parked.computeIfAbsent(key, k -> new ArrayList<>()).add(msg);
      return;
    }
    inFlight.put(key, new ArrayList<>());
    msg.reply(new JsonObject().put("state", "claimed"));
  }

  /** Parked claims: answered once the other node has stored the result, or claimed here once it has given up. */
  private void retryParked() {
    for (Iterator<Map.Entry<UrlKey, List<Message<JsonObject>>>> it = parked.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<UrlKey, List<Message<JsonObject>>> e = it.next();
      List<Message<JsonObject>> waiting = e.getValue();
      JsonObject known = lookup(e.getKey(), waiting.get(0).body().getString("key"));
      if ("done".equals(known.getString("state"))) {
        waiting.forEach(w -> w.reply(known));
        it.remove();
      } else if (claims.tryClaim(e.getKey())) {
        inFlight.put(e.getKey(), new ArrayList<>(waiting.subList(1, waiting.size())));
        waiting.get(0).reply(new JsonObject().put("state", "claimed"));
        it.remove();
      }
    }
  }

  /** A lookup a request asked for (claim or lookup), counted as a hit or a miss; retries are not. */
  private JsonObject countedLookup(UrlKey key, String canonicalUrl) {
    JsonObject known = lookup(key, canonicalUrl);
    if ("done".equals(known.getString("state"))) {
      hits++;
    } else {
      misses++;
    }
    return known;
  }

  /** The stored result for a key (following an alias to its article), or state "absent". */
  private JsonObject lookup(UrlKey key, String canonicalUrl) {
    Seen seen = store.get(key);
    if (seen == null) {
      return new JsonObject().put("state", "absent");
    }
    UrlKey primary = seen.canonical() == null ? key : seen.canonical();
    JsonObject stored = articles.get(primary);
    if (stored == null) {
      // The URL is known but its article was dropped to bound memory: name it, share nothing.
      return new JsonObject().put("state", "done").put("result", new JsonObject().put("status", "ok").put("url", canonicalUrl));
    }
    // The stored result keeps the task that fetched it; readers of "result" ignore that field.
    return new JsonObject().put("state", "done").put("task", stored.getString("task")).put("result", stored);
  }

  private void complete(Message<JsonObject> msg, JsonObject body) {
    String canonicalUrl = body.getString("key");
    UrlKey key = UrlKey.of(canonicalUrl);
    JsonObject result = body.getJsonObject("result");
    if ("ok".equals(result.getString("status"))) {
      result = decide(key, result, body.getJsonArray("aliases", new JsonArray()), body.getLong("fingerprint", 0L),
          body.getString("task"));
    }
    claims.release(key);
    List<Message<JsonObject>> waiters = inFlight.remove(key);
    if (waiters != null) {
      JsonObject answer = new JsonObject().put("state", "done").put("result", result);
      waiters.forEach(w -> w.reply(answer));
    }
    msg.reply(new JsonObject().put("result", result));
  }

  /** Stores a fetched article, or turns it into a duplicate of one already known. */
  private JsonObject decide(UrlKey key, JsonObject result, JsonArray aliases, long fingerprint, String task) {
    long now = clock.getAsLong();
    for (Object alias : aliases) {
      UrlKey aliasKey = UrlKey.of((String) alias);
      Seen known = aliasKey.equals(key) ? null : store.get(aliasKey);
      UrlKey primary = known == null || known.canonical() == null ? aliasKey : known.canonical();
      if (known != null && !primary.equals(key) && sameText(primary, fingerprint)) {
        JsonObject earlier = articles.get(primary);
        store.put(key, new Seen(now, 0, primary));
        aliasDuplicates++;
        return duplicate(result, earlier == null ? (String) alias : earlier.getString("url"));
      }
    }
    FingerprintIndex.Match near = fingerprint == 0 || config.nearDuplicateDistance() < 0 ? null
        : fingerprints.nearest(fingerprint, config.nearDuplicateDistance(), key);
    if (near != null && store.contains(near.key())) {
      store.put(key, new Seen(now, 0, near.key()));
      nearDuplicates++;
      return duplicate(result, near.url());
    }
    store.put(key, new Seen(now, fingerprint, null));
    articles.put(key, task == null ? result : result.copy().put("task", task));
    if (fingerprint != 0) {
      fingerprints.add(key, result.getString("url"), fingerprint);
    }
    for (Object alias : aliases) {
      UrlKey aliasKey = UrlKey.of((String) alias);
      if (!aliasKey.equals(key)) {
        store.put(aliasKey, new Seen(now, 0, key));
      }
    }
    return result;
  }

  /**
   * Whether a page may be the article stored under {@code primary}: a canonical link is only
   * trusted when the texts are not plainly different, since some sites point every page's
   * canonical link at one URL (their home page, the first page of a series).
   */
  private boolean sameText(UrlKey primary, long fingerprint) {
    Seen earlier = store.get(primary);
    return earlier == null || earlier.fingerprint() == 0 || fingerprint == 0
        || Fingerprint.distance(earlier.fingerprint(), fingerprint) <= ALIAS_MAX_DISTANCE;
  }

  /** The page's own result, marked as a duplicate of an earlier article. */
  private static JsonObject duplicate(JsonObject result, String duplicateOf) {
    return result.copy().put("status", "duplicate").put("duplicateOf", duplicateOf);
  }

  private JsonObject stats() {
    return store.stats().put("hits", hits).put("misses", misses).mergeIn(articles.stats())
        .put("fingerprints", fingerprints.size()).put("inFlight", inFlight.size()).put("parked", parked.size())
        .put("nearDuplicates", nearDuplicates).put("aliasDuplicates", aliasDuplicates);
  }
}
