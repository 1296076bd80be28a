package dev.scoop;

import dev.scoop.cluster.ClusterJoin;
import dev.scoop.config.ConfigLoader;
import dev.scoop.config.ScoopConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/** Starts a Scoop node for tests: loopback, free port, private addresses allowed, no delays. */
public final class TestNodes {
  /** Per-client limits out of the way (tests of other things send bursts); limit tests set their own. */
  public static final Map<String, String> UNLIMITED = Map.of("SCOOP_LIMITS_REQUESTS_PER_SECOND", "1000000",
      "SCOOP_LIMITS_URLS_PER_MINUTE", "100000000", "SCOOP_LIMITS_MAX_QUEUED_URLS_PER_CLIENT", "100000000",
      "SCOOP_LIMITS_MAX_WEB_SOCKETS_PER_CLIENT", "100000");

  private static final Random RANDOM = new Random();

  private TestNodes() {}

  /** The test configuration, through the same environment mapping users have; {@code extra} wins. */
  public static ScoopConfig config(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("SCOOP_HTTP_HOST", "127.0.0.1");
    env.put("SCOOP_HTTP_PORT", "0");
    env.put("SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "true");
    env.put("SCOOP_FETCH_HOST_DELAY_MS", "0");
    env.put("SCOOP_FETCH_HOST_CONCURRENCY", "8");
    env.putAll(UNLIMITED);
    env.putAll(extra);
    return ConfigLoader.load(null, env);
  }

  /**
   * Free TCP ports on loopback, for nodes that must know each other's ports before they start.
   * Taken below Linux's ephemeral range (32768+): a port from that range, free now, may be
   * handed to some outgoing connection (Hazelcast makes many) before the node binds it.
   */
  public static int[] freePorts(int n) {
    int[] ports = new int[n];
    int found = 0;
    for (int port = 20_000 + RANDOM.nextInt(10_000); found < n && port < 32_768; port++) {
      try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        ports[found++] = s.getLocalPort();
      } catch (IOException taken) {
        // try the next one
      }
    }
    if (found < n) {
      throw new IllegalStateException("no " + n + " free ports below 32768");
    }
    return ports;
  }

  /**
   * The settings of member {@code i} of a loopback cluster whose Hazelcast ports are
   * {@code clusterPorts} (all of them listed as members), named {@code name}.
   */
  public static Map<String, String> clusterMember(String name, int[] clusterPorts, int i) {
    Map<String, String> env = new HashMap<>();
    env.put("SCOOP_CLUSTER_ENABLED", "true");
    env.put("SCOOP_CLUSTER_NAME", name);
    env.put("SCOOP_CLUSTER_HOST", "127.0.0.1");
    env.put("SCOOP_CLUSTER_PORT", String.valueOf(clusterPorts[i]));
    env.put("SCOOP_CLUSTER_MEMBERS", Arrays.stream(clusterPorts).mapToObj(p -> "127.0.0.1:" + p)
        .collect(Collectors.joining(",")));
    env.put("SCOOP_CLUSTER_HEARTBEAT_TIMEOUT_MS", "5000");
    return env;
  }

  /** Joins a cluster and deploys a node on it; completes with the node's Vert.x and HTTP port. */
  public static Future<Map.Entry<Vertx, Integer>> startClustered(Map<String, String> extra) {
    ScoopConfig config = config(extra);
    return ClusterJoin.join(config)
        .compose(join -> new ScoopNode(join.vertx(), config, join.node()).start().map(port -> Map.entry(join.vertx(), port)));
  }

  /** Deploys a node; completes with its HTTP port. */
  public static Future<Integer> start(Vertx vertx, Map<String, String> extra) {
    return new ScoopNode(vertx, config(extra)).start();
  }
}
