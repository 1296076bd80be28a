package dev.scoop.stream;

import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
  private final Map<String, CatchUp> catchingUp = new HashMap<>();

  /**
   * A job's catch-up: its earlier and live events by {@code seq} (at most the job's size), and its
   * done event. The store's reply is handed back with it, so a reply to a catch-up that ended
   * (the job unsubscribed, then subscribed anew) is not taken for the new one's.
   */
  static final class CatchUp {
    private final TreeMap<Integer, StreamEvent> events = new TreeMap<>();
    private StreamEvent done;
    /** Catch-ups of this job whose earlier results have not come yet. */
    private int awaited;
    private boolean pausedUntilDrained;

    /** Holds a numbered result or the done event; returns false for any other event. */
    private boolean buffer(StreamEvent event) {
      Integer seq = event.json().getInteger("seq");
      if (seq != null) {
        events.putIfAbsent(seq, event);
      } else if ("job".equals(event.json().getString("type"))) {
        done = event;
      } else {
        return false;
      }
      return true;
    }
  }

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
   * again, even if it was sent, or skipped as missed, before. Asked again while an earlier
   * catch-up of the job is still under way, the two share one buffer: nothing either holds is
   * dropped, and sending waits for the later one's earlier results.
   */
  CatchUp startCatchUp(String jobId, int after) {
    jobs.add(jobId);
    lastSeq.put(jobId, after);
    doneSent.remove(jobId);
    CatchUp catchUp = catchingUp.computeIfAbsent(jobId, id -> new CatchUp());
    catchUp.awaited++;
    return catchUp;
  }

  /** The store could not answer {@code catchUp}: the job is dropped, unless that catch-up has ended already. */
  void failCatchUp(String jobId, CatchUp catchUp) {
    if (catchingUp.get(jobId) == catchUp) {
      removeJob(jobId);
    }
  }

  /**
   * Adds the earlier events to the buffer and, once no other catch-up of the job is awaited,
   * sends it in {@code seq} order, each once, then the done event. Pauses whenever the
   * subscriber's queue is full and goes on when it drains, live events queuing behind;
   * {@code failed} runs if the subscriber fails meanwhile. Returns false when it failed right away.
   */
  boolean finishCatchUp(String jobId, CatchUp catchUp, List<JsonObject> earlier, JsonObject doneEvent, Runnable failed) {
    if (catchingUp.get(jobId) != catchUp) {
      return true; // unsubscribed meanwhile
    }
    catchUp.awaited--;
    for (JsonObject event : earlier) {
      catchUp.buffer(new StreamEvent(event));
    }
    if (doneEvent != null) {
      catchUp.done = new StreamEvent(doneEvent);
    }
    return sendCatchUp(jobId, catchUp, failed);
  }

  private boolean sendCatchUp(String jobId, CatchUp catchUp, Runnable failed) {
    if (catchingUp.get(jobId) != catchUp || catchUp.awaited > 0 || catchUp.pausedUntilDrained) {
      return true; // unsubscribed meanwhile, or another catch-up's reply will send it, or already waiting
    }
    while (!catchUp.events.isEmpty()) {
      if (!subscriber.hasRoom()) {
        catchUp.pausedUntilDrained = true;
        subscriber.whenDrained(() -> {
          catchUp.pausedUntilDrained = false;
          if (!sendCatchUp(jobId, catchUp, failed)) {
            failed.run();
          }
        });
        return true;
      }
      if (!deliver(catchUp.events.pollFirstEntry().getValue())) {
        return false;
      }
    }
    catchingUp.remove(jobId);
    return catchUp.done == null || deliver(catchUp.done);
  }

  /** Offers a live event; returns false when the subscriber failed to take it. */
  boolean offer(StreamEvent event, String host) {
    String jobId = event.json().getString("jobId");
    CatchUp catchUp = catchingUp.get(jobId);
    if (catchUp != null && catchUp.buffer(event)) {
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
