package dev.scoop.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostLiteralsTest {
  @ParameterizedTest
  @CsvSource({
      "127.0.0.1, 127.0.0.1", "127.1, 127.0.0.1", "127.0.1, 127.0.0.1", "2130706433, 127.0.0.1",
      "0x7f.1, 127.0.0.1", "0x7f000001, 127.0.0.1", "0177.0.0.1, 127.0.0.1", "0177.1, 127.0.0.1",
      "127.0.0.1., 127.0.0.1", "0x7F.0x0.0x0.0x1, 127.0.0.1", "169.254.169.254, 169.254.169.254",
      "0xa9fea9fe, 169.254.169.254", "10.1, 10.0.0.1", "0, 0.0.0.0",
      "0x, 0.0.0.0", "[::1], 0:0:0:0:0:0:0:1", "[::ffff:127.0.0.1], 127.0.0.1", "::1, 0:0:0:0:0:0:0:1",
  })
  void readsEverySpellingOfAnAddress(String host, String address) {
    assertEquals(address, HostLiterals.parse(host).getHostAddress());
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "localhost", "127.0.0.1.example.com", "1.2.3.4.5", "256.1.1.1", "09.1.1.1",
      "xn--bcher-kva.example", "1e3"})
  void namesAreNotAddresses(String host) {
    assertNull(HostLiterals.parse(host));
  }
}
