package dev.scoop.api;

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

/** The job owner as seen from the API: event-bus requests, with failures as {@link ApiException}s. */
final class JobsClient {
  private final Vertx vertx;

  JobsClient(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Creates a job; the reply is the contract's {@code 202} body. */
  Future<JsonObject> create(Submission s) {
    JsonObject body = new JsonObject().put("urls", new JsonArray(s.accepted())).put("force", s.force());
    return request("create", body).andThen(ok -> ScoopMetrics.submitted(s.accepted().size())).map(reply -> new JsonObject()
        .put("jobId", reply.getString("jobId"))
        .put("accepted", s.accepted().size())
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
