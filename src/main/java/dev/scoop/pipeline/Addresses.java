package dev.scoop.pipeline;

/**
 * Every event-bus address Scoop uses. Point-to-point addresses are request/reply and
 * node-local (each node answers its own requests; what must be shared between nodes is in
 * the cluster's data, see {@code dev.scoop.cluster}); {@link #RESULTS} reaches every node.
 */
public final class Addresses {
  /** Request/reply: a {@link ScrapeTask} in, a {@link TaskResult} out. */
  public static final String SCRAPE = "scoop.scrape";
  /**
   * Publish, cluster-wide: numbered result events, job events, and {@code sync} events (after a
   * member died: "job X has N results", so hubs fetch any they missed), for every stream hub.
   */
  public static final String RESULTS = "scoop.results";
  /** Request/reply: job operations, header {@code op} = create | status | results | active | abandon. */
  public static final String JOBS = "scoop.jobs";
  /** Request/reply: the seen-URL cache, header {@code op} = claim | complete | lookup. */
  public static final String CACHE = "scoop.cache";

  private Addresses() {}
}
