package dev.scoop.dedupe;

import dev.scoop.config.ScoopConfig;
import java.util.function.LongSupplier;

/** Where the seen cache keeps its state: in this node's memory, or in the cluster's. */
public record DedupeStores(SeenStore seen, ArticleStore articles, FingerprintIndex fingerprints,
                           InFlightClaims claims, boolean blocking) {

  /** In memory: an evicted URL takes its article and fingerprint with it. Never blocks. */
  public static DedupeStores local(ScoopConfig.Dedupe config, LongSupplier clock) {
    ArticleStore articles = new LocalArticleStore(config.maxArticleBytes());
    FingerprintIndex fingerprints = new LocalFingerprintIndex();
    SeenStore seen = new LocalSeenStore(config.maxEntries(), config.ttlMs(), clock, key -> {
      articles.remove(key);
      fingerprints.remove(key);
    });
    return new DedupeStores(seen, articles, fingerprints, InFlightClaims.LOCAL, false);
  }
}
