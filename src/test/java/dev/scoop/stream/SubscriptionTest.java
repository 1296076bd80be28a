package dev.scoop.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A catch-up goes out as fast as the client reads: it waits while the client's queue is full;
 * and a job asked for again during its catch-up loses nothing either one holds.
 */
class SubscriptionTest {
  /** A client whose queue holds {@code room} events until it is drained; what it cannot hold is skipped, as a lagging socket's is. */
  private static final class SlowClient implements Subscriber {
    final List<Integer> received = new ArrayList<>();
    final List<Integer> skipped = new ArrayList<>();
    final List<Runnable> waiting = new ArrayList<>();
    int room;

    SlowClient(int room) {
      this.room = room;
    }

    @Override
    public boolean send(StreamEvent event) {
      int seq = event.json().getInteger("seq", 0);
      if (room == 0) {
        skipped.add(seq);
      } else {
        room--;
        received.add(seq);
      }
      return true;
    }

    @Override
    public void goAway() {}

    @Override
    public boolean hasRoom() {
      return room > 0;
    }

    @Override
    public void whenDrained(Runnable then) {
      waiting.add(then);
    }

    void drain(int freed) {
      room += freed;
      List<Runnable> now = new ArrayList<>(waiting);
      waiting.clear();
      now.forEach(Runnable::run);
    }
  }

  /** The callback for a subscriber that fails: none of these clients ever does. */
  private static final Runnable NO_FAILURE = () -> {
    throw new AssertionError("the subscriber failed");
  };

  private static JsonObject result(int seq) {
    return new JsonObject().put("type", "result").put("jobId", "j").put("seq", seq);
  }

  private static JsonObject done(int total) {
    return new JsonObject().put("type", "job").put("jobId", "j").put("total", total);
  }

  @Test
  void aCatchUpLargerThanTheClientsQueueWaitsForItAndLiveEventsQueueBehind() {
    SlowClient client = new SlowClient(3);
    Subscription sub = new Subscription(client);
    Subscription.CatchUp c0 = sub.startCatchUp("j", 0);
    List<JsonObject> earlier = results(1, 10);
    boolean[] failed = {false};
    assertTrue(sub.finishCatchUp("j", c0, earlier, null, () -> failed[0] = true));
    assertEquals(List.of(1, 2, 3), client.received, "what the queue holds, then a pause");
    sub.offer(new StreamEvent(result(11)), null);
    while (!client.waiting.isEmpty()) {
      client.drain(3);
    }
    sub.offer(new StreamEvent(done(11)), null);
    List<Integer> expected = new ArrayList<>(IntStream.rangeClosed(1, 11).boxed().toList());
    expected.add(0); // the done event (no seq), last
    assertEquals(expected, client.received, "all, in order, once, then the done event");
    assertEquals(List.of(), client.skipped, "nothing skipped");
    assertFalse(failed[0]);
  }

  private static List<JsonObject> results(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(SubscriptionTest::result).toList();
  }

  @Test
  void aJobAskedForAgainDuringItsCatchUpLosesNoLiveEvent() {
    SlowClient client = new SlowClient(100);
    Subscription sub = new Subscription(client);
    Subscription.CatchUp c0 = sub.startCatchUp("j", 0); // the store is read: results 1-4
    sub.offer(new StreamEvent(result(5)), null); // numbered after that read: only this buffer has it
    Subscription.CatchUp c2 = sub.startCatchUp("j", 2); // the client asks again (a lagged frame) before the first reply
    assertTrue(sub.finishCatchUp("j", c0, results(1, 4), null, NO_FAILURE));
    assertEquals(List.of(), client.received, "nothing goes out while the second catch-up is awaited");
    sub.offer(new StreamEvent(result(6)), null);
    assertTrue(sub.finishCatchUp("j", c2, results(3, 5), null, NO_FAILURE));
    sub.offer(new StreamEvent(result(7)), null);
    assertEquals(List.of(3, 4, 5, 6, 7), client.received, "everything after 2, in order, once");
  }

  @Test
  void aJobAskedForAgainWhileItsCatchUpWaitsForRoomResendsFromTheNewPoint() {
    SlowClient client = new SlowClient(2);
    Subscription sub = new Subscription(client);
    Subscription.CatchUp c0 = sub.startCatchUp("j", 0);
    assertTrue(sub.finishCatchUp("j", c0, results(1, 6), null, NO_FAILURE));
    assertEquals(List.of(1, 2), client.received, "paused: the queue is full");
    Subscription.CatchUp c1 = sub.startCatchUp("j", 1); // asked again after 1 while paused
    sub.offer(new StreamEvent(result(7)), null);
    client.drain(2); // the pause ends while the second reply is awaited: nothing is sent out of turn
    assertEquals(List.of(1, 2), client.received);
    assertTrue(sub.finishCatchUp("j", c1, results(2, 7), null, NO_FAILURE));
    while (!client.waiting.isEmpty() || client.room == 0) {
      client.drain(2);
    }
    sub.offer(new StreamEvent(done(7)), null);
    assertEquals(List.of(1, 2, 2, 3, 4, 5, 6, 7, 0), client.received, "2 again, as asked, then the rest and the done event");
    assertEquals(List.of(), client.skipped);
  }

