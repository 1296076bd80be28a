package dev.scoop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.config.ScoopConfig;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionTest {
  private final ScoopConfig.Jobs limits = ScoopConfig.defaults().jobs();

  private static JsonObject body(Object... urls) {
    return new JsonObject().put("urls", new JsonArray(List.of(urls)));
  }

  @Test
  void mixedBatchKeepsTheValidUrls() {
    Submission s = Submission.validate(body("https://a.example/x", "ftp://b/", 3, "http://", "https://c.example/y"), limits);
    assertEquals(List.of("https://a.example/x", "https://c.example/y"), s.accepted());
    assertEquals(3, s.rejected().size());
    assertEquals("not a string", s.rejected().getJsonObject(1).getString("reason"));
  }

  @Test
  void wrongShapesAreRefusedWhole() {
    assertEquals(400, assertThrows(ApiException.class, () -> Submission.validate(null, limits)).status());
    assertCode("invalid_urls", new JsonObject());
    assertCode("invalid_urls", new JsonObject().put("urls", "https://a.example/"));
    assertCode("invalid_urls", body());
    assertCode("no_valid_urls", body("mailto:x@y", "nonsense"));
    assertCode("invalid_options", body("https://a.example/").put("options", new JsonObject().put("speed", 9)));
    assertCode("invalid_options", body("https://a.example/").put("options", new JsonObject().put("force", "yes")));
  }

  @Test
  void tooManyUrlsIs413() {
    Object[] urls = new Object[limits.maxUrls() + 1];
    java.util.Arrays.fill(urls, "https://a.example/");
    ApiException e = assertThrows(ApiException.class, () -> Submission.validate(body(urls), limits));
    assertEquals(413, e.status());
    assertEquals("too_many_urls", e.error().getString("code"));
  }

  @Test
  void overlongUrlsAreRejected() {
    Submission s = Submission.validate(body("https://a.example/" + "x".repeat(limits.maxUrlLength()), "https://a.example/"), limits);
    assertTrue(s.rejected().getJsonObject(0).getString("reason").startsWith("longer than"));
  }

  private void assertCode(String code, JsonObject body) {
    assertEquals(code, assertThrows(ApiException.class, () -> Submission.validate(body, limits)).error().getString("code"));
  }
}
