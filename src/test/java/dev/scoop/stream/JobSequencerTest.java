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
    s.accept(new JsonObject().put("type", "sync").put("jobId", "j"));
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
    s.accept(new JsonObject().put("type", "sync").put("jobId", "j")); // a member left: the store is read
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
    s.accept(new JsonObject().put("type", "sync").put("jobId", "j"));
    assertEquals(List.of(1, 3, 5), seqs());
    s.accept(result(7));
    assertEquals(List.of(1, 3, 5, 7), seqs());
  }

  @Test
  void aResultTheStoreNoLongerHasIsSkipped(Vertx vertx) {
    JobSequencer s = sequencer(vertx);
    store.put(3, result(3)); // 1 and 2 expired from the store
    s.accept(result(3));
    s.accept(new JsonObject().put("type", "sync").put("jobId", "j"));
    assertEquals(List.of(3), seqs());
  }
}
