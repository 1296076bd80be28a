package dev.scoop.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scoop.ServiceTestBase;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in headless Chromium: paste a URL, submit, see the article arrive, open it,
 * and never run script from article content. Writes target/dashboard.png. Skipped, with a
 * note, where Chromium is not installed.
 */
@Timeout(value = 90, timeUnit = TimeUnit.SECONDS)
class DashboardBrowserTest extends ServiceTestBase {

  /** Pixels darker than mid-grey inside {@code rect} of a PNG: text shows up as hundreds of them. */
  private static int darkPixels(byte[] png, JsonObject rect) throws java.io.IOException {
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    int dark = 0;
    int x0 = rect.getDouble("x").intValue();
    int y0 = rect.getDouble("y").intValue();
    for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x0 + rect.getDouble("width").intValue()); x++) {
      for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y0 + rect.getDouble("height").intValue()); y++) {
        int rgb = image.getRGB(x, y);
        int luminance = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
        dark += luminance < 128 ? 1 : 0;
      }
    }
    return dark;
  }

  private static void assumeChromium() {
    Assumptions.assumeTrue(DevTools.available(),
        "Chromium not found at /usr/bin/chromium: install it (apt-get install -y chromium) to run the browser test");
  }

  /** Opens the dashboard, waits until its stream is live, and submits {@code urls} through its form. */
  private Future<Object> submit(DevTools browser, String... urls) {
    return browser.call("Page.navigate", new JsonObject().put("url", "http://127.0.0.1:" + port + "/"))
        .compose(n -> browser.until("document.getElementById('conn').textContent === 'live'", 20))
        .compose(v -> browser.eval("document.getElementById('urls').value = "
            + new io.vertx.core.json.JsonArray().add(String.join("\n", urls)).encode() + "[0];"
            + " document.getElementById('go').click(); true"));
  }

  @Test
  void submitWatchAndReadAnArticle(Vertx vertx, VertxTestContext ctx) {
    assumeChromium();
    DevTools.launch(vertx).compose(browser -> submit(browser, site.url("/pages/seed-newser.html"), site.url("/pages/hostile.html"))
            .compose(v -> browser.until("document.querySelectorAll('#results li').length === 2", 30))
            .compose(v -> browser.until("document.querySelector('[data-job] span').textContent.includes('done')", 10))
            .compose(v -> browser.eval("Array.from(document.querySelectorAll('#results li')).find(li => li.textContent.includes('South Korea')).click(); true"))
            .compose(v -> browser.until("document.getElementById('r-title').textContent.startsWith('South Korea May Relent')", 10))
            .compose(v -> vertx.timer(300))
            // The sandboxed frame is another origin: read what it rendered through DevTools, piercing frames.
            .compose(v -> browser.call("DOM.getDocument", new JsonObject().put("depth", -1).put("pierce", true)))
            .compose(dom -> browser.eval("JSON.stringify({meta: document.getElementById('r-meta').textContent,"
                + " caption: document.getElementById('r-caption').textContent})")
                .map(meta -> new JsonObject((String) meta).put("rendered", dom.encode()).encode()))
            .compose(shown -> browser.eval("Array.from(document.querySelectorAll('#results li')).find(li => li.textContent.includes('Hostile')).click(); true")
                .compose(v -> browser.until("document.getElementById('r-title').textContent === 'Hostile page'", 10))
                .compose(v -> browser.eval("document.querySelectorAll('#r-body').length === 1 && !document.getElementById('r-body').hasAttribute('allow-scripts')"))
                .compose(v -> vertx.timer(800))
                .compose(v -> browser.eval("window.parent.__pwned === undefined && window.__pwned === undefined"))
                .compose(safe -> browser.eval("JSON.stringify(document.getElementById('r-body').getBoundingClientRect())")
                    .compose(rect -> browser.screenshot().map(png -> new Object[] {shown, safe, png, rect}))))
            .eventually(() -> {
              browser.close();
              return io.vertx.core.Future.succeededFuture();
            }))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          JsonObject shown = new JsonObject((String) r[0]);
          assertTrue(shown.getString("meta").contains("Kate Seamons"), shown.getString("meta"));
          assertTrue(shown.getString("rendered").contains("is not taking North Korea and Russia"), "the body rendered in its frame");
          assertTrue(shown.getString("caption").contains("AP Photo/Ahn Young-joon"), "caption and credit");
          assertEquals(Boolean.TRUE, r[1], "no script from article content ran");
          Path png = Path.of("target", "dashboard.png");
          Files.write(png, (byte[]) r[2]);
          assertTrue(darkPixels((byte[]) r[2], new JsonObject((String) r[3])) > 500, "the article body is visible in its frame");
          ctx.completeNow();
        })));
  }

  /** A tab whose connection drops mid-job picks the job up again when it reconnects: no result goes missing. */
  @Test
  void aReconnectedTabShowsTheResultsThatCameWhileItWasAway(Vertx vertx, VertxTestContext ctx) {
    assumeChromium();
    DevTools.launch(vertx).compose(browser -> submit(browser, site.url("/pages/seed-newser.html"), site.url("/slow/4000/7"))
            .compose(v -> browser.until("document.querySelectorAll('#results li').length === 1", 30))
            // the dashboard drops its connection when the token changes: the slow page finishes while it is away
            .compose(v -> browser.eval("document.getElementById('token').dispatchEvent(new Event('change')); true"))
            .compose(v -> browser.until("document.getElementById('conn').textContent !== 'live'", 5))
            .compose(v -> browser.until("document.querySelectorAll('#results li').length === 2"
                + " && document.querySelector('[data-job] span').textContent.includes('2/2')"
                + " && document.querySelector('[data-job] span').textContent.includes('done')", 30))
            .compose(v -> browser.eval("document.querySelectorAll('#results li').length"))
            .eventually(() -> {
              browser.close();
              return io.vertx.core.Future.succeededFuture();
            }))
        .onComplete(ctx.succeeding(count -> ctx.verify(() -> {
          assertEquals(2, ((Number) count).intValue(), "each result shown once");
          ctx.completeNow();
        })));
  }
}
