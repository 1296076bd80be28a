package dev.scoop.pipeline;

import dev.scoop.config.ScoopConfig;
import dev.scoop.dedupe.UrlCanonicalizer;
import dev.scoop.extract.Article;
import dev.scoop.extract.ArticleExtractor;
import dev.scoop.extract.PageTooLargeException;
import dev.scoop.fetch.FetchedPage;
import dev.scoop.fetch.HostGate;
import dev.scoop.fetch.HostThrottle;
import dev.scoop.fetch.PageFetcher;
import dev.scoop.logging.LogFields;
import dev.scoop.metrics.ScoopMetrics;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scrapes one URL per {@link ScrapeTask}: canonicalize, claim it in the seen cache, fetch,
 * extract on the worker pool, complete the cache entry, reply with the {@link TaskResult}.
 * Every path replies exactly once. Deploy one instance per node: its fetcher holds the
 * node's politeness state.
 */
public final class ScrapeVerticle extends VerticleBase {
  private static final Logger LOG = Logger.getLogger(ScrapeVerticle.class.getName());
  private final ScoopConfig config;
  /** Fingerprints of shorter texts say little: short pages are never content duplicates. */
  private static final int MIN_FINGERPRINT_WORDS = 50;
  private static final long HOST_QUEUE_SAMPLE_MS = 5_000;
  private final ArticleExtractor extractor;
  private final UrlCanonicalizer canonicalizer;
  private final Function<Vertx, HostGate> gates;
  private PageFetcher fetcher;
  private WorkerExecutor extractPool;
  private DeliveryOptions cacheDelivery;

  /** A scraper whose politeness is this node's alone. */
  public ScrapeVerticle(ScoopConfig config) {
    this(config, vertx -> new HostThrottle(vertx, config.fetch().hostConcurrency(), config.fetch().globalConcurrency(),
        config.fetch().maxQueuedPerHost()));
  }

  /** A scraper whose politeness is kept by the gate {@code gates} makes (shared in a cluster). */
  public ScrapeVerticle(ScoopConfig config, Function<Vertx, HostGate> gates) {
    this.config = config;
    this.gates = gates;
    this.extractor = new ArticleExtractor(config.extract().maxElements());
    this.canonicalizer = new UrlCanonicalizer(config.dedupe().trackingParameters());
  }

  @Override
  public Future<?> start() {
    fetcher = new PageFetcher(vertx, config.fetch(), gates.apply(vertx));
    extractPool = vertx.createSharedWorkerExecutor("scoop-extract", config.extract().workers());
    cacheDelivery = new DeliveryOptions().setSendTimeout(config.jobs().taskTimeoutMs());
    vertx.setPeriodic(HOST_QUEUE_SAMPLE_MS, id -> ScoopMetrics.hostQueues(fetcher.queueDepths()));
    return vertx.eventBus().<JsonObject>localConsumer(Addresses.SCRAPE, this::handle).completion();
  }

  @Override
  public Future<?> stop() {
    fetcher.close();
    return extractPool.close();
  }

  private void handle(Message<JsonObject> msg) {
    ScrapeTask task = ScrapeTask.fromJson(msg.body());
    String key;
    try {
      key = canonicalizer.apply(task.url());
    } catch (IllegalArgumentException e) {
      msg.reply(TaskResult.error(task.url(), ErrorCode.INVALID_URL, e.getMessage()).toJson());
      return;
    }
    cache("claim", new JsonObject().put("key", key).put("force", task.force()))
        .compose(claim -> "claimed".equals(claim.getString("state"))
            ? scrape(task.url()).compose(result -> complete(key, task.id(), result))
            : Future.succeededFuture(earlier(task, claim)))
        .otherwise(t -> TaskResult.failure(task.url(), t))
        .onSuccess(result -> {
          logResult(task, result);
          msg.reply(result.toJson());
        });
  }

  /** Every result at FINE; failures that point at a bug (internal, extract_failed) at WARNING. */
  private static void logResult(ScrapeTask task, TaskResult result) {
    ErrorCode code = result.errorCode();
    Level level = code == ErrorCode.INTERNAL || code == ErrorCode.EXTRACT_FAILED ? Level.WARNING : Level.FINE;
    LogFields.task(task.jobId(), task.url()).with("status", result.status()).with("code", code == null ? null : code.id())
        .log(LOG, level, code == null ? "scraped" : "scrape failed: " + result.errorMessage());
  }

