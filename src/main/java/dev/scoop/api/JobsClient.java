package dev.scoop.api;

import dev.scoop.NodeState;
import dev.scoop.metrics.ScoopMetrics;
import dev.scoop.pipeline.Addresses;
import dev.scoop.pipeline.JobsVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The job owner as seen from the API (REST and WebSocket alike): event-bus requests, with
 * failures as {@link ApiException}s, and the submission rules that come before a job exists.
 */
final class JobsClient {
  private final Vertx vertx;
  private final RateLimiter limiter;
  private final NodeState state;

  JobsClient(Vertx vertx, RateLimiter limiter, NodeState state) {
    this.vertx = vertx;
    this.limiter = limiter;
    this.state = state;
  }

  /**
   * Creates a job for {@code client}; the reply is the contract's {@code 202} body. Refused while
   * the node drains (503 {@code draining}) or beyond the client's URL limits (429); the URLs
   * count as the client's until the job is done.
   */
  Future<JsonObject> create(Submission s, String client) {
    if (state.draining()) {
      return Future.failedFuture(new ApiException(503, "draining", "this node is shutting down; submit to another"));
    }
    int n = s.accepted().size();
    RateLimiter.Refusal refusal = limiter.submit(client, n, System.currentTimeMillis());
    if (refusal != null) {
      return Future.failedFuture(refusal.toException());
    }
    JsonObject body = new JsonObject().put("urls", new JsonArray(s.accepted())).put("force", s.force());
    return request("create", body)
        .onSuccess(reply -> {
          limiter.submitted(client, reply.getString("jobId"), n);
          ScoopMetrics.submitted(n);
        })
        .onFailure(t -> limiter.notSubmitted(client, n))
        .map(reply -> new JsonObject()
            .put("jobId", reply.getString("jobId"))
            .put("accepted", n)
            .put("rejected", s.rejected()));
  }

  /** The job's status, with the node's dedupe-cache counters under {@code cache}. */
  Future<JsonObject> status(String jobId) {
    return request("status", new JsonObject().put("jobId", jobId))
        .compose(status -> vertx.eventBus().<JsonObject>request(Addresses.CACHE, new JsonObject(),
                new DeliveryOptions().addHeader("op", "stats"))
            .map(stats -> status.put("cache", stats.body()))
            .otherwise(status));
  }

  Future<JsonArray> results(String jobId) {
    return request("results", new JsonObject().put("jobId", jobId).put("after", 0))
        .map(reply -> reply.getJsonArray("events"));
  }

  private Future<JsonObject> request(String op, JsonObject body) {
    return vertx.eventBus().<JsonObject>request(Addresses.JOBS, body, new DeliveryOptions().addHeader("op", op))
        .map(Message::body)
        .recover(t -> Future.failedFuture(translate(t)));
  }

  static Throwable translate(Throwable t) {
    if (t instanceof ReplyException) {
      int code = ((ReplyException) t).failureCode();
      if (code == JobsVerticle.NOT_FOUND) {
        return new ApiException(404, "job_not_found", t.getMessage());
      }
      if (code == 503) {
        return new ApiException(503, "overloaded", t.getMessage());
      }
    }
    return new ApiException(500, "internal", "job service unavailable: " + t.getMessage());
  }
}
