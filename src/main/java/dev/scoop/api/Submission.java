package dev.scoop.api;

import dev.scoop.config.ScoopConfig;
import dev.scoop.dedupe.UrlCanonicalizer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A validated job submission, from REST or WebSocket alike: the accepted URLs, the rejected
 * ones with a reason, and the options. A submission that cannot be a job at all (wrong shape,
 * too many URLs, nothing valid) is refused whole with an {@link ApiException}.
 */
public record Submission(List<String> accepted, JsonArray rejected, boolean force) {
  private static final Set<String> OPTIONS = Set.of("force");

  public static Submission validate(Object body, ScoopConfig.Jobs limits) {
    if (!(body instanceof JsonObject)) {
      throw new ApiException(400, "invalid_json", "the body must be a JSON object");
    }
    JsonObject o = (JsonObject) body;
    Object urls = o.getValue("urls");
    if (!(urls instanceof JsonArray)) {
      throw new ApiException(400, "invalid_urls", "'urls' must be an array of URL strings");
    }
    JsonArray list = (JsonArray) urls;
    if (list.isEmpty()) {
      throw new ApiException(400, "invalid_urls", "'urls' is empty");
    }
    if (list.size() > limits.maxUrls()) {
      throw new ApiException(413, "too_many_urls",
          list.size() + " URLs submitted; at most " + limits.maxUrls() + " per job (jobs.maxUrls)");
    }
    boolean force = options(o.getValue("options"));
    List<String> accepted = new ArrayList<>();
    JsonArray rejected = new JsonArray();
    for (Object u : list) {
      String reason = rejection(u, limits.maxUrlLength());
      if (reason == null) {
        accepted.add(((String) u).trim());
      } else {
        rejected.add(new JsonObject().put("url", u instanceof String ? u : String.valueOf(u)).put("reason", reason));
      }
    }
    if (accepted.isEmpty()) {
      throw new ApiException(400, "no_valid_urls", "none of the submitted URLs can be fetched",
          new JsonObject().put("rejected", rejected));
    }
    return new Submission(accepted, rejected, force);
  }

  private static boolean options(Object value) {
    if (value == null) {
      return false;
    }
    if (!(value instanceof JsonObject)) {
      throw new ApiException(400, "invalid_options", "'options' must be an object");
    }
    JsonObject options = (JsonObject) value;
    for (String key : options.fieldNames()) {
      if (!OPTIONS.contains(key)) {
        throw new ApiException(400, "invalid_options", "unknown option '" + key + "'; known: " + OPTIONS);
      }
    }
    Object force = options.getValue("force", false);
    if (!(force instanceof Boolean)) {
      throw new ApiException(400, "invalid_options", "'options.force' must be true or false");
    }
    return (Boolean) force;
  }

  private static String rejection(Object url, int maxLength) {
    if (!(url instanceof String)) {
      return "not a string";
    }
    String s = ((String) url).trim();
    if (s.length() > maxLength) {
      return "longer than " + maxLength + " characters";
    }
    try {
      UrlCanonicalizer.canonicalize(s);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
