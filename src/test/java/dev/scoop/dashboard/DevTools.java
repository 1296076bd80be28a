package dev.scoop.dashboard;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium driven over the DevTools protocol with Vert.x's own WebSocket client: no
 * WebDriver needed. Starts the browser with the flags this machine's closed network needs.
 */
final class DevTools implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private final Vertx vertx;
  private final Process browser;
  private final Path profile;
  private final WebSocketClient client;
  private final Map<Integer, Promise<JsonObject>> pending = new HashMap<>();
  private WebSocket page;
  private int nextId;

  private DevTools(Vertx vertx, Process browser, Path profile) {
    this.vertx = vertx;
    this.browser = browser;
    this.profile = profile;
    // A screenshot arrives as one base64 frame of a megabyte or more.
    this.client = vertx.createWebSocketClient(new io.vertx.core.http.WebSocketClientOptions()
        .setMaxFrameSize(64 << 20).setMaxMessageSize(64 << 20));
  }

  static boolean available() {
    return Files.isExecutable(CHROMIUM);
  }

  /** Launches Chromium and connects to its first page. */
  static Future<DevTools> launch(Vertx vertx) {
    try {
      Path profile = Files.createTempDirectory("scoop-chromium");
      Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
          .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
      DevTools tools = new DevTools(vertx, p, profile);
      return tools.connect(0).map(v -> tools);
    } catch (IOException e) {
      return Future.failedFuture(e);
    }
  }

  /** Waits for DevToolsActivePort, then attaches to the page target. */
  private Future<Void> connect(int attempt) {
    Path portFile = profile.resolve("DevToolsActivePort");
    if (!Files.exists(portFile)) {
      return attempt > 200 ? Future.failedFuture("Chromium did not start") : vertx.timer(50).compose(t -> connect(attempt + 1));
    }
    try {
      List<String> lines = Files.readAllLines(portFile);
      int port = Integer.parseInt(lines.get(0).trim());
      return vertx.createHttpClient().request(io.vertx.core.http.HttpMethod.GET, port, "127.0.0.1", "/json/list")
          .compose(req -> req.send()).compose(resp -> resp.body())
          .compose(body -> {
            String ws = null;
            for (Object o : new io.vertx.core.json.JsonArray(body.toString())) {
              JsonObject target = (JsonObject) o;
              if ("page".equals(target.getString("type"))) {
                ws = target.getString("webSocketDebuggerUrl");
              }
            }
            return ws == null ? Future.<WebSocket>failedFuture("no page target")
                : client.connect(new io.vertx.core.http.WebSocketConnectOptions().setAbsoluteURI(ws));
          })
          .map(ws -> {
            page = ws;
            ws.frameHandler(frame -> { });
            ws.textMessageHandler(this::onMessage);
            return (Void) null;
          });
    } catch (IOException | RuntimeException e) {
      return attempt > 200 ? Future.failedFuture(e) : vertx.timer(50).compose(t -> connect(attempt + 1));
    }
  }

  private void onMessage(String text) {
    JsonObject msg = new JsonObject(text);
    Promise<JsonObject> p = pending.remove(msg.getInteger("id", -1));
    if (p != null) {
      if (msg.containsKey("error")) {
        p.fail(msg.getJsonObject("error").encode());
      } else {
        p.complete(msg.getJsonObject("result"));
      }
    }
  }

  Future<JsonObject> call(String method, JsonObject params) {
    int id = ++nextId;
    Promise<JsonObject> p = Promise.promise();
    pending.put(id, p);
    page.writeTextMessage(new JsonObject().put("id", id).put("method", method).put("params", params).encode());
    return p.future();
  }

  /** Evaluates a JavaScript expression in the page; completes with its (JSON) value. */
  Future<Object> eval(String expression) {
    return call("Runtime.evaluate", new JsonObject().put("expression", expression).put("returnByValue", true))
        .map(r -> r.getJsonObject("result").getValue("value"));
  }

  /** Polls {@code expression} every 100 ms until it is true, for at most {@code seconds}. */
  Future<Void> until(String expression, int seconds) {
    long deadline = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(seconds);
    return poll(expression, deadline);
  }

  private Future<Void> poll(String expression, long deadline) {
    return eval(expression).compose(v -> {
      if (Boolean.TRUE.equals(v)) {
        return Future.succeededFuture();
      }
      if (System.currentTimeMillis() > deadline) {
        return Future.failedFuture("timed out waiting for: " + expression);
      }
      return vertx.timer(100).compose(t -> poll(expression, deadline));
    });
  }

  Future<byte[]> screenshot() {
    return call("Page.captureScreenshot", new JsonObject().put("format", "png"))
        .map(r -> java.util.Base64.getDecoder().decode(r.getString("data")));
  }

  @Override
  public void close() {
    browser.destroyForcibly();
    client.close();
  }
}
