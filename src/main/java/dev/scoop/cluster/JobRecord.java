package dev.scoop.cluster;

import dev.scoop.pipeline.JobSummary;
import dev.scoop.pipeline.TaskResult;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * A job as the cluster keeps it: per task its state (queued, running on a member, done) and,
 * in commit order, which task got which sequence number. The URLs and results live in their
 * own maps, so that this record stays a few bytes per task: every state change rewrites it
 * atomically through an entry processor on the member that owns it (and its backup).
 */
final class JobRecord implements Serializable {
  private static final long serialVersionUID = 2L;
  static final byte QUEUED = 0;
  static final byte RUNNING = 1;
  static final byte DONE = 2;
  final String id;
  final boolean force;
  final long createdAt;
  long finishedAt;
  final byte[] state;
  final String[] runner;
  /** The run that claimed, then committed, each task: runs are numbered by their member, never 0. */
  final long[] run;
  /** order[seq - 1] = the task that got {@code seq}. */
  final int[] order;
  int ok;
  int duplicate;
  int error;

  JobRecord(String id, int total, boolean force, long createdAt) {
    this.id = id;
    this.force = force;
    this.createdAt = createdAt;
    this.state = new byte[total];
    this.runner = new String[total];
    this.run = new long[total];
    this.order = new int[total];
  }

  int total() {
    return state.length;
  }

  int completed() {
    return ok + duplicate + error;
  }

  boolean isDone() {
    return completed() == total();
  }

  /**
   * Marks a queued task as running on {@code member}, for its run {@code run} (a number the
   * member gives each run); false if it is running or done already. The same claim asked again
   * (a retry after a lost reply, or Hazelcast running the processor a second time after a
   * member left) is true again: the task is that run's, which would otherwise never run it.
   */
  boolean claim(int index, String member, long run) {
    if (index < 0 || index >= state.length) {
      return false;
    }
    if (isRunningOn(index, member) && this.run[index] == run) {
      return true;
    }
    if (state[index] != QUEUED) {
      return false;
    }
    state[index] = RUNNING;
    runner[index] = member;
    this.run[index] = run;
    return true;
  }

  /**
   * Marks a task done and numbers it; returns its seq, or 0 when another run committed it. The
   * same commit asked again (see {@link #claim}) gets the seq it was given.
   */
  int commit(int index, String status, long now, long run) {
    if (index < 0 || index >= state.length) {
      return 0;
    }
    if (state[index] == DONE) {
      return this.run[index] == run ? seqOf(index) : 0;
    }
    state[index] = DONE;
    runner[index] = null;
    this.run[index] = run;
    int seq = completed() + 1;
    order[seq - 1] = index;
    switch (status) {
      case TaskResult.OK: ok++; break;
      case TaskResult.DUPLICATE: duplicate++; break;
      default: error++;
    }
    if (isDone()) {
      finishedAt = now;
    }
    return seq;
  }

  private int seqOf(int index) {
    for (int i = 0; i < completed(); i++) {
      if (order[i] == index) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Puts the tasks running on members not in {@code alive} back in the queued state; returns them. */
  int[] release(Set<String> alive) {
    return requeue(tasksWhere(i -> state[i] == RUNNING && !alive.contains(runner[i])));
  }

  /** The tasks running on {@code member}. */
  int[] runningOn(String member) {
    return tasksWhere(i -> isRunningOn(i, member));
  }

  /** Puts those of {@code tasks} that still run on {@code member} back in the queued state; returns them. */
  int[] release(String member, int[] tasks) {
    return requeue(IntStream.of(tasks).filter(i -> i >= 0 && i < state.length && isRunningOn(i, member)).toArray());
  }

  int[] queued() {
    return tasksWhere(i -> state[i] == QUEUED);
  }

  private boolean isRunningOn(int index, String member) {
    return state[index] == RUNNING && member.equals(runner[index]);
  }

  private int[] tasksWhere(IntPredicate test) {
    return IntStream.range(0, state.length).filter(test).toArray();
  }

  /** Puts {@code tasks} back in the queued state; returns them. */
  private int[] requeue(int[] tasks) {
    for (int i : tasks) {
      state[i] = QUEUED;
      runner[i] = null;
    }
    return tasks;
  }

  /** The tasks with sequence numbers {@code after + 1} to the last, in order. */
  int[] tasksAfter(int after) {
    int from = Math.max(0, Math.min(after, completed()));
    return Arrays.copyOfRange(order, from, completed());
  }

  JobSummary summary() {
    return new JobSummary(id, total(), ok, duplicate, error, Instant.ofEpochMilli(createdAt),
        finishedAt == 0 ? null : Instant.ofEpochMilli(finishedAt));
  }
}
