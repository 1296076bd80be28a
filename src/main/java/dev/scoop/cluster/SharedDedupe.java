package dev.scoop.cluster;

import com.hazelcast.map.IMap;
import dev.scoop.config.ScoopConfig;
import dev.scoop.dedupe.ArticleStore;
import dev.scoop.dedupe.DedupeStores;
import dev.scoop.dedupe.FingerprintIndex;
import dev.scoop.dedupe.InFlightClaims;
import dev.scoop.dedupe.Seen;
import dev.scoop.dedupe.SeenStore;
import dev.scoop.dedupe.UrlKey;
import dev.scoop.extract.Fingerprint;
import io.vertx.core.json.JsonObject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The seen cache's stores in the cluster's maps (bounds and backups in {@link ClusterSetup}):
 * every node sees every URL, article and fingerprint, and a claim names the member fetching.
 * Their calls block on the network, so the cache verticle runs as a worker in a cluster.
 * Eviction counts are this node's.
 */
final class SharedDedupe {
  /** A fingerprint band lists at most this many pages; older ones drop off (a miss, not an error). */
  private static final int MAX_BAND_ENTRIES = 64;

  private SharedDedupe() {}

  static DedupeStores stores(ClusterNode node, ScoopConfig config) {
    return new DedupeStores(new Urls(node.hazelcast().getMap(ClusterSetup.SEEN)),
        new Articles(node.hazelcast().getMap(ClusterSetup.ARTICLES)),
        new Fingerprints(node.hazelcast().getMap(ClusterSetup.FINGERPRINTS)),
        new Claims(node, node.hazelcast().getMap(ClusterSetup.IN_FLIGHT), config.jobs().taskTimeoutMs()), true);
  }

  static String keyOf(UrlKey key) {
    return Long.toHexString(key.hi()) + ":" + Long.toHexString(key.lo());
  }

  static final class Urls implements SeenStore {
    private final IMap<String, Seen> map;

    Urls(IMap<String, Seen> map) {
      this.map = map;
    }

    @Override
    public Seen get(UrlKey key) {
      return map.get(keyOf(key));
    }

    @Override
    public boolean contains(UrlKey key) {
      return map.containsKey(keyOf(key));
    }

    @Override
    public void put(UrlKey key, Seen seen) {
      map.set(keyOf(key), seen);
    }

    @Override
    public JsonObject stats() {
      return new JsonObject().put("evictions", map.getLocalMapStats().getEvictionCount()).put("size", map.size());
    }
  }

  static final class Articles implements ArticleStore {
    private final IMap<String, String> map;

    Articles(IMap<String, String> map) {
      this.map = map;
    }

    @Override
    public JsonObject get(UrlKey key) {
      String json = map.get(keyOf(key));
      return json == null ? null : new JsonObject(json);
    }

    @Override
    public void put(UrlKey key, JsonObject result) {
      map.set(keyOf(key), result.encode());
    }

    @Override
    public void remove(UrlKey key) {
      map.delete(keyOf(key));
    }

    @Override
    public JsonObject stats() {
      return new JsonObject().put("articles", map.size())
          .put("articleBytes", map.getLocalMapStats().getOwnedEntryMemoryCost())
          .put("articlesDropped", map.getLocalMapStats().getEvictionCount());
    }
  }

  /** One stored fingerprint, as listed under each of its band values. */
  record Entry(long hi, long lo, String url, long fingerprint) implements Serializable {}

  /** Appends an entry to a band's list, dropping the oldest beyond the bound. */
  record Append(Entry entry) implements com.hazelcast.map.EntryProcessor<String, ArrayList<Entry>, Void> {
    @Override
    public Void process(Map.Entry<String, ArrayList<Entry>> e) {
      ArrayList<Entry> list = e.getValue() == null ? new ArrayList<>() : e.getValue();
      list.removeIf(x -> x.hi() == entry.hi() && x.lo() == entry.lo());
      list.add(entry);
      if (list.size() > MAX_BAND_ENTRIES) {
        list.remove(0);
      }
      e.setValue(list);
      return null;
    }
  }

  /** Band lists under "band:value"; entries of expired URLs stay until their band list drops them. */
  static final class Fingerprints implements FingerprintIndex {
    private final IMap<String, ArrayList<Entry>> map;

    Fingerprints(IMap<String, ArrayList<Entry>> map) {
      this.map = map;
    }

    @Override
    public void add(UrlKey key, String url, long fingerprint) {
      Entry entry = new Entry(key.hi(), key.lo(), url, fingerprint);
      for (int b = 0; b < BANDS; b++) {
        map.executeOnKey(bandKey(fingerprint, b), new Append(entry));
      }
    }

    /** Nothing to do: the cache checks that a match's URL is still known before trusting it. */
    @Override
    public void remove(UrlKey key) {}

    @Override
    public Match nearest(long fingerprint, int maxDistance, UrlKey self) {
      Set<String> keys = new HashSet<>();
      for (int b = 0; b < BANDS; b++) {
        keys.add(bandKey(fingerprint, b));
      }
      Match best = null;
      for (List<Entry> list : map.getAll(keys).values()) {
        for (Entry e : list) {
          int d = Fingerprint.distance(e.fingerprint(), fingerprint);
          UrlKey key = new UrlKey(e.hi(), e.lo());
          if (d <= maxDistance && !key.equals(self) && (best == null || d < best.distance())) {
            best = new Match(key, e.url(), d);
          }
        }
      }
      return best;
    }

    @Override
    public int size() {
      return map.size();
    }

    private static String bandKey(long fingerprint, int b) {
      return b + ":" + FingerprintIndex.band(fingerprint, b);
    }
  }

  /** A claim is an entry naming the member; one left by a member that is gone can be taken over. */
  static final class Claims implements InFlightClaims {
    private final ClusterNode node;
    private final IMap<String, String> map;
    private final long ttlMs;

    Claims(ClusterNode node, IMap<String, String> map, long ttlMs) {
      this.node = node;
      this.map = map;
      this.ttlMs = ttlMs;
    }

    @Override
    public boolean tryClaim(UrlKey key) {
      String k = keyOf(key);
      String me = node.id();
      String holder = map.putIfAbsent(k, me, ttlMs, TimeUnit.MILLISECONDS);
      if (holder == null || holder.equals(me)) {
        return true;
      }
      return !node.memberIds().contains(holder) && map.replace(k, holder, me);
    }

    @Override
    public void release(UrlKey key) {
      map.delete(keyOf(key));
    }
  }
}
