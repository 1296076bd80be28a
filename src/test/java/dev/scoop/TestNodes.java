package dev.scoop;

import dev.scoop.config.ConfigLoader;
import dev.scoop.config.ScoopConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;

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

  /** Deploys a node; completes with its HTTP port. */
  public static Future<Integer> start(Vertx vertx, Map<String, String> extra) {
    return new ScoopNode(vertx, config(extra)).start();
  }
}
