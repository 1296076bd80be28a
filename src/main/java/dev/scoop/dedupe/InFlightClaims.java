package dev.scoop.dedupe;

/**
 * Which node fetches a URL now, when several nodes share one cache. On one node the cache's
 * own waiter lists are enough ({@link #LOCAL}); in a cluster, a claim is a shared entry that
 * names the member, and lapses when that member leaves or after the task timeout.
 */
public interface InFlightClaims {
  /** Claims {@code key} for this node; false while another live node has it in flight. */
  boolean tryClaim(UrlKey key);

  /** Ends this node's claim (after the result is stored, so other nodes find it). */
  void release(UrlKey key);

  InFlightClaims LOCAL = new InFlightClaims() {
    @Override
    public boolean tryClaim(UrlKey key) {
      return true;
    }

    @Override
    public void release(UrlKey key) {}
  };
}