  /** The stored result of another task (this one is a duplicate), or this task's own from a run cut short. */
  private static TaskResult earlier(ScrapeTask task, JsonObject claim) {
    TaskResult stored = TaskResult.fromJson(claim.getJsonObject("result"));
    return task.id().equals(claim.getString("task")) ? stored : asDuplicate(task.url(), stored);
  }

  /** Fetch and extract; always succeeds with a result (errors become error results). */
  private Future<TaskResult> scrape(String url) {
    ScoopMetrics.scraped();
    return fetcher.fetch(UrlCanonicalizer.fetchableForm(url))
        .compose(page -> extractPool.executeBlocking(() -> extract(page), false))
        .otherwise(t -> TaskResult.failure(url, t));
  }

  private TaskResult extract(FetchedPage page) {
    Article article;
    Timer.Sample sample = Timer.start();
    try {
      article = extractor.extract(page.body(), page.charset(), page.finalUrl());
    } catch (PageTooLargeException e) {
      sample.stop(ScoopMetrics.extract("too_large"));
      return TaskResult.error(page.url(), ErrorCode.TOO_LARGE, e.getMessage() + " (extract.maxElements)");
    } catch (RuntimeException | StackOverflowError e) {
      sample.stop(ScoopMetrics.extract("error"));
      return TaskResult.error(page.url(), ErrorCode.EXTRACT_FAILED, "cannot parse page: " + e);
    }
    sample.stop(ScoopMetrics.extract("ok"));
    if (article.isEmpty()) {
      return TaskResult.error(page.url(), ErrorCode.NO_CONTENT, "no main content found");
    }
    JsonObject json = ArticleJson.toJson(article).put("url", page.url()).put("finalUrl", page.finalUrl());
    return TaskResult.ok(page.url(), json);
  }

  /**
   * Hands the result to the cache, which answers concurrent submitters and decides whether
   * the page duplicates a known article (by canonical link, final URL or fingerprint).
   */
  private Future<TaskResult> complete(String key, String taskId, TaskResult result) {
    JsonObject body = new JsonObject().put("key", key).put("task", taskId).put("result", result.toJson());
    JsonObject article = result.article();
    if (article != null) {
      body.put("aliases", aliases(key, article));
      if (article.getInteger("wordCount", 0) >= MIN_FINGERPRINT_WORDS && article.getString("fingerprint") != null) {
        body.put("fingerprint", Long.parseUnsignedLong(article.getString("fingerprint"), 16));
      }
    }
    return cache("complete", body)
        .map(reply -> TaskResult.fromJson(reply.getJsonObject("result")))
        .otherwise(result);
  }

  /** Other names of the same page: its canonical link and the URL its redirects ended at. */
  private JsonArray aliases(String key, JsonObject article) {
    JsonArray aliases = new JsonArray();
    for (String url : new String[] {article.getString("canonicalUrl"), article.getString("finalUrl")}) {
      try {
        String alias = url == null ? null : canonicalizer.apply(url);
        if (alias != null && !alias.equals(key) && !aliases.contains(alias)) {
          aliases.add(alias);
        }
      } catch (IllegalArgumentException notHttp) {
        // a canonical link to something unfetchable names nothing we could dedupe against
      }
    }
    return aliases;
  }

  /**
   * Another submission already fetched this URL: share its article, or its failure. If that
   * page was itself a duplicate, this one duplicates the same original.
   */
  private static TaskResult asDuplicate(String url, TaskResult earlier) {
    if (TaskResult.DUPLICATE.equals(earlier.status())) {
      return TaskResult.duplicate(url, earlier.duplicateOf(), earlier.article());
    }
    if (!TaskResult.OK.equals(earlier.status())) {
      return earlier.forUrl(url);
    }
    return TaskResult.duplicate(url, earlier.url(), earlier.article());
  }

  private Future<JsonObject> cache(String op, JsonObject body) {
    return vertx.eventBus().<JsonObject>request(Addresses.CACHE, body, new DeliveryOptions(cacheDelivery).addHeader("op", op))
        .map(Message::body);
  }
}
