package dev.scoop.cluster;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import dev.scoop.pipeline.JobSummary;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * The atomic changes to a {@link JobRecord}, run by Hazelcast on the member that owns the
 * record and replayed on its backup. Each carries everything it needs (the clock reading
 * too), so the replay gives the same record. A missing record (a job swept away) changes
 * nothing.
 */
final class JobUpdates {
  private JobUpdates() {}

  /** Claims task {@code index} for run {@code run} of {@code member}: true when that run should go on (see {@link JobRecord#claim}). */
  record Claim(int index, String member, long run) implements EntryProcessor<String, JobRecord, Boolean> {
    @Override
    public Boolean process(Map.Entry<String, JobRecord> entry) {
      JobRecord job = entry.getValue();
      if (job == null || !job.claim(index, member, run)) {
        return false;
      }
      entry.setValue(job);
      return true;
    }
  }

  /** What a commit did: the task's seq (0 when someone committed it first) and the job's counts after it. */
  record Committed(int seq, JobSummary summary) implements Serializable {}

  /** Commits the result status of task {@code index} for run {@code run}: the one place where a task becomes done. */
  record Commit(int index, String status, long now, long run) implements EntryProcessor<String, JobRecord, Committed> {
    @Override
    public Committed process(Map.Entry<String, JobRecord> entry) {
      JobRecord job = entry.getValue();
      if (job == null) {
        return new Committed(0, null);
      }
      int seq = job.commit(index, status, now, run);
      if (seq > 0) {
        entry.setValue(job);
      }
      return new Committed(seq, job.summary());
    }
  }

  /**
   * Hands back the tasks running on members not in {@code alive}. Returns the tasks to queue
   * again: those released, and with {@code allQueued} every queued task (a member that died
   * may have taken some from the queue without claiming them yet).
   */
  record Release(Set<String> alive, boolean allQueued) implements EntryProcessor<String, JobRecord, int[]> {
    @Override
    public int[] process(Map.Entry<String, JobRecord> entry) {
      JobRecord job = entry.getValue();
      if (job == null) {
        return new int[0];
      }
      int[] released = job.release(alive);
      if (released.length > 0) {
        entry.setValue(job);
      }
      return allQueued ? job.queued() : released;
    }
  }

  /** The tasks of unfinished jobs running on {@code member}, by job (a read: no record changes). */
  record RunningOn(String member) implements EntryProcessor<String, JobRecord, int[]>, ReadOnly {
    @Override
    public int[] process(Map.Entry<String, JobRecord> entry) {
      JobRecord job = entry.getValue();
      return job == null || job.isDone() ? new int[0] : job.runningOn(member);
    }

    @Override
    public EntryProcessor<String, JobRecord, int[]> getBackupProcessor() {
      return null;
    }
  }

  /** Hands back those of {@code tasks} still running on {@code member}; returns them, to queue again. */
  record ReleaseFrom(String member, int[] tasks) implements EntryProcessor<String, JobRecord, int[]> {
    @Override
    public int[] process(Map.Entry<String, JobRecord> entry) {
      JobRecord job = entry.getValue();
      if (job == null) {
        return new int[0];
      }
      int[] released = job.release(member, tasks);
      if (released.length > 0) {
        entry.setValue(job);
      }
      return released;
    }
  }
}
