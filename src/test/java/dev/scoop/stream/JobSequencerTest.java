package dev.scoop.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Per-job ordering of live events, with gaps filled from the store and lost ones skipped. */
@ExtendWith(VertxExtension.class)
class JobSequencerTest {
  private final List<JsonObject> out = new ArrayList<>();
  /** The job's stored results, by seq (what the job owner would answer). */
  private final Map<Integer, JsonObject> store = new TreeMap<>();
  private JsonObject storedDone;
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
      JsonObject reply = new JsonObject().put("events", events);
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
  void aResultTheStoreNoLongerHasIsSkipped(Vertx vertx) {
    JobSequencer s = sequencer(vertx);
    store.put(3, result(3)); // 1 and 2 expired from the store
    s.accept(result(3));
    s.accept(new JsonObject().put("type", "sync").put("jobId", "j"));
    assertEquals(List.of(3), seqs());
  }
}
