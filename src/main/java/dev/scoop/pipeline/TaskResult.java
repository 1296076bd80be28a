package dev.scoop.pipeline;

import io.vertx.core.json.JsonObject;

/**
 * The terminal result of one URL: {@code ok} with an article, {@code duplicate} with
 * {@code duplicateOf} (and the article it duplicates), or {@code error} with a code.
 */
public record TaskResult(String url, String status, JsonObject article, String duplicateOf,
                         ErrorCode errorCode, String errorMessage, Integer httpStatus) {
  public static final String OK = "ok";
  public static final String DUPLICATE = "duplicate";
  public static final String ERROR = "error";

  public static TaskResult ok(String url, JsonObject article) {
    return new TaskResult(url, OK, article, null, null, null, null);
  }

  public static TaskResult duplicate(String url, String duplicateOf, JsonObject article) {
    return new TaskResult(url, DUPLICATE, article, duplicateOf, null, null, null);
  }

  public static TaskResult error(String url, ErrorCode code, String message) {
    return new TaskResult(url, ERROR, null, null, code, message, null);
  }

  /** The same failure for another URL (a waiter shares the fetch it waited for). */
  public TaskResult forUrl(String otherUrl) {
    return new TaskResult(otherUrl, status, article, duplicateOf, errorCode, errorMessage, httpStatus);
  }

  /** Any failure as a result: a {@link ScrapeException} keeps its code, anything else is internal. */
  public static TaskResult failure(String url, Throwable t) {
    if (t instanceof ScrapeException) {
      ScrapeException e = (ScrapeException) t;
      return new TaskResult(url, ERROR, null, null, e.code(), e.getMessage(), e.httpStatus());
    }
    return error(url, ErrorCode.INTERNAL, String.valueOf(t.getMessage()));
  }

  public JsonObject toJson() {
    JsonObject o = new JsonObject().put("url", url).put("status", status);
    if (article != null) {
      o.put("article", article);
    }
    if (duplicateOf != null) {
      o.put("duplicateOf", duplicateOf);
    }
    if (errorCode != null) {
      JsonObject error = new JsonObject().put("code", errorCode.id()).put("message", errorMessage);
      if (httpStatus != null) {
        error.put("status", httpStatus);
      }
      o.put("error", error);
    }
    return o;
  }

  /** The stream's {@code result} event: this result as the {@code seq}-th of job {@code jobId}. */
  public JsonObject toEvent(String jobId, int seq, String submittedUrl) {
    return toJson().put("type", "result").put("jobId", jobId).put("seq", seq).put("url", submittedUrl);
  }

  public static TaskResult fromJson(JsonObject o) {
    JsonObject error = o.getJsonObject("error");
    return new TaskResult(o.getString("url"), o.getString("status"), o.getJsonObject("article"),
        o.getString("duplicateOf"), error == null ? null : ErrorCode.fromId(error.getString("code")),
        error == null ? null : error.getString("message"), error == null ? null : error.getInteger("status"));
  }
}
