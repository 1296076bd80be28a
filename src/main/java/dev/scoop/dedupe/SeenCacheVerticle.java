package dev.scoop.dedupe;

import dev.scoop.pipeline.Addresses;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seen-URL cache behind {@link Addresses#CACHE}. {@code claim} answers {@code claimed}
 * (the caller fetches), or {@code done} with the stored result; a claim for a URL already in
 * flight is answered when that fetch completes, so concurrent submissions share one fetch.
 * {@code complete} stores ok results (errors are not cached, so they are retried later) and
 * answers every waiter. {@code lookup} reads without claiming. Deploy exactly one instance.
 *
 * <p>Waiters are bounded by the number of unfinished tasks ({@code jobs.maxActiveTasks}); a
 * waiter whose owner never completes times out on its own request.
 */
public final class SeenCacheVerticle extends VerticleBase {
  private final SeenStore store;
  private final Map<String, List<Message<JsonObject>>> inFlight = new HashMap<>();

  public SeenCacheVerticle(SeenStore store) {
    this.store = store;
  }

  @Override
  public Future<?> start() {
    return vertx.eventBus().<JsonObject>consumer(Addresses.CACHE, this::handle).completion();
  }

  private void handle(Message<JsonObject> msg) {
    String key = msg.body().getString("key");
    switch (String.valueOf(msg.headers().get("op"))) {
      case "claim": claim(msg, key, msg.body().getBoolean("force", false)); break;
      case "complete": complete(msg, key, msg.body().getJsonObject("result")); break;
      case "lookup": lookup(msg, key); break;
      case "stats": msg.reply(store.stats().put("inFlight", inFlight.size())); break;
      default: msg.fail(400, "unknown cache op");
    }
  }

  private void claim(Message<JsonObject> msg, String key, boolean force) {
    List<Message<JsonObject>> waiters = inFlight.get(key);
    if (waiters != null) {
      waiters.add(msg);
      return;
    }
    JsonObject done = force ? null : store.get(key);
    if (done != null) {
      msg.reply(new JsonObject().put("state", "done").put("result", done));
      return;
    }
    inFlight.put(key, new ArrayList<>());
    msg.reply(new JsonObject().put("state", "claimed"));
  }

  private void complete(Message<JsonObject> msg, String key, JsonObject result) {
    if ("ok".equals(result.getString("status"))) {
      store.put(key, result);
    }
    List<Message<JsonObject>> waiters = inFlight.remove(key);
    if (waiters != null) {
      JsonObject answer = new JsonObject().put("state", "done").put("result", result);
      waiters.forEach(w -> w.reply(answer));
    }
    msg.reply(new JsonObject());
  }

  private void lookup(Message<JsonObject> msg, String key) {
    JsonObject done = store.get(key);
    msg.reply(done == null ? new JsonObject().put("state", "absent")
        : new JsonObject().put("state", "done").put("result", done));
  }
}
