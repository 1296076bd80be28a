package dev.scoop.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Reads a host that is an IP address however it is written, as browsers and {@code inet_aton}
 * do: IPv4 with one to four parts, each decimal, octal ({@code 0177}) or hex ({@code 0x7f})
 * — {@code 127.1}, {@code 2130706433}, {@code 0x7f.1} — and bracketed or bare IPv6. Such a
 * host must never reach DNS, where a resolver might read it differently than the guard.
 */
public final class HostLiterals {
  private HostLiterals() {}

  /** The address {@code host} spells, or null when it is a name. */
  public static InetAddress parse(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    try {
      if (h.indexOf(':') >= 0) {
        return h.matches("[0-9a-f:.%a-z]+") ? InetAddress.getByName(h) : null;
      }
      long[] parts = ipv4Parts(h);
      return parts == null ? null : InetAddress.getByAddress(bytes(parts));
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static long[] ipv4Parts(String h) {
    String[] tokens = h.split("\\.", -1);
    if (tokens.length == 0 || tokens.length > 4) {
      return null;
    }
    long[] parts = new long[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      Long v = number(tokens[i]);
      if (v == null) {
        return null;
      }
      parts[i] = v;
    }
    return parts;
  }

  private static Long number(String t) {
    try {
      if (t.startsWith("0x")) {
        return t.length() == 2 ? 0L : Long.parseLong(t.substring(2), 16);
      }
      if (t.length() > 1 && t.startsWith("0")) {
        return Long.parseLong(t.substring(1), 8);
      }
      return t.isEmpty() || t.length() > 10 ? null : Long.parseLong(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** inet_aton: the last part fills all remaining bytes. */
  private static byte[] bytes(long[] parts) throws UnknownHostException {
    int n = parts.length;
    long value = 0;
    for (int i = 0; i < n - 1; i++) {
      if (parts[i] > 255) {
        throw new UnknownHostException("part out of range");
      }
      value = value << 8 | parts[i];
    }
    int lastBits = 8 * (5 - n);
    if (parts[n - 1] >= 1L << lastBits) {
      throw new UnknownHostException("last part out of range");
    }
    value = value << lastBits | parts[n - 1];
    return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
  }
}
