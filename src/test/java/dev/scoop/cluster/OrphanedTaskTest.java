package dev.scoop.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.scoop.FixtureServer;
import dev.scoop.JobWait;
import dev.scoop.TestNodes;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A task the job record says runs on a live member that is not running it (its claim applied
 * twice by Hazelcast after a member left, a run that ended without its commit) would keep its
 * job unfinished for as long as that member lives. Every member hands such tasks back.
 */
@ExtendWith(VertxExtension.class)
class OrphanedTaskTest {
  @Test
  @Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
  void aTaskClaimedByALiveMemberThatIsNotRunningItIsHandedBackAndRun(Vertx client, VertxTestContext ctx) {
    WebClient http = WebClient.create(client);
    FixtureServer site = new FixtureServer(client);
    String cluster = "orphan-" + UUID.randomUUID();
    Map<String, String> env = new HashMap<>(TestNodes.clusterMember(cluster, TestNodes.freePorts(1), 0));
    env.put("SCOOP_JOBS_RECOVERY_PERIOD_MS", "1000");
    String jobId = UUID.randomUUID().toString();
    site.start()
        .compose(s -> TestNodes.startClustered(env))
        .compose(node -> client.executeBlocking(() -> {
              HazelcastInstance hz = Hazelcast.getAllHazelcastInstances().stream()
                  .filter(h -> h.getConfig().getClusterName().equals(cluster)).findFirst().orElseThrow();
              String me = hz.getCluster().getLocalMember().getUuid().toString();
              // The record says this member runs task 0; no run of it exists, and it is in no queue.
              JobRecord job = new JobRecord(jobId, 1, false, System.currentTimeMillis());
              job.claim(0, me, 1);
              hz.<String, String[]>getMap(ClusterSetup.JOB_URLS).set(jobId, new String[] {site.url("/story/1")});
              hz.<String, JobRecord>getMap(ClusterSetup.JOBS).set(jobId, job);
              return null;
            })
            .compose(v -> JobWait.done(client, http, node.getValue(), jobId))
            .eventually(() -> node.getKey().close()))
        .onComplete(ctx.succeeding(status -> ctx.verify(() -> {
          assertEquals(1, status.getInteger("ok"), status.encode());
          assertEquals(1, site.hits("/story/1"));
          ctx.completeNow();
        })));
  }
}
