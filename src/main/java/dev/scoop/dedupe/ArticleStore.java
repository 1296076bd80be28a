package dev.scoop.dedupe;

import io.vertx.core.json.JsonObject;

/**
 * The results (with articles) of finished URLs, for duplicates to share and for
 * {@code GET /api/v1/articles}. Bounded by bytes: beyond the bound results are dropped, while
 * their URLs stay known to the {@link SeenStore} (a later duplicate then names the URL but
 * carries no article).
 */
public interface ArticleStore {
  /** The stored result (status, url, article), or null. */
  JsonObject get(UrlKey key);

  void put(UrlKey key, JsonObject result);

  void remove(UrlKey key);

  /** Counts for logs and job status: articles, articleBytes, articlesDropped. */
  JsonObject stats();
}
