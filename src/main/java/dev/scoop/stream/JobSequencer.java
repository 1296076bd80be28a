package dev.scoop.stream;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Puts each job's live events in {@code seq} order, with no gap and no repeat, before the hub
 * hands them out. On one node they already come in order. In a cluster, results of one job
 * are published by several nodes and may cross; and a node that dies between numbering a
 * result and publishing it leaves a gap. So an event that comes early waits, and a gap still
 * open after {@value #REPAIR_DELAY_MS} ms (or a {@code sync} from the cluster's recovery) is
 * filled from the stored results; a result numbered when the store was read that it no longer
 * has (expired) is skipped. One numbered after that read is never skipped, though a later one
 * came live meanwhile: the two may have crossed on the bus, so it waits. The done event
 * goes out after the job's last result. Bounded: at most {@value #MAX_JOBS} jobs are tracked
 * (least recently active dropped) and {@value #MAX_WAITING} early events per job (beyond,
 * the gap is repaired at once). Not thread-safe: used on the hub's event loop.
 */
final class JobSequencer {
  private static final Logger LOG = Logger.getLogger(JobSequencer.class.getName());
  static final long REPAIR_DELAY_MS = 1000;
  static final int MAX_JOBS = 10_000;
  static final int MAX_WAITING = 10_000;
  /** Stands in the waiting events for a result the store no longer has: the stream moves past it. */
  private static final JsonObject EXPIRED = new JsonObject();
  private final Vertx vertx;
  /** Fetches a job's stored results after a seq: the reply of the jobs' {@code results} operation. */
  private final BiFunction<String, Integer, Future<JsonObject>> stored;
  private final Consumer<JsonObject> out;
  private final Predicate<String> wanted;
  private final Map<String, Track> tracks = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Track> eldest) {
      return size() > MAX_JOBS;
    }
  };

  private static final class Track {
    int next = 1;
    final TreeMap<Integer, JsonObject> waiting = new TreeMap<>();
    JsonObject done;
    boolean finished;
    boolean repairing;
    long timer = -1;
  }

  /** {@code wanted}: whether a subscriber here wants a job, so that a sync for a job not seen yet is acted on. */
  JobSequencer(Vertx vertx, BiFunction<String, Integer, Future<JsonObject>> stored, Consumer<JsonObject> out,
               Predicate<String> wanted) {
    this.vertx = vertx;
    this.stored = stored;
    this.out = out;
    this.wanted = wanted;
  }

  /** A live event from the bus: a result, a job (done) event, or a sync. */
  void accept(JsonObject event) {
    String jobId = event.getString("jobId");
    Integer seq = event.getInteger("seq");
    String type = event.getString("type");
    if (jobId == null || "result".equals(type) && seq == null) {
      out.accept(event);
      return;
    }
    if ("sync".equals(type)) {
      Track track = tracks.get(jobId);
      if (track == null && wanted.test(jobId)) {
        track = new Track();
        tracks.put(jobId, track);
      }
      if (track != null) {
        repair(jobId, track);
      }
      return;
    }
    Track track = tracks.computeIfAbsent(jobId, id -> new Track());
    if (track.finished) {
      return;
    }
    if ("job".equals(type)) {
      track.done = event;
    } else if (seq >= track.next) {
      track.waiting.put(seq, event);
    }
    drain(jobId, track);
  }

  private void drain(String jobId, Track track) {
    while (!track.waiting.isEmpty() && track.waiting.firstKey() <= track.next) {
      Map.Entry<Integer, JsonObject> first = track.waiting.pollFirstEntry();
      if (first.getKey() == track.next) {
        track.next++;
        if (first.getValue() != EXPIRED) {
          out.accept(first.getValue());
        }
      }
    }
    if (track.done != null && track.next > track.done.getInteger("total", 0)) {
      track.finished = true;
      track.waiting.clear();
      cancelTimer(track);
      out.accept(track.done);
      return;
    }
    if (track.waiting.isEmpty() && track.done == null) {
      cancelTimer(track);
    } else if (track.waiting.size() > MAX_WAITING) {
      repair(jobId, track);
    } else if (track.timer < 0) {
      track.timer = vertx.setTimer(REPAIR_DELAY_MS, id -> {
        track.timer = -1;
        repair(jobId, track);
      });
    }
  }

  /** Fills the gap from the stored results; skips what the store no longer has. */
  private void repair(String jobId, Track track) {
    if (track.repairing || track.finished) {
      return;
    }
    track.repairing = true;
    cancelTimer(track);
    int from = track.next;
    stored.apply(jobId, from - 1).onComplete(ar -> {
      track.repairing = false;
      if (track.finished) {
        return; // the live events ended the job while the store was read: its done event is out
      }
      if (ar.succeeded()) {
        JsonArray events = ar.result().getJsonArray("events", new JsonArray());
        for (int i = 0; i < events.size(); i++) {
          JsonObject e = events.getJsonObject(i);
          if (e.getInteger("seq") >= track.next) {
            track.waiting.put(e.getInteger("seq"), e);
          }
        }
        JsonObject doneEvent = ar.result().getJsonObject("doneEvent");
        if (doneEvent != null) {
          track.done = doneEvent;
        }
        markExpired(jobId, track, ar.result().getInteger("last", 0));
      }
      drain(jobId, track);
    });
  }

  /**
   * After a repair, each seq up to {@code last} (the highest one given when the store was read)
   * that neither the store nor the bus brought is gone: it expired past the retention bounds.
   * Seqs above {@code last} are left to come, even below an early event.
   */
  private static void markExpired(String jobId, Track track, int last) {
    int expired = 0;
    for (int seq = track.next; seq <= last; seq++) {
      if (track.waiting.putIfAbsent(seq, EXPIRED) == null) {
        expired++;
      }
    }
    if (expired > 0) {
      LOG.warning("job " + jobId + ": " + expired + " results between seq " + track.next + " and " + last
          + " are no longer stored; the stream moves past them");
    }
  }

  private void cancelTimer(Track track) {
    if (track.timer >= 0) {
      vertx.cancelTimer(track.timer);
      track.timer = -1;
    }
  }
}
