package dev.scoop.stream;

import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one subscriber wants (jobs, domains with their subdomains, or everything) and, per job,
 * the last sequence number it was sent, so that catch-up and live delivery never repeat or
 * skip a result. While a job's earlier results are being fetched and sent, its live events wait
 * in a buffer bounded by the job's size; the earlier results go out as fast as the client reads
 * them (a catch-up pauses while the client's queue is full, instead of skipping what it holds).
 * Not thread-safe: used on the hub's event loop.
 */
final class Subscription {
  final Subscriber subscriber;
  private final Set<String> jobs = new HashSet<>();
  private final Set<String> domains = new HashSet<>();
  private boolean all;
  private final Map<String, Integer> lastSeq = new HashMap<>();
  private final Set<String> doneSent = new HashSet<>();
  private final Map<String, Deque<StreamEvent>> catchingUp = new HashMap<>();

  Subscription(Subscriber subscriber) {
    this.subscriber = subscriber;
  }

  void all(boolean on) { all = on; }
  void addDomain(String d) { domains.add(d); }
  void removeDomain(String d) { domains.remove(d); }

  /** Whether every result of {@code jobId} is for this subscriber (all, or that job). */
  boolean wants(String jobId) {
    return all || jobs.contains(jobId);
  }

  void removeJob(String jobId) {
    jobs.remove(jobId);
    catchingUp.remove(jobId);
  }

  /**
   * Starts catching up on a job: live events are buffered until {@link #finishCatchUp}. A
   * subscription asked for again (after a lag swallowed part of the job) ends with the done event
   * again, even if it was sent, or skipped as missed, before.
   */
  void startCatchUp(String jobId, int after) {
    jobs.add(jobId);
    lastSeq.put(jobId, after);
    doneSent.remove(jobId);
    catchingUp.put(jobId, new ArrayDeque<>());
  }

  /**
   * Sends the earlier events, then the buffered live ones, each once, in order, then the done
   * event. Pauses whenever the subscriber's queue is full and goes on when it drains, live events
   * queuing behind; {@code failed} runs if the subscriber fails meanwhile. Returns false when it
   * failed right away.
   */
  boolean finishCatchUp(String jobId, List<JsonObject> earlier, JsonObject doneEvent, Runnable failed) {
    Deque<StreamEvent> queue = catchingUp.get(jobId);
    if (queue == null) {
      return true;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      queue.addFirst(new StreamEvent(earlier.get(i)));
    }
    return sendCatchUp(jobId, doneEvent, failed);
  }

  private boolean sendCatchUp(String jobId, JsonObject doneEvent, Runnable failed) {
    Deque<StreamEvent> queue = catchingUp.get(jobId);
    if (queue == null) {
      return true; // unsubscribed meanwhile
    }
    while (!queue.isEmpty()) {
      if (!subscriber.hasRoom()) {
        subscriber.whenDrained(() -> {
          if (!sendCatchUp(jobId, doneEvent, failed)) {
            failed.run();
          }
        });
        return true;
      }
      if (!deliver(queue.poll())) {
        return false;
      }
    }
    catchingUp.remove(jobId);
    return doneEvent == null || deliver(new StreamEvent(doneEvent));
  }

  /** Offers a live event; returns false when the subscriber failed to take it. */
  boolean offer(StreamEvent event, String host) {
    String jobId = event.json().getString("jobId");
    Deque<StreamEvent> buffer = catchingUp.get(jobId);
    if (buffer != null) {
      buffer.add(event);
      return true;
    }
    if (all || jobs.contains(jobId) || host != null && matchesDomain(host)) {
      return deliver(event);
    }
    return true;
  }

  private boolean deliver(StreamEvent event) {
    String jobId = event.json().getString("jobId");
    if ("job".equals(event.json().getString("type"))) {
      if (!doneSent.add(jobId)) {
        return true;
      }
      return subscriber.send(event);
    }
    Integer seq = event.json().getInteger("seq");
    Integer last = lastSeq.get(jobId);
    if (last != null && seq != null && seq <= last) {
      return true;
    }
    if (seq != null && jobs.contains(jobId)) {
      lastSeq.put(jobId, seq);
    }
    return subscriber.send(event);
  }

  private boolean matchesDomain(String host) {
    for (String d : domains) {
      if (host.equals(d) || host.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }
}
