package dev.scoop.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Per-job ordering of live events, with gaps filled from the store and lost ones skipped. */
@ExtendWith(VertxExtension.class)
class JobSequencerTest {
  private final List<JsonObject> out = new ArrayList<>();
  /** The job's stored results, by seq (what the job owner would answer). */
  private final TreeMap<Integer, JsonObject> store = new TreeMap<>();
  private JsonObject storedDone;
  /** The highest seq the job owner has given; results below it missing from the store expired. */
  private int lastNumbered;
  private int storeCalls;

  private static JsonObject result(int seq) {
    return new JsonObject().put("type", "result").put("jobId", "j").put("seq", seq).put("url", "u" + seq);
  }

  /** The cluster's recovery asking every hub to check the job. */
  private static JsonObject sync() {
    return new JsonObject().put("type", "sync").put("jobId", "j");
  }

  private static JsonObject done(int total) {
    return new JsonObject().put("type", "job").put("jobId", "j").put("state", "done").put("total", total);
  }

  private JobSequencer sequencer(Vertx vertx) {
    return new JobSequencer(vertx, (jobId, after) -> {
      storeCalls++;
      JsonArray events = new JsonArray();
      store.forEach((seq, e) -> {
        if (seq > after) {
          events.add(e);
        }
      });
      int last = Math.max(lastNumbered, store.isEmpty() ? 0 : store.lastKey());
      JsonObject reply = new JsonObject().put("events", events).put("last", last);
      if (storedDone != null) {
        reply.put("doneEvent", storedDone);
      }
      return Future.succeededFuture(reply);
    }, out::add, jobId -> true);
  }

  private List<Object> seqs() {
    return out.stream().map(e -> e.getValue("seq", e.getString("type"))).toList();
  }

  @Test
  void crossedEventsGoOutInOrderWithoutAskingTheStore(Vertx vertx) {
    JobSequencer s = sequencer(vertx);
    s.accept(result(2));
    s.accept(done(3));
    s.accept(result(1));
    s.accept(result(3));
    s.accept(result(3));
    assertEquals(List.of(1, 2, 3, "job"), seqs());
    assertEquals(0, storeCalls);
  }

  @Test
  void aGapNobodyFillsIsFetchedFromTheStore(Vertx vertx, VertxTestContext ctx) {
    JobSequencer s = sequencer(vertx);
    store.put(1, result(1));
    store.put(2, result(2));
    store.put(3, result(3));
    s.accept(result(1));
    s.accept(result(3)); // 2 was numbered by a node that died before publishing it
    assertEquals(List.of(1), seqs());
    vertx.setTimer(JobSequencer.REPAIR_DELAY_MS + 300, t -> ctx.verify(() -> {
      assertEquals(List.of(1, 2, 3), seqs());
      ctx.completeNow();
    }));
  }

  @Test
  void aSyncDeliversALastResultAndDoneEventThatWereNeverPublished(Vertx vertx) {
    JobSequencer s = sequencer(vertx);
    store.put(1, result(1));
    store.put(2, result(2));
    storedDone = done(2);
    s.accept(result(1));
    s.accept(sync());
    assertEquals(List.of(1, 2, "job"), seqs());
    s.accept(result(2));
    s.accept(done(2));
    assertEquals(List.of(1, 2, "job"), seqs(), "late copies are dropped");
  }

  @Test
  void aResultNumberedAfterTheStoreWasReadIsNotSkippedWhenALaterOneOvertakesIt(Vertx vertx) {
    Promise<JsonObject> reply = Promise.promise();
    JobSequencer s = new JobSequencer(vertx, (jobId, after) -> reply.future(), out::add, jobId -> true);
    s.accept(result(1));
    s.accept(sync()); // a member left: the store is read
    s.accept(result(3)); // 2 and 3 were numbered after that read, on two nodes; 3 crossed 2 on the bus
    reply.complete(new JsonObject().put("events", new JsonArray().add(result(1))).put("last", 1));
    assertEquals(List.of(1), seqs(), "2 is on its way, not lost");
    s.accept(result(2));
    assertEquals(List.of(1, 2, 3), seqs());
  }

