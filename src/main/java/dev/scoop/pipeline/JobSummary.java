package dev.scoop.pipeline;

import io.vertx.core.json.JsonObject;
import java.io.Serializable;
import java.time.Instant;

/**
 * A job's counts at one moment, and the two JSON views of them that clients see: the status
 * of {@code GET /api/v1/jobs/{id}} and the {@code job} event sent after the last result.
 * The same for a single node's jobs and the cluster's.
 */
public record JobSummary(String id, int total, int ok, int duplicate, int error, Instant createdAt,
                         Instant finishedAt) implements Serializable {

  public int completed() {
    return ok + duplicate + error;
  }

  public boolean isDone() {
    return completed() == total;
  }

  /** The {@code job} event sent after the last result. */
  public JsonObject doneEvent() {
    return counts(new JsonObject().put("type", "job").put("jobId", id).put("state", "done"));
  }

  public JsonObject status() {
    JsonObject o = counts(new JsonObject().put("jobId", id).put("state", isDone() ? "done" : "running"))
        .put("pending", total - completed())
        .put("createdAt", createdAt.toString());
    if (finishedAt != null) {
      o.put("finishedAt", finishedAt.toString());
    }
    return o;
  }

  private JsonObject counts(JsonObject o) {
    return o.put("total", total).put("ok", ok).put("duplicate", duplicate).put("error", error)
        .put("completed", completed());
  }
}
