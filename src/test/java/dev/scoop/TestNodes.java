package dev.scoop;

import dev.scoop.cluster.ClusterJoin;
import dev.scoop.config.ConfigLoader;
import dev.scoop.config.ScoopConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Starts a Scoop node for tests: loopback, free port, private addresses allowed, no delays. */
public final class TestNodes {
  private TestNodes() {}

  /** The test configuration, through the same environment mapping users have; {@code extra} wins. */
  public static ScoopConfig config(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("SCOOP_HTTP_HOST", "127.0.0.1");
    env.put("SCOOP_HTTP_PORT", "0");
    env.put("SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "true");
    env.put("SCOOP_FETCH_HOST_DELAY_MS", "0");
    env.put("SCOOP_FETCH_HOST_CONCURRENCY", "8");
    env.putAll(extra);
    return ConfigLoader.load(null, env);
  }

  /** Free TCP ports on loopback, for nodes that must know each other's ports before they start. */
  public static int[] freePorts(int n) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        sockets.add(s);
        ports[i] = s.getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      sockets.forEach(s -> {
        try {
          s.close();
        } catch (IOException ignored) {
          // closing a probe socket
        }
      });
    }
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
