package dev.scoop.cluster;

import com.hazelcast.collection.IQueue;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import io.vertx.core.Context;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes tasks from the cluster's work queue, never more than this node has free slots for, and
 * hands each to {@code runner} on the verticle's context. Pulling, rather than being sent work,
 * is what spreads the load: a busy node takes nothing until a slot frees up, so idle nodes
 * take the rest. One thread, which blocks only on the queue.
 */
final class WorkPuller {
  private static final Logger LOG = Logger.getLogger(WorkPuller.class.getName());
  private static final long POLL_MS = 500;
  private final IQueue<String> queue;
  private final Semaphore slots;
  private final Context context;
  private final Consumer<String> runner;
  private final Thread thread;
  private volatile boolean running = true;

  WorkPuller(IQueue<String> queue, int slots, Context context, Consumer<String> runner) {
    this.queue = queue;
    this.slots = new Semaphore(slots);
    this.context = context;
    this.runner = runner;
    this.thread = new Thread(this::loop, "scoop-work-puller");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Frees the slot of a task that has finished (or turned out not to be this node's). */
  void done() {
    slots.release();
  }

  /** Stops taking work; tasks already taken still run. Returns within one poll interval. */
  void stop() throws InterruptedException {
    running = false;
    thread.join(POLL_MS * 4);
  }

  private void loop() {
    while (running) {
      try {
        if (!slots.tryAcquire(POLL_MS, TimeUnit.MILLISECONDS)) {
          continue;
        }
        String item = running ? queue.poll(POLL_MS, TimeUnit.MILLISECONDS) : null;
        if (item == null) {
          slots.release();
        } else {
          context.runOnContext(v -> runner.accept(item));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (HazelcastInstanceNotActiveException e) {
        return;
      } catch (RuntimeException e) {
        // Partition migration or a lost member can fail one poll; the queue is still there.
        LOG.log(Level.WARNING, "cannot take work from the cluster queue; retrying", e);
        slots.release();
        sleepQuietly();
      }
    }
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(POLL_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
