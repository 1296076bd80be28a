package dev.scoop.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.config.MultiMapConfig;
import com.hazelcast.config.QueueConfig;
import dev.scoop.config.ScoopConfig;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;

/**
 * The one place where Scoop's Hazelcast configuration is made. Network: the cluster name,
 * the member port (auto-incremented when taken), TCP/IP join to {@code cluster.members},
 * multicast off; or all of it from {@code cluster.configFile}. Data: every structure Scoop and
 * Vert.x keep in the cluster has one synchronous backup, so one member can die without losing
 * anything, and a bound (size, time to live, or both).
 */
public final class ClusterSetup {
  /** Job records ({@link JobRecord}) by job id. */
  static final String JOBS = "scoop.jobs";
  /** The URLs of a job, by job id: read again only to re-queue the work of a dead member. */
  static final String JOB_URLS = "scoop.job-urls";
  /** Task results by "jobId/index", written before their task is committed. */
  static final String RESULTS = "scoop.results";
  /** Tasks waiting for a worker: encoded {@code ScrapeTask}s, taken by every member's puller. */
  static final String WORK = "scoop.work";
  static final String SEEN = "scoop.seen";
  static final String ARTICLES = "scoop.articles";
  static final String FINGERPRINTS = "scoop.fingerprints";
  /** Canonical URLs being fetched, by the member fetching them. */
  static final String IN_FLIGHT = "scoop.in-flight";
  /** Per-host politeness leases ({@link HostLeases}). */
  static final String HOSTS = "scoop.hosts";
  private static final int MB = 1 << 20;

  private ClusterSetup() {}

  public static Config hazelcastConfig(ScoopConfig config) {
    ScoopConfig.Cluster cluster = config.cluster();
    Config hz = cluster.configFile().isBlank() ? network(cluster) : fromFile(cluster.configFile());
    hz.setProperty("hazelcast.shutdownhook.enabled", "false");
    hz.setProperty("hazelcast.phone.home.enabled", "false");
    hz.setProperty("hazelcast.logging.type", "jdk");
    hz.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    hz.setProperty("hazelcast.max.no.heartbeat.seconds", String.valueOf(Math.max(2, cluster.heartbeatTimeoutMs() / 1000)));
    vertxStructures(hz);
    scoopStructures(hz, config);
    return hz;
  }

  private static Config network(ScoopConfig.Cluster cluster) {
    Config hz = new Config().setClusterName(cluster.name());
    hz.getNetworkConfig().setPort(cluster.port()).setPortAutoIncrement(true);
    if (!cluster.host().equals("0.0.0.0")) {
      hz.setProperty("hazelcast.local.localAddress", cluster.host());
    }
    JoinConfig join = hz.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(cluster.members());
    return hz;
  }

  private static Config fromFile(String path) {
    try {
      return Config.loadFromFile(new File(path));
    } catch (FileNotFoundException e) {
      throw new UncheckedIOException("cluster.configFile: " + e.getMessage(), e);
    }
  }

  /** What the Vert.x cluster manager needs (its default-cluster.xml, with backups). */
  private static void vertxStructures(Config hz) {
    if (!hz.getMultiMapConfigs().containsKey("__vertx.subs")) {
      hz.addMultiMapConfig(new MultiMapConfig("__vertx.subs").setBackupCount(1)
          .setValueCollectionType(MultiMapConfig.ValueCollectionType.SET));
    }
    addMap(hz, new MapConfig("__vertx.haInfo").setBackupCount(1));
    addMap(hz, new MapConfig("__vertx.nodeInfo").setBackupCount(1));
  }

  private static void scoopStructures(Config hz, ScoopConfig config) {
    int jobTtl = seconds(config.jobs().retainMs() + config.jobs().taskTimeoutMs() * 4);
    int dedupeTtl = seconds(config.dedupe().ttlMs());
    // Changed only by entry processors: kept as objects, they are changed in place, never (de)serialized whole.
    addMap(hz, new MapConfig(JOBS).setBackupCount(1).setInMemoryFormat(InMemoryFormat.OBJECT));
    addMap(hz, new MapConfig(JOB_URLS).setBackupCount(1));
    addMap(hz, heapBounded(new MapConfig(RESULTS).setBackupCount(1).setTimeToLiveSeconds(jobTtl),
        config.stream().maxRetainedBytes()));
    if (!hz.getQueueConfigs().containsKey(WORK)) {
      hz.addQueueConfig(new QueueConfig(WORK).setBackupCount(1).setMaxSize(config.jobs().maxActiveTasks() * 2));
    }
    MapConfig seen = new MapConfig(SEEN).setBackupCount(1).setTimeToLiveSeconds(dedupeTtl);
    seen.getEvictionConfig().setEvictionPolicy(EvictionPolicy.LRU).setMaxSizePolicy(MaxSizePolicy.PER_NODE)
        .setSize(config.dedupe().maxEntries());
    addMap(hz, seen);
    addMap(hz, heapBounded(new MapConfig(ARTICLES).setBackupCount(1).setTimeToLiveSeconds(dedupeTtl),
        config.dedupe().maxArticleBytes()));
    addMap(hz, new MapConfig(FINGERPRINTS).setBackupCount(1).setTimeToLiveSeconds(dedupeTtl).setInMemoryFormat(InMemoryFormat.OBJECT));
    addMap(hz, new MapConfig(IN_FLIGHT).setBackupCount(1).setTimeToLiveSeconds(seconds(config.jobs().taskTimeoutMs())));
    addMap(hz, new MapConfig(HOSTS).setBackupCount(1).setMaxIdleSeconds(600).setInMemoryFormat(InMemoryFormat.OBJECT));
  }

  /** Least recently used entries go first once a member holds {@code bytes} of the map. */
  private static MapConfig heapBounded(MapConfig map, long bytes) {
    map.getEvictionConfig().setEvictionPolicy(EvictionPolicy.LRU).setMaxSizePolicy(MaxSizePolicy.USED_HEAP_SIZE)
        .setSize((int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / MB)));
    return map;
  }

  private static void addMap(Config hz, MapConfig map) {
    if (!hz.getMapConfigs().containsKey(map.getName())) {
      hz.addMapConfig(map);
    }
  }

  private static int seconds(long ms) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, ms / 1000));
  }
}
