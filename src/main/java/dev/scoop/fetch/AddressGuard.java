package dev.scoop.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SSRF guard: decides whether an address may be fetched. Refuses loopback, private,
 * link-local (cloud metadata), CGNAT, multicast, unspecified, reserved, benchmark and
 * documentation ranges, unique-local IPv6, and IPv6 forms that embed such an IPv4 address
 * (mapped, compatible, NAT64, 6to4). {@code allowPrivate} lifts the guard; {@code allowed}
 * CIDRs are exempt. Checked on the resolved address that is then connected to. Thread-safe.
 */
public final class AddressGuard {
  private static final List<Cidr> BLOCKED = cidrs(List.of(
      "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
      "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
      "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
      "::/128", "::1/128", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8", "2001:db8::/32",
      "100::/64", "2001::/23"));
  private final boolean allowPrivate;
  private final List<Cidr> allowed;

  public AddressGuard(boolean allowPrivate, List<String> allowedCidrs) {
    this.allowPrivate = allowPrivate;
    this.allowed = cidrs(allowedCidrs);
  }

  /** Whether {@code address} may be connected to. */
  public boolean permits(InetAddress address) {
    if (allowPrivate || matches(allowed, address)) {
      return true;
    }
    InetAddress embedded = embeddedIpv4(address);
    if (embedded != null) {
      return permits(embedded);
    }
    return !matches(BLOCKED, address);
  }

  private static boolean matches(List<Cidr> ranges, InetAddress address) {
    for (Cidr c : ranges) {
      if (c.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /** The IPv4 address inside an IPv4-mapped, -compatible, NAT64 or 6to4 IPv6 address. */
  static InetAddress embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return null;
    }
    byte[] b = address.getAddress();
    boolean zeros80 = allZero(b, 0, 10);
    boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = zeros80 && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 16) && !(allZero(b, 12, 15) && b[15] <= 1);
    boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
        && allZero(b, 4, 12);
    try {
      if (mapped || compatible || nat64) {
        return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
      }
      if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
        return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
    return null;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static List<Cidr> cidrs(List<String> specs) {
    List<Cidr> out = new ArrayList<>();
    for (String s : specs) {
      out.add(Cidr.parse(s));
    }
    return List.copyOf(out);
  }

  /** An address range in CIDR notation; a bare address is a single-address range. */
  record Cidr(byte[] network, int prefix) {
    static Cidr parse(String spec) {
      String[] parts = spec.trim().split("/", 2);
      if (!parts[0].matches("[0-9a-fA-F:.]+")) {
        throw new IllegalArgumentException("not an IP range: " + spec);
      }
      try {
        byte[] net = InetAddress.getByName(parts[0]).getAddress();
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : net.length * 8;
        if (prefix < 0 || prefix > net.length * 8) {
          throw new IllegalArgumentException("bad prefix length in " + spec);
        }
        return new Cidr(net, prefix);
      } catch (UnknownHostException | NumberFormatException e) {
        throw new IllegalArgumentException("not an IP range: " + spec);
      }
    }

    boolean contains(InetAddress address) {
      byte[] a = address.getAddress();
      if (a.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (a[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (a[full] & mask) == (network[full] & mask);
    }
  }

}
