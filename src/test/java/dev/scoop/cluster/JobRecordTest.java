package dev.scoop.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The job record's state machine, and its entry processors applied as Hazelcast would. */
class JobRecordTest {
  /** A job of {@code total} tasks whose first ones are claimed, task i by {@code members[i]} in its run i + 1. */
  private static JobRecord claimedBy(int total, String... members) {
    JobRecord job = new JobRecord("j", total, false, 1);
    for (int i = 0; i < members.length; i++) {
      assertTrue(job.claim(i, members[i], i + 1));
    }
    return job;
  }

  @Test
  void aTaskRunsOnOneMemberAndCommitsOnce() {
    JobRecord job = new JobRecord("j", 3, false, 1);
    assertTrue(job.claim(1, "a", 1));
    assertFalse(job.claim(1, "b", 1), "a running task cannot be claimed by another member");
    assertFalse(job.claim(1, "a", 2), "nor by another run of the same member (a second copy from the queue)");
    assertEquals(1, job.commit(1, "ok", 10, 1));
    assertEquals(0, job.commit(1, "error", 11, 7), "another run's commit of a done task is refused");
    assertFalse(job.claim(1, "b", 1), "a done task cannot be claimed");
    assertEquals(2, job.commit(0, "duplicate", 12, 3), "a queued task may be committed (a result stored by a dead member)");
    assertFalse(job.isDone());
    assertEquals(3, job.commit(2, "error", 13, 4));
    assertTrue(job.isDone());
    assertEquals(13, job.finishedAt);
    assertArrayEquals(new int[] {0, 2}, job.tasksAfter(1), "seq 2 and 3 are tasks 0 and 2");
    assertEquals(1, job.summary().ok());
    assertEquals(1, job.summary().duplicate());
    assertEquals(1, job.summary().error());
  }

  @Test
  void tasksOfAMemberThatLeftGoBackToTheQueue() {
    JobRecord job = claimedBy(4, "dead", "alive", "dead");
    job.commit(2, "ok", 5, 3);
    assertArrayEquals(new int[] {0}, job.release(Set.of("alive")), "only the dead member's unfinished task");
    assertArrayEquals(new int[] {0, 3}, job.queued());
    assertTrue(job.claim(0, "alive", 2), "a released task can be claimed again");
  }

  @Test
  void theSameClaimOrCommitAppliedTwiceIsTheSameOne() {
    JobRecord job = new JobRecord("j", 2, false, 1);
    assertTrue(job.claim(0, "a", 5)); // applied on the record's owner; say its reply never reached a
    assertTrue(job.claim(0, "a", 5), "asked again (or run again by Hazelcast), the task is that run's");
    assertFalse(job.claim(0, "b", 5), "another member's claim does not take it");
    assertEquals(1, job.commit(0, "ok", 2, 5));
    assertEquals(1, job.commit(0, "ok", 3, 5), "the same commit again gets the seq it was given");
    assertEquals(1, job.completed(), "and counts once");
    assertFalse(job.claim(0, "a", 5), "a done task is no one's");
    assertTrue(job.claim(1, "b", 9));
    assertEquals(2, job.commit(1, "ok", 4, 9));
    assertEquals(2, job.commit(1, "ok", 4, 9));
  }

  @Test
  void tasksClaimedByAMemberThatIsNotRunningThemAreReleased() {
    JobRecord job = claimedBy(4, "me", "me", "other");
    assertArrayEquals(new int[] {0, 1}, job.runningOn("me"));
    job.commit(1, "ok", 3, 2); // finished between the read and the release
    assertArrayEquals(new int[] {0}, job.release("me", new int[] {0, 1, 2}), "only tasks still running on me");
    assertArrayEquals(new int[] {0, 3}, job.queued());
  }

  @Test
  void entryProcessorsChangeTheStoredRecordOnlyWhenTheyChangeSomething() {
    Map.Entry<String, JobRecord> entry = new AbstractMap.SimpleEntry<>("j", new JobRecord("j", 2, false, 1));
    assertTrue(new JobUpdates.Claim(0, "a", 1).process(entry));
    assertFalse(new JobUpdates.Claim(0, "b", 1).process(entry));
    assertTrue(new JobUpdates.Claim(0, "a", 1).process(entry), "a's claim applied again finds its own task");
    assertArrayEquals(new int[] {0}, new JobUpdates.RunningOn("a").process(entry));
    JobUpdates.Committed first = new JobUpdates.Commit(0, "ok", 2, 1).process(entry);
    assertEquals(1, first.seq());
    assertEquals(0, new JobUpdates.Commit(0, "ok", 3, 2).process(entry).seq());
    assertArrayEquals(new int[] {1}, new JobUpdates.Release(Set.of(), true).process(entry), "with allQueued: every queued task");
    assertArrayEquals(new int[0], new JobUpdates.Release(Set.of(), false).process(entry), "nothing was running");
    assertTrue(new JobUpdates.Claim(1, "a", 2).process(entry));
    assertArrayEquals(new int[] {1}, new JobUpdates.ReleaseFrom("a", new int[] {1}).process(entry));
    assertArrayEquals(new int[0], new JobUpdates.ReleaseFrom("a", new int[] {1}).process(entry), "released once");
    Map.Entry<String, JobRecord> missing = new AbstractMap.SimpleEntry<>("gone", null);
    assertFalse(new JobUpdates.Claim(0, "a", 1).process(missing), "a swept job runs nothing");
    assertEquals(0, new JobUpdates.Commit(0, "ok", 1, 1).process(missing).seq());
    assertArrayEquals(new int[0], new JobUpdates.RunningOn("a").process(missing));
  }
}
