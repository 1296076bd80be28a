package dev.scoop.cli;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.config.ConfigLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
  @Test
  void anOpenApiOnANetworkAddressIsLoudlyWarnedAbout() {
    String warning = ServeCommand.openApiWarning(ConfigLoader.load(null, Map.of("SCOOP_HTTP_HOST", "0.0.0.0")));
    assertTrue(warning.startsWith("THE API IS OPEN") && warning.contains("0.0.0.0:8080"), warning);
    assertNull(ServeCommand.openApiWarning(ConfigLoader.load(null, Map.of("SCOOP_HTTP_HOST", "127.0.0.1"))), "loopback only");
    assertNull(ServeCommand.openApiWarning(ConfigLoader.load(null, Map.of("SCOOP_HTTP_HOST", "0.0.0.0",
        "SCOOP_AUTH_TOKENS", "a-long-enough-token-1234"))), "tokens configured");
  }
}
