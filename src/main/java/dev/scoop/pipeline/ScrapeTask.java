package dev.scoop.pipeline;

import io.vertx.core.json.JsonObject;

/** One URL of a job, as sent to {@link Addresses#SCRAPE}. {@code force} bypasses the seen cache. */
public record ScrapeTask(String jobId, int index, String url, boolean force) {

  public JsonObject toJson() {
    return new JsonObject().put("jobId", jobId).put("index", index).put("url", url).put("force", force);
  }

  public static ScrapeTask fromJson(JsonObject o) {
    return new ScrapeTask(o.getString("jobId"), o.getInteger("index"), o.getString("url"), o.getBoolean("force", false));
  }
}
