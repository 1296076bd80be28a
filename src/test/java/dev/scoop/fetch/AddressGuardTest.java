package dev.scoop.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {
  private final AddressGuard guard = new AddressGuard(false, List.of());

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.1", "2130706433", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
      "100.64.0.1", "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255", "192.0.2.1", "198.18.0.1",
      "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1",
      "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a00:1", "2002:7f00:1::1"})
  void refusesNonPublicAddresses(String address) throws Exception {
    assertFalse(guard.permits(InetAddress.getByName(address)), address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8", "1.1.1.1"})
  void allowsPublicAddresses(String address) throws Exception {
    assertTrue(guard.permits(InetAddress.getByName(address)), address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "::ffff:127.0.0.1"})
  void allowListedRangesAreExempt(String address) throws Exception {
    AddressGuard allowing = new AddressGuard(false, List.of("127.0.0.0/8"));
    assertTrue(allowing.permits(InetAddress.getByName(address)));
    assertFalse(allowing.permits(InetAddress.getByName("10.0.0.1")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.1", "::1"})
  void theSwitchLiftsTheGuard(String address) throws Exception {
    assertTrue(new AddressGuard(true, List.of()).permits(InetAddress.getByName(address)));
  }
}
