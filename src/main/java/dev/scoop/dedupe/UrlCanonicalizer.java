package dev.scoop.dedupe;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one function that decides when two URLs name the same page: lower-case scheme and host,
 * IDN to punycode, no default port, no fragment, dot segments resolved, query parameters
 * sorted, tracking parameters ({@code utm_*}, {@code fbclid}, ...) dropped, and an empty path
 * written as {@code /}. Thread-safe (stateless).
 */
public final class UrlCanonicalizer {
  private static final Set<String> TRACKING = Set.of(
      "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ref_src", "igshid", "yclid", "_ga", "_gl",
      "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "__s", "s_cid", "cmpid", "ncid");

  private static final Pattern AUTHORITY = Pattern.compile("(?i)(https?://(?:[^/?#@]*@)?)([^/?#:]+)");

  private UrlCanonicalizer() {}

  /**
   * The canonical form of {@code url}; throws {@link IllegalArgumentException} when it is not an
   * absolute http(s) URL with a host.
   */
  public static String canonicalize(String url) {
    URI uri = parse(url);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = IDN.toASCII(stripTrailingDot(uri.getHost()), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
      port = -1;
    }
    String path = uri.normalize().getRawPath();
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    StringBuilder out = new StringBuilder(scheme).append("://").append(host);
    if (port != -1) {
      out.append(':').append(port);
    }
    out.append(path);
    String query = canonicalQuery(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  /** The host of an http(s) URL, lower case, or throws {@link IllegalArgumentException}. */
  public static String host(String url) {
    return parse(url).getHost().toLowerCase(Locale.ROOT);
  }

  private static URI parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("empty URL");
    }
    URI uri;
    try {
      uri = new URI(asciiHost(url.trim()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("only http and https URLs can be fetched");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException("URL has no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("URLs with credentials are not accepted");
    }
    return uri;
  }

  /** Writes an internationalised host name in punycode, which {@link URI} requires. */
  private static String asciiHost(String url) {
    Matcher m = AUTHORITY.matcher(url);
    if (!m.lookingAt() || m.group(2).chars().allMatch(c -> c < 128)) {
      return url;
    }
    try {
      return m.group(1) + IDN.toASCII(m.group(2), IDN.ALLOW_UNASSIGNED) + url.substring(m.end(2));
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.add(pair);
      }
    }
    kept.sort(null);
    return String.join("&", kept);
  }

  private static String stripTrailingDot(String host) {
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }
}
