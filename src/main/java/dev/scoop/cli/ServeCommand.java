package dev.scoop.cli;

import dev.scoop.ScoopNode;
import dev.scoop.config.ConfigException;
import dev.scoop.config.ConfigLoader;
import dev.scoop.config.ScoopConfig;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/** {@code serve [--config FILE]}: runs a Scoop node until the process is stopped. */
public final class ServeCommand {
  private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());

  /** Starts the node; returns -1 (keep running) or throws {@link UsageException} for bad input. */
  public int run(List<String> args) {
    Path file = null;
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--config") && i + 1 < args.size()) {
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
      config = ConfigLoader.load(file, System.getenv());
    } catch (ConfigException e) {
      throw new UsageException(String.join("\n  ", e.problems()));
    }
    if (config.cluster().enabled()) {
      throw new UsageException("cluster.enabled: clustering is not available in this version; run single-node");
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
    Vertx vertx = Vertx.vertx();
    new ScoopNode(vertx, config).start()
        .onSuccess(port -> LOG.info("Scoop listening on http://" + config.http().host() + ":" + port + "/"))
        .onFailure(t -> {
          System.err.println("scoop: cannot start: " + t.getMessage());
          vertx.close().onComplete(v -> System.exit(1));
        });
    return -1;
  }
}
