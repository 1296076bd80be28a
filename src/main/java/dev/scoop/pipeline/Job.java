package dev.scoop.pipeline;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One submitted job: its URLs, and the result events produced so far in {@code seq} order.
 * Each task completes at most once; the job is done when every task has. Not thread-safe:
 * owned by the {@link JobsVerticle}'s event loop.
 */
final class Job {
  private final String id;
  private final List<String> urls;
  private final boolean[] completed;
  private final List<JsonObject> events = new ArrayList<>();
  private final List<Integer> sizes = new ArrayList<>();
  private long retainedBytes;
  private int trimmedUpTo;
  private final Instant createdAt = Instant.now();
  private Instant finishedAt;
  private int ok;
  private int duplicate;
  private int error;

  Job(String id, List<String> urls) {
    this.id = id;
    this.urls = List.copyOf(urls);
    this.completed = new boolean[urls.size()];
  }

  String id() { return id; }
  boolean isDone() { return events.size() == urls.size(); }
  /** The highest {@code seq} given so far: the number of results. */
  int lastSeq() { return events.size(); }
  Instant finishedAt() { return finishedAt; }

  /**
   * Records the result of task {@code index} and returns its numbered event, or null when
   * that task already has a result (a late reply after a timeout, a redelivery).
   */
  JsonObject complete(int index, TaskResult result) {
    if (index < 0 || index >= completed.length || completed[index]) {
      return null;
    }
    completed[index] = true;
    switch (result.status()) {
      case TaskResult.OK: ok++; break;
      case TaskResult.DUPLICATE: duplicate++; break;
      default: error++;
    }
    JsonObject event = result.toEvent(id, events.size() + 1, urls.get(index));
    events.add(event);
    int size = event.encode().length();
    sizes.add(size);
    retainedBytes += size;
    if (isDone()) {
      finishedAt = Instant.now();
    }
    return event;
  }

  /** The tasks without a result yet. */
  List<Integer> unfinished() {
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < completed.length; i++) {
      if (!completed[i]) {
        open.add(i);
      }
    }
    return open;
  }

  String url(int index) {
    return urls.get(index);
  }

  long retainedBytes() {
    return retainedBytes;
  }

  /**
   * Trims retained results, oldest first, until at most {@code limit} bytes remain: a trimmed
   * result keeps its status, URL, sequence number and the article's URL and title, and is
   * marked {@code "trimmed": true}; the whole article stays available from the cache
   * ({@code GET /api/v1/articles?url=}). Returns the bytes freed.
   */
  long trimTo(long limit) {
    long before = retainedBytes;
    while (retainedBytes > limit && trimmedUpTo < events.size()) {
      int i = trimmedUpTo++;
      JsonObject event = events.get(i);
      JsonObject article = event.getJsonObject("article");
      if (article == null) {
        continue;
      }
      JsonObject stub = new JsonObject().put("url", article.getString("url")).put("title", article.getString("title"));
      event.put("article", stub).put("trimmed", true);
      int size = event.encode().length();
      retainedBytes -= sizes.get(i) - size;
      sizes.set(i, size);
    }
    return before - retainedBytes;
  }

  /** Result events with {@code seq > after}, in order. */
  JsonArray eventsAfter(int after) {
    JsonArray out = new JsonArray();
    for (int i = Math.max(0, after); i < events.size(); i++) {
      out.add(events.get(i));
    }
    return out;
  }

  JsonObject doneEvent() {
    return summary().doneEvent();
  }

  JsonObject status() {
    return summary().status();
  }

  JobSummary summary() {
    return new JobSummary(id, urls.size(), ok, duplicate, error, createdAt, finishedAt);
  }
}