  @Test
  void aReplyToACatchUpThatEndedIsNotTakenForTheNextOnes() {
    SlowClient client = new SlowClient(100);
    Subscription sub = new Subscription(client);
    Subscription.CatchUp first = sub.startCatchUp("j", 0);
    sub.removeJob("j"); // unsubscribed before the store answered
    Subscription.CatchUp second = sub.startCatchUp("j", 3); // and subscribed again
    sub.offer(new StreamEvent(result(6)), null);
    assertTrue(sub.finishCatchUp("j", first, results(1, 4), null, NO_FAILURE));
    sub.failCatchUp("j", first);
    assertEquals(List.of(), client.received, "the first reply neither sends nor ends the second catch-up");
    assertTrue(sub.finishCatchUp("j", second, results(4, 5), null, NO_FAILURE));
    assertEquals(List.of(4, 5, 6), client.received);
  }

  /** A subscribe whose store reply is on its way: the store is read at some moment, then answered later. */
  private static final class PendingReply {
    final Subscription.CatchUp catchUp;
    final int after;
    List<JsonObject> events;
    JsonObject done;

    PendingReply(Subscription.CatchUp catchUp, int after) {
      this.catchUp = catchUp;
      this.after = after;
    }
  }

  /**
   * A careful client of one job under every interleaving: results are stored, then come live in
   * order; store reads happen at any moment between a subscribe and its reply; the client's queue
   * fills and drains; what it skips it asks for again from the first seq it missed (as after a
   * lagged frame), and now and then it unsubscribes and subscribes again after the last result it
   * holds (as after a reconnect). In the end it holds every result, and since its last subscribe
   * they came in order, then the done event.
   */
  @Test
  void aCarefulClientEndsWithEveryResultWhateverTheInterleaving() {
    for (int seed = 0; seed < 500; seed++) {
      simulate(new Random(seed), 60);
    }
  }

  private static void simulate(Random random, int total) {
    SlowClient client = new SlowClient(1 + random.nextInt(6));
    Subscription sub = new Subscription(client);
    List<PendingReply> pending = new ArrayList<>();
    int[] stored = {0};
    int offered = 0;
    int lastSubscribeAt = 0;
    pending.add(new PendingReply(sub.startCatchUp("j", 0), 0));
    for (int step = 0; step < 100_000; step++) {
      boolean settled = stored[0] == total && offered == total && pending.isEmpty() && client.skipped.isEmpty()
          && client.waiting.isEmpty();
      if (settled) {
        break;
      }
      int move = random.nextInt(12);
      if (move < 2 && stored[0] < total) {
        stored[0]++;
      } else if (move < 4 && offered < stored[0]) {
        sub.offer(new StreamEvent(result(++offered)), null);
        if (offered == total) {
          sub.offer(new StreamEvent(done(total)), null);
        }
      } else if (move < 6 && !pending.isEmpty()) {
        PendingReply reply = pending.get(random.nextInt(pending.size()));
        if (reply.events == null) { // the store is read now
          reply.events = results(reply.after + 1, stored[0]);
          reply.done = stored[0] == total ? done(total) : null;
        } else {
          pending.remove(reply);
          sub.finishCatchUp("j", reply.catchUp, reply.events, reply.done, NO_FAILURE);
        }
      } else if (move < 9) {
        client.drain(1 + random.nextInt(4));
      } else if (move < 11 && !client.skipped.isEmpty() && client.room > 0) {
        // the lagged frame: ask again from the first seq missed
        int first = client.skipped.stream().filter(seq -> seq > 0).min(Integer::compare).orElse(total + 1);
        int after = Math.min(first - 1, contiguous(client.received));
        client.skipped.clear();
        lastSubscribeAt = client.received.size();
        pending.add(new PendingReply(sub.startCatchUp("j", after), after));
      } else if (move == 11 && random.nextInt(8) == 0) {
        // a reconnect: unsubscribe, then subscribe after the last result held without a gap
        sub.removeJob("j");
        client.skipped.clear();
        int after = contiguous(client.received);
        lastSubscribeAt = client.received.size();
        pending.add(new PendingReply(sub.startCatchUp("j", after), after));
      }
    }
    assertTrue(pending.isEmpty() && client.waiting.isEmpty() && offered == total, "the run settled");
    List<Integer> all = client.received;
    for (int seq = 1; seq <= total; seq++) {
      assertTrue(all.contains(seq), "seq " + seq + " never arrived: " + all);
    }
    List<Integer> sinceLast = all.subList(lastSubscribeAt, all.size());
    for (int k = 1; k < sinceLast.size() - 1; k++) {
      assertTrue(sinceLast.get(k) > sinceLast.get(k - 1), "out of order or repeated since the last subscribe: " + sinceLast);
    }
    assertEquals(0, all.get(all.size() - 1), "the done event comes last: " + all);
  }

  /** The highest seq such that every seq up to it was received. */
  private static int contiguous(List<Integer> received) {
    Set<Integer> got = new HashSet<>(received);
    int n = 0;
    while (got.contains(n + 1)) {
      n++;
    }
    return n;
  }
}
