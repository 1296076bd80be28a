package dev.scoop.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import dev.scoop.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSetupTest {
  @Test
  void settingsBecomeATcpIpClusterWithBackedUpBoundedStructures() {
    Config hz = ClusterSetup.hazelcastConfig(ConfigLoader.load(null, Map.of(
        "SCOOP_CLUSTER_NAME", "blue", "SCOOP_CLUSTER_PORT", "6000", "SCOOP_CLUSTER_MEMBERS", "10.0.0.1:6000,10.0.0.2:6000")));
    assertEquals("blue", hz.getClusterName(), "two clusters on one network stay apart by name");
    assertEquals(6000, hz.getNetworkConfig().getPort());
    JoinConfig join = hz.getNetworkConfig().getJoin();
    assertFalse(join.getMulticastConfig().isEnabled());
    assertTrue(join.getTcpIpConfig().isEnabled());
    assertEquals(List.of("10.0.0.1:6000", "10.0.0.2:6000"), join.getTcpIpConfig().getMembers());
    for (String map : List.of(ClusterSetup.JOBS, ClusterSetup.RESULTS, ClusterSetup.SEEN, ClusterSetup.IN_FLIGHT, "__vertx.nodeInfo")) {
      assertEquals(1, hz.getMapConfig(map).getBackupCount(), map);
    }
    assertEquals(500_000, hz.getMapConfig(ClusterSetup.SEEN).getEvictionConfig().getSize());
    assertEquals(200_000, hz.getQueueConfig(ClusterSetup.WORK).getMaxSize());
    assertEquals("10", hz.getProperty("hazelcast.max.no.heartbeat.seconds"));
  }

  @Test
  void aConfigFileReplacesTheNetworkButKeepsScoopsStructures(@TempDir Path dir) throws Exception {
    Path xml = dir.resolve("cluster.xml");
    Files.writeString(xml, "<hazelcast xmlns=\"http://www.hazelcast.com/schema/config\"><cluster-name>from-file</cluster-name>"
        + "<network><port>7100</port></network></hazelcast>");
    Config hz = ClusterSetup.hazelcastConfig(ConfigLoader.load(null, Map.of("SCOOP_CLUSTER_CONFIG_FILE", xml.toString())));
    assertEquals("from-file", hz.getClusterName());
    assertEquals(7100, hz.getNetworkConfig().getPort());
    assertEquals(1, hz.getMapConfig(ClusterSetup.JOBS).getBackupCount());
    assertEquals(1, hz.getMultiMapConfig("__vertx.subs").getBackupCount());
  }
}
