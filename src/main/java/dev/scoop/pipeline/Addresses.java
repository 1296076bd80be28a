package dev.scoop.pipeline;

/** Every event-bus address Scoop uses. Point-to-point addresses are request/reply. */
public final class Addresses {
  /** Request/reply: a {@link ScrapeTask} in, a {@link TaskResult} out. Round robin across consumers. */
  public static final String SCRAPE = "scoop.scrape";
  /** Publish: numbered result events and job events, for every node's stream hub. */
  public static final String RESULTS = "scoop.results";
  /** Request/reply: job operations, header {@code op} = create | status | results. */
  public static final String JOBS = "scoop.jobs";
  /** Request/reply: the seen-URL cache, header {@code op} = claim | complete | lookup. */
  public static final String CACHE = "scoop.cache";

  private Addresses() {}
}
