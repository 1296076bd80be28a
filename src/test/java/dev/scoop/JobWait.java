package dev.scoop;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;

/** Polls a job's status on a node until it is done. */
public final class JobWait {
  private JobWait() {}

  /** The job's done status; polls every {@code pollMs} (a refused or failed poll just counts as not done yet). */
  public static Future<JsonObject> done(Vertx vertx, WebClient http, int port, String jobId, long pollMs) {
    return http.get(port, "127.0.0.1", "/api/v1/jobs/" + jobId).send()
        .map(r -> r.statusCode() == 200 ? r.bodyAsJsonObject() : new JsonObject())
        .compose(s -> "done".equals(s.getString("state")) ? Future.succeededFuture(s)
            : Future.<Void>future(p -> vertx.setTimer(pollMs, t -> p.complete())).compose(v -> done(vertx, http, port, jobId, pollMs)));
  }

  public static Future<JsonObject> done(Vertx vertx, WebClient http, int port, String jobId) {
    return done(vertx, http, port, jobId, 100);
  }
}
