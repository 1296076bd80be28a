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
  @Test
  void aTaskRunsOnOneMemberAndCommitsOnce() {
    JobRecord job = new JobRecord("j", 3, false, 1);
    assertTrue(job.claim(1, "a"));
    assertFalse(job.claim(1, "b"), "a running task cannot be claimed again");
    assertEquals(1, job.commit(1, "ok", 10));
    assertEquals(0, job.commit(1, "error", 11), "a second commit of a task is refused");
    assertFalse(job.claim(1, "b"), "a done task cannot be claimed");
    assertEquals(2, job.commit(0, "duplicate", 12), "a queued task may be committed (a result stored by a dead member)");
    assertFalse(job.isDone());
    assertEquals(3, job.commit(2, "error", 13));
    assertTrue(job.isDone());
    assertEquals(13, job.finishedAt);
    assertArrayEquals(new int[] {0, 2}, job.tasksAfter(1), "seq 2 and 3 are tasks 0 and 2");
    assertEquals(1, job.summary().ok());
    assertEquals(1, job.summary().duplicate());
    assertEquals(1, job.summary().error());
  }

  @Test
  void tasksOfAMemberThatLeftGoBackToTheQueue() {
    JobRecord job = new JobRecord("j", 4, false, 1);
    job.claim(0, "dead");
    job.claim(1, "alive");
    job.claim(2, "dead");
    job.commit(2, "ok", 5);
    assertArrayEquals(new int[] {0}, job.release(Set.of("alive")), "only the dead member's unfinished task");
    assertArrayEquals(new int[] {0, 3}, job.queued());
    assertTrue(job.claim(0, "alive"), "a released task can be claimed again");
  }

  @Test
  void aClaimAskedAgainAfterALostReplyFindsTheTaskItsOwn() {
    JobRecord job = new JobRecord("j", 2, false, 1);
    assertTrue(job.claim(0, "a")); // applied on the record's owner; say its reply never reached a
    assertFalse(job.claim(0, "a"), "a first claim of a running task fails, even by its runner");
    assertTrue(job.claim(0, "a", true), "asked again, the task is a's own");
    assertFalse(job.claim(0, "b", true), "another member's retry does not take it");
    assertTrue(job.claim(1, "b", true), "a retry of a claim that never landed claims the queued task");
    job.commit(0, "ok", 2);
    assertFalse(job.claim(0, "a", true), "a done task is no one's");
  }

  @Test
  void entryProcessorsChangeTheStoredRecordOnlyWhenTheyChangeSomething() {
    Map.Entry<String, JobRecord> entry = new AbstractMap.SimpleEntry<>("j", new JobRecord("j", 2, false, 1));
    assertTrue(new JobUpdates.Claim(0, "a", false).process(entry));
    assertFalse(new JobUpdates.Claim(0, "b", false).process(entry));
    assertTrue(new JobUpdates.Claim(0, "a", true).process(entry), "a's retried claim finds its own task");
    JobUpdates.Committed first = new JobUpdates.Commit(0, "ok", 2).process(entry);
    assertEquals(1, first.seq());
    assertEquals(0, new JobUpdates.Commit(0, "ok", 3).process(entry).seq());
    assertArrayEquals(new int[] {1}, new JobUpdates.Release(Set.of(), true).process(entry), "with allQueued: every queued task");
    assertArrayEquals(new int[0], new JobUpdates.Release(Set.of(), false).process(entry), "nothing was running");
    Map.Entry<String, JobRecord> missing = new AbstractMap.SimpleEntry<>("gone", null);
    assertFalse(new JobUpdates.Claim(0, "a", true).process(missing), "a swept job runs nothing");
    assertEquals(0, new JobUpdates.Commit(0, "ok", 1).process(missing).seq());
  }
}
