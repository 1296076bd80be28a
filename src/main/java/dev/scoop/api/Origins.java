package dev.scoop.api;

import java.util.List;
import java.util.Locale;

/**
 * Which browser origins may use the API and open streams: Scoop's own (the page was served
 * by this host), those of {@code http.allowedOrigins}, or any with "*". A request without an
 * Origin header comes from no browser page and is not an origin matter.
 */
final class Origins {
  private final List<String> allowed;

  Origins(List<String> allowed) {
    this.allowed = allowed.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
  }

  boolean allows(String origin, String host) {
    if (origin == null || allowed.contains("*")) {
      return true;
    }
    String o = origin.toLowerCase(Locale.ROOT);
    return allowed.contains(o) || host != null && (o.equals("http://" + host.toLowerCase(Locale.ROOT))
        || o.equals("https://" + host.toLowerCase(Locale.ROOT)));
  }

  /** Whether the origin is another site's (so that CORS headers are needed), as opposed to Scoop's own. */
  static boolean crossSite(String origin, String host) {
    if (origin == null || host == null) {
      return false;
    }
    String o = origin.toLowerCase(Locale.ROOT);
    String h = host.toLowerCase(Locale.ROOT);
    return !o.equals("http://" + h) && !o.equals("https://" + h);
  }
}
