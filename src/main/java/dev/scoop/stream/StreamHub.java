package dev.scoop.stream;

import dev.scoop.dedupe.UrlCanonicalizer;
import dev.scoop.pipeline.Addresses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fans the result stream of {@link Addresses#RESULTS} out to this verticle's WebSocket and SSE
 * subscribers, each job's events in order ({@link JobSequencer}). Subscribing to a job replays its earlier results (from the job owner) before
 * the live ones, with no gap and no repeat. A subscriber that cannot keep up is dropped (see
 * {@link Subscriber#send}); nothing is buffered for it beyond its own write queue. Not
 * thread-safe: one hub per HTTP verticle, used on its event loop.
 */
public final class StreamHub {
  private final Vertx vertx;
  private final Map<Subscriber, Subscription> subscriptions = new IdentityHashMap<>();
  private final JobSequencer sequencer;
  private final List<Consumer<String>> jobDoneListeners = new ArrayList<>();
  private MessageConsumer<JsonObject> consumer;

  public StreamHub(Vertx vertx) {
    this.vertx = vertx;
    this.sequencer = new JobSequencer(vertx, this::storedResults, this::publish, this::wanted);
  }

  public Future<Void> start() {
    consumer = vertx.eventBus().consumer(Addresses.RESULTS, msg -> sequencer.accept(msg.body()));
    return consumer.completion();
  }

  public void add(Subscriber s) {
    subscriptions.computeIfAbsent(s, Subscription::new);
  }

  public void remove(Subscriber s) {
    subscriptions.remove(s);
  }

  public void subscribeAll(Subscriber s, boolean on) {
    subscription(s).all(on);
  }

  public void subscribeDomain(Subscriber s, String domain, boolean on) {
    if (on) {
      subscription(s).addDomain(domain);
    } else {
      subscription(s).removeDomain(domain);
    }
  }

  public void unsubscribeJob(Subscriber s, String jobId) {
    subscription(s).removeJob(jobId);
  }

  /**
   * Subscribes to a job from sequence number {@code after} on: {@code ack} (if not null) once
   * the job is known, then results with a larger {@code seq}, earlier ones first. Fails with
   * the job owner's failure (404 for an unknown job), and then sends nothing.
   */
  public Future<Void> subscribeJob(Subscriber s, String jobId, int after, JsonObject ack) {
    Subscription sub = subscription(s);
    Subscription.CatchUp catchUp = sub.startCatchUp(jobId, after);
    return storedResults(jobId, after)
        .map(body -> {
          List<JsonObject> earlier = new ArrayList<>();
          JsonArray events = body.getJsonArray("events");
          for (int i = 0; i < events.size(); i++) {
            earlier.add(events.getJsonObject(i));
          }
          boolean live = subscriptions.get(s) == sub;
          if (live && (ack != null && !s.send(new StreamEvent(ack))
              || !sub.finishCatchUp(jobId, catchUp, earlier, body.getJsonObject("doneEvent"), () -> remove(s)))) {
            remove(s);
          }
          return (Void) null;
        })
        .onFailure(t -> sub.failCatchUp(jobId, catchUp));
  }

  /** The job owner's stored results of a job after {@code after}, with its done event once done. */
  private Future<JsonObject> storedResults(String jobId, int after) {
    JsonObject query = new JsonObject().put("jobId", jobId).put("after", after);
    return vertx.eventBus().<JsonObject>request(Addresses.JOBS, query, new DeliveryOptions().addHeader("op", "results"))
        .map(Message::body);
  }

  private boolean wanted(String jobId) {
    for (Subscription sub : subscriptions.values()) {
      if (sub.wants(jobId)) {
        return true;
      }
    }
    return false;
  }

  /** Calls {@code listener} with the id of every job whose done event passes through this hub. */
  public void onJobDone(Consumer<String> listener) {
    jobDoneListeners.add(listener);
  }

  /** Ends every subscriber's connection (shutdown). */
  public void goAway() {
    new ArrayList<>(subscriptions.keySet()).forEach(Subscriber::goAway);
    subscriptions.clear();
  }

  private Subscription subscription(Subscriber s) {
    return subscriptions.computeIfAbsent(s, Subscription::new);
  }

  private void publish(JsonObject json) {
    if ("job".equals(json.getString("type"))) {
      jobDoneListeners.forEach(l -> l.accept(json.getString("jobId")));
    }
    StreamEvent event = new StreamEvent(json);
    String host = hostOf(json.getString("url"));
    List<Subscriber> failed = new ArrayList<>();
    // A copy: delivering may end a subscriber (SSE ends after the done event), which removes it.
    for (Subscription sub : new ArrayList<>(subscriptions.values())) {
      if (!sub.offer(event, host)) {
        failed.add(sub.subscriber);
      }
    }
    failed.forEach(this::remove);
  }

  private static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      return UrlCanonicalizer.host(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
