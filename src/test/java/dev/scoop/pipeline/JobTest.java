package dev.scoop.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobTest {
  @Test
  void eachTaskCompletesOnceAndResultsAreNumberedInCompletionOrder() {
    Job job = new Job("j", List.of("u0", "u1", "u2"));
    assertEquals(1, job.complete(2, TaskResult.ok("u2", new JsonObject())).getInteger("seq"));
    assertNull(job.complete(2, TaskResult.error("u2", ErrorCode.INTERNAL, "late")), "a second result is ignored");
    assertEquals(2, job.complete(0, TaskResult.duplicate("u0", "u9", null)).getInteger("seq"));
    assertFalse(job.isDone());
    JsonObject last = job.complete(1, TaskResult.error("u1", ErrorCode.HTTP_STATUS, "HTTP 404"));
    assertEquals(3, last.getInteger("seq"));
    assertEquals("u1", last.getString("url"));
    assertEquals("http_status", last.getJsonObject("error").getString("code"));
    assertTrue(job.isDone());
    JsonObject done = job.doneEvent();
    assertEquals(1, done.getInteger("ok"));
    assertEquals(1, done.getInteger("duplicate"));
    assertEquals(1, done.getInteger("error"));
    assertEquals(2, job.eventsAfter(1).size());
  }

  @Test
  void registryRefusesJobsBeyondTheActiveTaskLimit() {
    JobRegistry registry = new JobRegistry(3, 10, Duration.ofHours(1), 1 << 20, 1 << 30);
    Job job = registry.create(List.of("a", "b"));
    ScrapeException e = assertThrows(ScrapeException.class, () -> registry.create(List.of("c", "d")));
    assertEquals(ErrorCode.OVERLOADED, e.code());
    registry.complete(job.id(), 0, TaskResult.ok("a", new JsonObject()));
    registry.create(List.of("c", "d"));
    assertEquals(3, registry.activeTasks());
  }

  @Test
  void finishedJobsAreDroppedBeyondTheRetentionCount() {
    JobRegistry registry = new JobRegistry(100, 1, Duration.ofHours(1), 1 << 20, 1 << 30);
    Job first = registry.create(List.of("a"));
    registry.complete(first.id(), 0, TaskResult.ok("a", new JsonObject()));
    Job second = registry.create(List.of("b"));
    registry.complete(second.id(), 0, TaskResult.ok("b", new JsonObject()));
    registry.evictFinished(java.time.Instant.now());
    assertNull(registry.get(first.id()));
    assertEquals(second, registry.get(second.id()));
  }

  @Test
  void pastTheByteBoundOldResultsLoseTheirArticlesButNotTheirPlace() {
    JsonObject article = new JsonObject().put("url", "u0").put("title", "T").put("text", "x".repeat(10_000));
    JobRegistry registry = new JobRegistry(100, 10, Duration.ofHours(1), 15_000, 1 << 30);
    Job job = registry.create(List.of("u0", "u1"));
    registry.complete(job.id(), 0, TaskResult.ok("u0", article));
    registry.complete(job.id(), 1, TaskResult.ok("u1", article.copy().put("url", "u1")));
    JsonObject first = job.eventsAfter(0).getJsonObject(0);
    JsonObject second = job.eventsAfter(0).getJsonObject(1);
    assertTrue(first.getBoolean("trimmed"));
    assertEquals(new JsonObject().put("url", "u0").put("title", "T"), first.getJsonObject("article"));
    assertEquals(1, first.getInteger("seq"));
    assertNull(second.getValue("trimmed"), "the newest result is whole");
    assertTrue(job.retainedBytes() <= 15_000);
    assertEquals(job.retainedBytes(), registry.retainedBytes());
  }
}
