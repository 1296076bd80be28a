package dev.scoop.pipeline;

import io.vertx.core.AsyncResult;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;

/** One URL of a job, as sent to {@link Addresses#SCRAPE}. {@code force} bypasses the seen cache. */
public record ScrapeTask(String jobId, int index, String url, boolean force) {

  /** Unique in the cluster: names the task's stored result and its claim in the seen cache. */
  public String id() {
    return id(jobId, index);
  }

  public static String id(String jobId, int index) {
    return jobId + "/" + index;
  }

  public JsonObject toJson() {
    return new JsonObject().put("jobId", jobId).put("index", index).put("url", url).put("force", force);
  }

  /**
   * The terminal result of this task from the scraper's reply: the reply's result, or an
   * {@code error} result when no reply came ({@code task_timeout}) or the request failed.
   */
  public TaskResult resultOf(AsyncResult<Message<JsonObject>> reply) {
    if (reply.succeeded()) {
      return TaskResult.fromJson(reply.result().body());
    }
    Throwable cause = reply.cause();
    boolean timeout = cause instanceof ReplyException && ((ReplyException) cause).failureType() == ReplyFailure.TIMEOUT;
    return TaskResult.error(url, timeout ? ErrorCode.TASK_TIMEOUT : ErrorCode.INTERNAL, cause.getMessage());
  }

  public static ScrapeTask fromJson(JsonObject o) {
    return new ScrapeTask(o.getString("jobId"), o.getInteger("index"), o.getString("url"), o.getBoolean("force", false));
  }
}
