package dev.scoop.pipeline;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * All jobs of this node. Bounded: at most {@code maxActiveTasks} unfinished tasks (a new job
 * beyond that is refused with {@link ErrorCode#OVERLOADED}); finished jobs are kept for
 * {@code retainMs} and at most {@code retainJobs} of them (oldest dropped first), so that late
 * subscribers can catch up. Retained results take at most {@code maxBytesPerJob} per job and
 * {@code maxBytes} in all: past either, the oldest results lose their article bodies
 * ({@link Job#trimTo}). Not thread-safe: owned by the {@link JobsVerticle}.
 */
final class JobRegistry {
  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private final int maxActiveTasks;
  private final int retainJobs;
  private final Duration retain;
  private final long maxBytesPerJob;
  private final long maxBytes;
  private int activeTasks;
  private long retainedBytes;

  JobRegistry(int maxActiveTasks, int retainJobs, Duration retain, long maxBytesPerJob, long maxBytes) {
    this.maxActiveTasks = maxActiveTasks;
    this.retainJobs = retainJobs;
    this.retain = retain;
    this.maxBytesPerJob = maxBytesPerJob;
    this.maxBytes = maxBytes;
  }

  /** Creates a job, or throws {@link ScrapeException} ({@code overloaded}) when it would not fit. */
  Job create(List<String> urls) {
    evictFinished(Instant.now());
    if (activeTasks + urls.size() > maxActiveTasks) {
      throw new ScrapeException(ErrorCode.OVERLOADED,
          "node has " + activeTasks + " unfinished URLs; limit is " + maxActiveTasks);
    }
    Job job = new Job(UUID.randomUUID().toString(), urls);
    jobs.put(job.id(), job);
    activeTasks += urls.size();
    return job;
  }

  Job get(String jobId) {
    return jobs.get(jobId);
  }

  /** Completes a task; returns its result event, or null if it was already complete or unknown. */
  JsonObject complete(String jobId, int index, TaskResult result) {
    Job job = jobs.get(jobId);
    if (job == null) {
      return null;
    }
    long before = job.retainedBytes();
    JsonObject event = job.complete(index, result);
    if (event != null) {
      activeTasks--;
      retainedBytes += job.retainedBytes() - before;
      retainedBytes -= job.trimTo(maxBytesPerJob);
      trimOldest();
    }
    return event;
  }

  /** Past the node-wide bound, trims the oldest jobs' retained articles first. */
  private void trimOldest() {
    for (Iterator<Job> it = jobs.values().iterator(); retainedBytes > maxBytes && it.hasNext(); ) {
      Job j = it.next();
      retainedBytes -= j.trimTo(Math.max(0, j.retainedBytes() - (retainedBytes - maxBytes)));
    }
  }

  /** The jobs not done yet (a copy). */
  List<Job> unfinished() {
    List<Job> open = new ArrayList<>();
    for (Job j : jobs.values()) {
      if (!j.isDone()) {
        open.add(j);
      }
    }
    return open;
  }

  long retainedBytes() {
    return retainedBytes;
  }

  int activeTasks() {
    return activeTasks;
  }

  /** Drops finished jobs past their retention; called on create and periodically. */
  void evictFinished(Instant now) {
    int finished = 0;
    for (Job j : jobs.values()) {
      if (j.isDone()) {
        finished++;
      }
    }
    for (Iterator<Job> it = jobs.values().iterator(); it.hasNext(); ) {
      Job j = it.next();
      if (j.isDone() && (finished > retainJobs || j.finishedAt().plus(retain).isBefore(now))) {
        it.remove();
        retainedBytes -= j.retainedBytes();
        finished--;
      }
    }
  }
}