  @Test
  void expiredResultsAreSkippedWhereverTheyFall(Vertx vertx) {
    JobSequencer s = sequencer(vertx);
    store.put(3, result(3));
    store.put(5, result(5)); // 2 and 4 expired from the store
    lastNumbered = 6; // 6 too, the last given
    s.accept(result(1));
    s.accept(result(5));
    s.accept(sync());
    assertEquals(List.of(1, 3, 5), seqs());
    s.accept(result(7));
    assertEquals(List.of(1, 3, 5, 7), seqs());
  }

  @Test
  void aResultTheStoreNoLongerHasIsSkipped(Vertx vertx) {
    JobSequencer s = sequencer(vertx);
    store.put(3, result(3)); // 1 and 2 expired from the store
    s.accept(result(3));
    s.accept(sync());
    assertEquals(List.of(3), seqs());
  }

  /**
   * Two nodes numbering one job's results: each published result crosses others on the bus
   * (delivered in a random order among the oldest few in flight), some are never published (their
   * node died), and store reads answer late, taken at the moment they were asked. Whatever the
   * interleaving, every result goes out once, in order, then the done event.
   */
  @Test
  void crossingEventsLostPublishesAndLateStoreReadsStillGiveEveryResultOnceInOrder(Vertx vertx, VertxTestContext ctx) {
    vertx.runOnContext(v -> ctx.verify(() -> { // one event-loop task: the sequencer's timers cannot interleave
      for (int seed = 0; seed < 300; seed++) {
        simulate(vertx, new Random(seed), 200);
      }
      ctx.completeNow();
    }));
  }

  private static void simulate(Vertx vertx, Random random, int total) {
    List<JsonObject> sent = new ArrayList<>();
    TreeMap<Integer, JsonObject> stored = new TreeMap<>();
    int[] numbered = {0};
    List<JsonObject> inFlight = new ArrayList<>();
    List<Runnable> unanswered = new ArrayList<>();
    JobSequencer s = new JobSequencer(vertx, (jobId, after) -> {
      // the reply is the store as it is now, answered later
      JsonArray events = new JsonArray();
      stored.tailMap(after, false).values().forEach(events::add);
      JsonObject reply = new JsonObject().put("events", events).put("last", numbered[0]);
      if (numbered[0] == total) {
        reply.put("doneEvent", done(total));
      }
      Promise<JsonObject> answer = Promise.promise();
      unanswered.add(() -> answer.complete(reply));
      return answer.future();
    }, sent::add, jobId -> true);
    while (numbered[0] < total || !inFlight.isEmpty() || !unanswered.isEmpty()) {
      int move = random.nextInt(10);
      if (move < 4 && numbered[0] < total) {
        JsonObject r = result(++numbered[0]);
        stored.put(numbered[0], r);
        if (random.nextInt(20) > 0) { // one in twenty is numbered by a node that dies before publishing it
          inFlight.add(r);
        }
        if (numbered[0] == total) {
          inFlight.add(done(total));
        }
      } else if (move < 8 && !inFlight.isEmpty()) {
        s.accept(inFlight.remove(random.nextInt(Math.min(3, inFlight.size()))));
      } else if (move == 8) {
        s.accept(sync());
      } else if (!unanswered.isEmpty()) {
        unanswered.remove(random.nextInt(unanswered.size())).run();
      }
    }
    s.accept(sync()); // the recovery's sync after the death
    while (!unanswered.isEmpty()) {
      unanswered.remove(0).run();
    }
    List<Object> expected = new ArrayList<>();
    for (int seq = 1; seq <= total; seq++) {
      expected.add(seq);
    }
    expected.add("job");
    assertEquals(expected, sent.stream().map(e -> e.getValue("seq", e.getString("type"))).toList());
  }
}
