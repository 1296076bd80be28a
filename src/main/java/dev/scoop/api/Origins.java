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
    return origin == null || allowed.contains("*") || allowed.contains(origin.toLowerCase(Locale.ROOT)) || sameSite(origin, host);
  }

  /** Whether the origin is another site's (so that CORS headers are needed), as opposed to Scoop's own. */
  static boolean crossSite(String origin, String host) {
    return origin != null && host != null && !sameSite(origin, host);
  }

  /** Whether a page from {@code origin} was served by this host (the Host header the request came with). */
  private static boolean sameSite(String origin, String host) {
    if (host == null) {
      return false;
    }
    String o = origin.toLowerCase(Locale.ROOT);
    String h = host.toLowerCase(Locale.ROOT);
    return o.equals("http://" + h) || o.equals("https://" + h);
  }
}
