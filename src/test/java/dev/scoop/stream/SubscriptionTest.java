package dev.scoop.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A catch-up goes out as fast as the client reads: it waits while the client's queue is full. */
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

  private static JsonObject result(int seq) {
    return new JsonObject().put("type", "result").put("jobId", "j").put("seq", seq);
  }

  @Test
  void aCatchUpLargerThanTheClientsQueueWaitsForItAndLiveEventsQueueBehind() {
    SlowClient client = new SlowClient(3);
    Subscription sub = new Subscription(client);
    sub.startCatchUp("j", 0);
    List<JsonObject> earlier = IntStream.rangeClosed(1, 10).mapToObj(SubscriptionTest::result).toList();
    boolean[] failed = {false};
    assertTrue(sub.finishCatchUp("j", earlier, null, () -> failed[0] = true));
    assertEquals(List.of(1, 2, 3), client.received, "what the queue holds, then a pause");
    sub.offer(new StreamEvent(result(11)), null);
    while (!client.waiting.isEmpty()) {
      client.drain(3);
    }
    sub.offer(new StreamEvent(new JsonObject().put("type", "job").put("jobId", "j").put("total", 11)), null);
    List<Integer> expected = new ArrayList<>(IntStream.rangeClosed(1, 11).boxed().toList());
    expected.add(0); // the done event (no seq), last
    assertEquals(expected, client.received, "all, in order, once, then the done event");
    assertEquals(List.of(), client.skipped, "nothing skipped");
    assertFalse(failed[0]);
  }
}
