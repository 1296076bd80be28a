package dev.scoop.cluster;

import dev.scoop.pipeline.JobSummary;
import dev.scoop.pipeline.TaskResult;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

/**
 * A job as the cluster keeps it: per task its state (queued, running on a member, done) and,
 * in commit order, which task got which sequence number. The URLs and results live in their
 * own maps, so that this record stays a few bytes per task: every state change rewrites it
 * atomically through an entry processor on the member that owns it (and its backup).
 */
final class JobRecord implements Serializable {
  private static final long serialVersionUID = 1L;
  static final byte QUEUED = 0;
  static final byte RUNNING = 1;
  static final byte DONE = 2;
  final String id;
  final boolean force;
  final long createdAt;
  long finishedAt;
  final byte[] state;
  final String[] runner;
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

  /** Marks a queued task as running on {@code member}; false if it is running or done already. */
  boolean claim(int index, String member) {
    return claim(index, member, false);
  }

  /**
   * Like {@link #claim(int, String)}; {@code again} when {@code member} asks a second time because
   * the reply to its first claim was lost: a task already running on that same member is its own.
   */
  boolean claim(int index, String member, boolean again) {
    if (index < 0 || index >= state.length) {
      return false;
    }
    if (again && state[index] == RUNNING && member.equals(runner[index])) {
      return true;
    }
    if (state[index] != QUEUED) {
      return false;
    }
    state[index] = RUNNING;
    runner[index] = member;
    return true;
  }

  /** Marks a task done and numbers it; returns its seq, or 0 when it was done already. */
  int commit(int index, String status, long now) {
    if (index < 0 || index >= state.length || state[index] == DONE) {
      return 0;
    }
    state[index] = DONE;
    runner[index] = null;
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

  /** Puts the tasks running on members not in {@code alive} back in the queued state; returns them. */
  int[] release(Set<String> alive) {
    int[] released = new int[state.length];
    int n = 0;
    for (int i = 0; i < state.length; i++) {
      if (state[i] == RUNNING && !alive.contains(runner[i])) {
        state[i] = QUEUED;
        runner[i] = null;
        released[n++] = i;
      }
    }
    return Arrays.copyOf(released, n);
  }

  int[] queued() {
    int[] queued = new int[state.length];
    int n = 0;
    for (int i = 0; i < state.length; i++) {
      if (state[i] == QUEUED) {
        queued[n++] = i;
      }
    }
    return Arrays.copyOf(queued, n);
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
