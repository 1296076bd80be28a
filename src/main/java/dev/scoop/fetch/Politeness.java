package dev.scoop.fetch;

import java.util.Locale;
import java.util.Set;

/**
 * Which requests share one politeness budget: those to the same host, or to the same
 * registrable domain ({@code fetch.politenessKey = domain}: www.example.co.uk and
 * img.example.co.uk count as one). The registrable domain is approximated without the full
 * Public Suffix List: the last two labels, or three when the second-level label is a common
 * registry label under a two-letter country code (co.uk, com.au, org.br, ...).
 */
final class Politeness {
  private static final Set<String> SECOND_LEVEL = Set.of(
      "co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "gob", "mil", "nic", "gv", "ltd", "plc");
  private final boolean byDomain;

  Politeness(String key) {
    if (!key.equals("host") && !key.equals("domain")) {
      throw new IllegalArgumentException("fetch.politenessKey must be host or domain, not " + key);
    }
    this.byDomain = key.equals("domain");
  }

  String keyOf(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return byDomain && HostLiterals.parse(h) == null ? registrableDomain(h) : h;
  }

  static String registrableDomain(String host) {
    String[] labels = host.split("\\.");
    int n = labels.length;
    if (n <= 2) {
      return host;
    }
    boolean countrySecondLevel = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
    int keep = countrySecondLevel ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
  }
}
