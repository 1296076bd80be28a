package dev.scoop.cli;

import dev.scoop.ScoopNode;
import dev.scoop.config.ConfigException;
import dev.scoop.config.ConfigLoader;
import dev.scoop.config.ScoopConfig;
import dev.scoop.cluster.ClusterJoin;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * {@code serve [--config FILE] [--cluster]}: runs a Scoop node until the process is stopped.
 * On SIGTERM a cluster member first drains (see {@link ScoopNode#drain}), then leaves.
 */
public final class ServeCommand {
  private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());
  private static final long CLOSE_MARGIN_MS = 15_000;

  /** Starts the node; returns -1 (keep running) or throws {@link UsageException} for bad input. */
  public int run(List<String> args) {
    Path file = null;
    Map<String, String> env = new HashMap<>(System.getenv());
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--cluster")) {
        env.put(ConfigLoader.envName("cluster", "enabled"), "true");
      } else if (args.get(i).equals("--config") && i + 1 < args.size()) {
        file = Path.of(args.get(++i));
        if (!Files.isRegularFile(file)) {
          throw new UsageException("config file not found: " + file);
        }
      } else {
        throw new UsageException("serve: unexpected argument '" + args.get(i) + "'");
      }
    }
    ScoopConfig config;
    try {
      config = ConfigLoader.load(file, env);
    } catch (ConfigException e) {
      throw new UsageException(String.join("\n  ", e.problems()));
    }
    if (!config.fetch().robots()) {
      LOG.warning("robots.txt is ignored (fetch.robots=false): Scoop will fetch pages their sites disallow");
    }
    if (config.fetch().allowPrivateAddresses()) {
      LOG.warning("the SSRF guard is off (fetch.allowPrivateAddresses=true): private and loopback addresses will be fetched");
    }
    if (config.auth().tokens().isEmpty() && !config.http().host().startsWith("127.")) {
      LOG.warning("no API tokens configured (SCOOP_AUTH_TOKENS): the API is open to anyone who can reach "
          + config.http().host() + ":" + config.http().port());
    }
    Future<ScoopNode> started = config.cluster().enabled()
        ? ClusterJoin.join(config).compose(join -> deploy(new ScoopNode(join.vertx(), config, join.node()), config))
        : deploy(new ScoopNode(Vertx.vertx(), config), config);
    started.onFailure(t -> {
      System.err.println("scoop: cannot start: " + t.getMessage());
      System.exit(1);
    });
    return -1;
  }

  private Future<ScoopNode> deploy(ScoopNode node, ScoopConfig config) {
    Vertx vertx = node.vertx();
    return node.start()
        .onSuccess(port -> {
          LOG.info("Scoop listening on http://" + config.http().host() + ":" + port + "/");
          Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node, vertx, config), "scoop-shutdown"));
        })
        .onFailure(t -> vertx.close())
        .map(node);
  }

  /**
   * On SIGTERM: drain, then close (a cluster member leaves the cluster), within the grace period
   * and a margin. Reports on stderr: the JDK's logging is being shut down by its own hook.
   */
  private static void stop(ScoopNode node, Vertx vertx, ScoopConfig config) {
    long grace = config.jobs().shutdownGraceMs();
    try {
      if (config.cluster().enabled()) {
        System.err.println("scoop: stopping: taking no more work, up to " + grace + " ms for the tasks in hand");
        int left = node.drain().toCompletionStage().toCompletableFuture().get(grace + CLOSE_MARGIN_MS, TimeUnit.MILLISECONDS);
        System.err.println("scoop: drained; " + left + " unfinished tasks left to the other members");
      }
      vertx.close().toCompletionStage().toCompletableFuture().get(CLOSE_MARGIN_MS, TimeUnit.MILLISECONDS);
      System.err.println("scoop: stopped");
    } catch (Exception e) {
      System.err.println("scoop: shutdown did not finish cleanly: " + e);
    }
  }
}
