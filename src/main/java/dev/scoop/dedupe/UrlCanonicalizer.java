package dev.scoop.dedupe;

import dev.scoop.fetch.HostLiterals;
import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one function that decides when two URLs name the same page:
 * <ul>
 *   <li>an IPv4 host in any spelling written as dotted decimal ({@code 0x7f.1} → {@code 127.0.0.1});</li>
 *   <li>scheme and host lower case, internationalised host names in punycode, a trailing dot
 *       on the host dropped, default ports (80, 443) dropped;</li>
 *   <li>fragment dropped; dot segments resolved and repeated slashes collapsed (as
 *       {@link URI#normalize} does); an empty path written {@code /}; other
 *       paths kept as they are, trailing slash included (servers may tell {@code /a} and
 *       {@code /a/} apart; redirects between them are caught after fetching);</li>
 *   <li>percent-encoding normalised: escapes of unreserved characters decoded
 *       ({@code %7E} → {@code ~}), other escapes in upper case ({@code %2f} → {@code %2F});</li>
 *   <li>query parameters sorted (stable, by name then value), empty ones and tracking
 *       parameters ({@code utm_*}, {@link #DEFAULT_TRACKING} and the configured extra names)
 *       dropped; an empty query removed.</li>
 * </ul>
 * Anything that cannot be fetched (no http/https, no host, credentials, a bad port) is refused.
 * Immutable and thread-safe.
 */
public final class UrlCanonicalizer {
  /** Click and campaign identifiers that never change the page. */
  public static final List<String> DEFAULT_TRACKING = List.of(
      "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "ref_src", "ref_url", "igshid",
      "yclid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid",
      "__s", "s_cid", "cmpid", "ncid", "ocid", "sr_share", "spm", "trk", "trkcampaign", "srsltid");
  private static final UrlCanonicalizer DEFAULT = new UrlCanonicalizer(List.of());
  private static final Pattern AUTHORITY = Pattern.compile("(?i)(https?://(?:[^/?#@]*@)?)([^/?#:]+)");
  private static final Pattern ESCAPE = Pattern.compile("%([0-9a-fA-F]{2})");
  private final Set<String> tracking;

  /** A canonicalizer that also drops {@code extraTrackingParameters} (case-insensitive). */
  public UrlCanonicalizer(List<String> extraTrackingParameters) {
    Set<String> lower = new java.util.HashSet<>(DEFAULT_TRACKING);
    extraTrackingParameters.forEach(t -> lower.add(t.toLowerCase(Locale.ROOT)));
    this.tracking = Set.copyOf(lower);
  }

  /** The canonical form with the default tracking list; see {@link #apply}. */
  public static String canonicalize(String url) {
    return DEFAULT.apply(url);
  }

  /**
   * The canonical form of {@code url}; throws {@link IllegalArgumentException} when it is not
   * an absolute http(s) URL with a host.
   */
  public String apply(String url) {
    URI uri = parse(url);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = IDN.toASCII(stripTrailingDot(uri.getHost()), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
      port = -1;
    }
    String path = normaliseEscapes(uri.normalize().getRawPath());
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    while (path.startsWith("/../") || path.equals("/..")) {
      path = path.length() > 3 ? path.substring(3) : "/";
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
      uri = new URI(fetchableForm(url.trim()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("only http and https URLs can be fetched");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("URLs with credentials are not accepted");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException(uri.getRawAuthority() != null && uri.getRawAuthority().matches(".*:\\D.*|.*:\\d{6,}")
          ? "the port is not a number from 1 to 65535" : "URL has no valid host");
    }
    if (uri.getPort() == 0 || uri.getPort() > 65535) {
      throw new IllegalArgumentException("the port is not a number from 1 to 65535");
    }
    return uri;
  }

  private String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] nameValue = pair.split("=", 2);
      String name = normaliseEscapes(nameValue[0]);
      String lower = name.toLowerCase(Locale.ROOT);
      if (name.isEmpty() || lower.startsWith("utm_") || tracking.contains(lower)) {
        continue;
      }
      kept.add(new String[] {name, nameValue.length > 1 ? normaliseEscapes(nameValue[1]) : null});
    }
    kept.sort((a, b) -> {
      int byName = a[0].compareTo(b[0]);
      return byName != 0 ? byName : String.valueOf(a[1]).compareTo(String.valueOf(b[1]));
    });
    StringBuilder out = new StringBuilder();
    for (String[] p : kept) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(p[0]);
      if (p[1] != null) {
        out.append('=').append(p[1]);
      }
    }
    return out.toString();
  }

  /** Decodes escapes of unreserved characters and upper-cases the hex digits of the others. */
  static String normaliseEscapes(String s) {
    if (s == null || s.indexOf('%') < 0) {
      return s;
    }
    Matcher m = ESCAPE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int c = Integer.parseInt(m.group(1), 16);
      boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~';
      m.appendReplacement(out, Matcher.quoteReplacement(unreserved ? String.valueOf((char) c) : "%" + m.group(1).toUpperCase(Locale.ROOT)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The URL with its host in the form {@link URI} and the fetcher accept: an IPv4 address in
   * any spelling ({@code 127.1}, {@code 0x7f.1}, {@code 2130706433}) as dotted decimal, as
   * WHATWG URL parsing does, and an internationalised name in punycode.
   */
  public static String fetchableForm(String url) {
    Matcher m = AUTHORITY.matcher(url);
    if (!m.lookingAt()) {
      return url;
    }
    String host = m.group(2);
    InetAddress literal = HostLiterals.parse(host);
    if (literal instanceof Inet4Address) {
      return m.group(1) + literal.getHostAddress() + url.substring(m.end(2));
    }
    if (host.chars().allMatch(c -> c < 128)) {
      return url;
    }
    try {
      return m.group(1) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + url.substring(m.end(2));
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String stripTrailingDot(String host) {
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }
}
