package dev.scoop.cli;

import dev.scoop.ScoopNode;
import dev.scoop.cluster.ClusterJoin;
import dev.scoop.config.ConfigException;
import dev.scoop.config.ConfigLoader;
import dev.scoop.config.ScoopConfig;
import dev.scoop.logging.LogFormats;
import dev.scoop.metrics.MetricsSetup;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * {@code serve [--config FILE] [--cluster]}: runs a Scoop node until the process is stopped.
 * On SIGTERM a cluster member first drains (see {@link ScoopNode#drain}), then leaves.
 */
public final class ServeCommand {
  private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());
  private static final long CLOSE_MARGIN_MS = 15_000;
  private static final AtomicBoolean STOPPING = new AtomicBoolean();

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
    LogFormats.install(config.log());
    if (!config.fetch().robots()) {
      LOG.warning("robots.txt is ignored (fetch.robots=false): Scoop will fetch pages their sites disallow");
    }
    if (config.fetch().allowPrivateAddresses()) {
      LOG.warning("the SSRF guard is off (fetch.allowPrivateAddresses=true): private and loopback addresses will be fetched");
    }
    String open = openApiWarning(config);
    if (open != null) {
      LOG.severe(open);
    }
    VertxOptions options = new VertxOptions();
    options.getEventBusOptions().setPort(config.cluster().eventBusPort());
    VertxBuilder builder = MetricsSetup.builder(config, options);
    Future<ScoopNode> started = config.cluster().enabled()
        ? ClusterJoin.join(config, builder).compose(join -> deploy(new ScoopNode(join.vertx(), config, join.node()), config))
        : deploy(new ScoopNode(builder.build(), config), config);
    started.onFailure(t -> {
      System.err.println("scoop: cannot start: " + t.getMessage());
      System.exit(1);
    });
    return -1;
  }

  /** The startup warning for an API without tokens reachable from other machines, or null. */
  static String openApiWarning(ScoopConfig config) {
    if (!config.auth().tokens().isEmpty() || isLoopback(config.http().host())) {
      return null;
    }
    return "THE API IS OPEN: no API tokens are configured (SCOOP_AUTH_TOKENS or SCOOP_AUTH_TOKENS_FILE) and it listens on "
        + config.http().host() + ":" + config.http().port() + "; anyone who can reach it can make this server fetch pages";
  }

  private static boolean isLoopback(String host) {
    return host.startsWith("127.") || host.equals("localhost") || host.equals("::1");
  }

  private Future<ScoopNode> deploy(ScoopNode node, ScoopConfig config) {
    Vertx vertx = node.vertx();
    return node.start()
        .onSuccess(port -> {
          LOG.info("Scoop listening on http://" + config.http().host() + ":" + port + "/");
          Runnable stop = () -> {
            stop(node, vertx, config);
            System.exit(0);
          };
          // SIGTERM and SIGINT: stop in order, then exit 0 (a plain JVM exit on SIGTERM is status 143, mid-work).
          for (String signal : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(signal), s -> new Thread(stop, "scoop-shutdown").start());
          }
        })
        .onFailure(t -> vertx.close())
        .map(node);
  }

  /**
   * On SIGTERM: drain (not ready, no new submissions, the work in hand finished or handed over),
   * then close (streams get 1001; a cluster member leaves the cluster), within the grace period
   * and a margin. Reports on stderr, which needs no logging machinery at this point.
   */
  private static void stop(ScoopNode node, Vertx vertx, ScoopConfig config) {
    if (!STOPPING.compareAndSet(false, true)) {
      return;
    }
    long grace = config.jobs().shutdownGraceMs();
    try {
      System.err.println("scoop: stopping: not ready, no new submissions; up to " + grace + " ms for the unfinished URLs");
      int left = node.drain().toCompletionStage().toCompletableFuture().get(grace + CLOSE_MARGIN_MS, TimeUnit.MILLISECONDS);
      System.err.println("scoop: drained; " + left + (config.cluster().enabled()
          ? " unfinished tasks left to the other members" : " unfinished URLs ended as 'shutdown'"));
      vertx.close().toCompletionStage().toCompletableFuture().get(CLOSE_MARGIN_MS, TimeUnit.MILLISECONDS);
      System.err.println("scoop: stopped");
    } catch (Exception e) {
      System.err.println("scoop: shutdown did not finish cleanly: " + e);
    }
  }
}
