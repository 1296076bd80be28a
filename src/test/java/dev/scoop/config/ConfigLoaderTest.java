package dev.scoop.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.extract.ArticleExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @Test
  void defaultsComeFromConfJson() {
    ScoopConfig c = ConfigLoader.load(null, Map.of());
    assertEquals(8080, c.http().port());
    assertFalse(c.fetch().allowPrivateAddresses());
    assertTrue(c.fetch().robots());
    assertEquals(List.of(), c.auth().tokens());
    assertEquals(ArticleExtractor.DEFAULT_MAX_ELEMENTS, c.extract().maxElements(), "the library's bound is the service's");
  }

  @Test
  void contractEnvironmentNamesOverride() {
    ScoopConfig c = ConfigLoader.load(null, Map.of(
        "SCOOP_HTTP_PORT", "9090", "SCOOP_FETCH_ALLOW_PRIVATE_ADDRESSES", "true",
        "SCOOP_FETCH_ALLOWED_ADDRESSES", "10.0.0.0/8, 127.0.0.1/32", "SCOOP_FETCH_HOST_CONCURRENCY", "3",
        "SCOOP_FETCH_HOST_DELAY_MS", "250", "SCOOP_FETCH_ROBOTS", "false", "SCOOP_JOBS_MAX_URLS", "7",
        "SCOOP_CLUSTER_MEMBERS", "a:5701,b:5701", "SCOOP_AUTH_TOKENS", "token-number-one-0001,token-number-two-0002", "HOME", "/root"));
    assertEquals(9090, c.http().port());
    assertTrue(c.fetch().allowPrivateAddresses());
    assertEquals(List.of("10.0.0.0/8", "127.0.0.1/32"), c.fetch().allowedAddresses());
    assertEquals(3, c.fetch().hostConcurrency());
    assertEquals(250, c.fetch().hostDelayMs());
    assertFalse(c.fetch().robots());
    assertEquals(7, c.jobs().maxUrls());
    assertEquals(List.of("a:5701", "b:5701"), c.cluster().members());
    assertEquals(List.of("token-number-one-0001", "token-number-two-0002"), c.auth().tokens());
  }

  @Test
  void fileOverridesDefaultsAndEnvironmentOverridesFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.json");
    Files.writeString(file, "{\"http\":{\"port\":7000},\"jobs\":{\"maxUrls\":5}}");
    ScoopConfig c = ConfigLoader.load(file, Map.of("SCOOP_JOBS_MAX_URLS", "6"));
    assertEquals(7000, c.http().port());
    assertEquals(6, c.jobs().maxUrls());
  }

  @Test
  void badKeysAreRefusedOneMessageEach(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.json");
    Files.writeString(file, "{\"http\":{\"prot\":1,\"port\":\"x\"},\"nope\":{}}");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file,
        Map.of("SCOOP_FETCH_ROBOTS", "maybe", "SCOOP_TYPO", "1", "SCOOP_HTTP_MAX_BODY_BYTES", "1")));
    assertEquals(5, e.problems().size(), e.problems().toString());
    assertTrue(e.getMessage().contains("unknown key 'http.prot'"));
    assertTrue(e.getMessage().contains("SCOOP_FETCH_ROBOTS='maybe' must be true or false"));
    assertTrue(e.getMessage().contains("unknown environment variable SCOOP_TYPO"));
  }

  @Test
  void outOfRangeValuesAreRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null,
        Map.of("SCOOP_HTTP_PORT", "70000", "SCOOP_EXTRACT_MAX_ELEMENTS", "10")));
    assertTrue(e.getMessage().contains("SCOOP_HTTP_PORT"), e.getMessage());
    assertTrue(e.getMessage().contains("SCOOP_EXTRACT_MAX_ELEMENTS"), e.getMessage());
  }

  @Test
  void clusterSettingsAreChecked() {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(
        "SCOOP_CLUSTER_MEMBERS", "a:5701,http://b:5701", "SCOOP_CLUSTER_NAME", " ", "SCOOP_CLUSTER_HEARTBEAT_TIMEOUT_MS", "5",
        "SCOOP_CLUSTER_CONFIG_FILE", "/no/such/cluster.xml")));
    assertEquals(4, e.problems().size(), e.problems().toString());
    assertTrue(e.getMessage().contains("'cluster.configFile' (SCOOP_CLUSTER_CONFIG_FILE) names no file: '/no/such/cluster.xml'"));
    assertTrue(e.getMessage().contains("'cluster.members' (SCOOP_CLUSTER_MEMBERS) must list host:port entries, not 'http://b:5701'"));
    assertTrue(e.getMessage().contains("'cluster.name' (SCOOP_CLUSTER_NAME) must not be empty"));
    assertTrue(e.getMessage().contains("SCOOP_CLUSTER_HEARTBEAT_TIMEOUT_MS"));
  }

  @Test
  void accessSettingsAreChecked(@TempDir Path dir) throws Exception {
    Path tokens = dir.resolve("tokens");
    Files.writeString(tokens, "# one per line\nfile-token-abcdefghijklmnop\n\n");
    ScoopConfig ok = ConfigLoader.load(null, Map.of("SCOOP_AUTH_TOKENS", "env-token-abcdefghijklmnop",
        "SCOOP_AUTH_TOKENS_FILE", tokens.toString(), "SCOOP_HTTP_ALLOWED_ORIGINS", "https://app.example.com,http://localhost:3000"));
    assertEquals(List.of("env-token-abcdefghijklmnop", "file-token-abcdefghijklmnop"), ok.auth().tokens());
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(
        "SCOOP_AUTH_TOKENS", "short", "SCOOP_HTTP_ALLOWED_ORIGINS", "app.example.com",
        "SCOOP_HTTP_IDLE_TIMEOUT_MS", "20000", "SCOOP_LOG_FORMAT", "xml", "SCOOP_LIMITS_REQUESTS_PER_SECOND", "0")));
    assertEquals(5, e.problems().size(), e.problems().toString());
    assertFalse(e.getMessage().contains("short"), "a token is never echoed");
    assertTrue(e.getMessage().contains("token #1 must be at least 16"));
    assertTrue(e.getMessage().contains("must list origins like https://app.example.com, not 'app.example.com'"));
    assertTrue(e.getMessage().contains("'http.idleTimeoutMs' (SCOOP_HTTP_IDLE_TIMEOUT_MS) must be longer than 'stream.pingIntervalMs'"));
    assertTrue(e.getMessage().contains("'log.format' (SCOOP_LOG_FORMAT) must be one of text, json"));
  }
}
