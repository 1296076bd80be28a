package dev.scoop;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A Scoop node in a JVM of its own ({@code java dev.scoop.Main serve}), its output in a log file. */
public final class NodeProcess {
  public final int httpPort;
  public final Path log;
  private final Process process;

  private NodeProcess(int httpPort, Path log, Process process) {
    this.httpPort = httpPort;
    this.log = log;
    this.process = process;
  }

  /** Starts {@code serve} on the test classpath with {@code env} added to this process's environment. */
  public static NodeProcess start(int httpPort, Map<String, String> env, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"),
        "dev.scoop.Main", "serve"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // Only the settings given: a SCOOP_* variable of the test's own environment would leak into the node.
    builder.environment().keySet().removeIf(name -> name.startsWith("SCOOP_"));
    builder.environment().putAll(env);
    builder.environment().put("SCOOP_HTTP_HOST", "127.0.0.1");
    builder.environment().put("SCOOP_HTTP_PORT", String.valueOf(httpPort));
    return new NodeProcess(httpPort, log, builder.start());
  }

  /**
   * Waits until {@code /health/ready} answers 200 with a body containing {@code expected};
   * fails at once, with the node's output, if the process exits, and after {@code timeoutMs}.
   * Blocks the calling (test) thread.
   */
  public void awaitReady(WebClient http, String expected, long timeoutMs) throws Exception {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (!ready(http, expected)) {
      if (!process.isAlive()) {
        throw new AssertionError("node on port " + httpPort + " exited with " + process.exitValue() + ":\n"
            + Files.readString(log));
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("node on port " + httpPort + " not ready within " + timeoutMs + " ms; see " + log);
      }
      Thread.sleep(100);
    }
  }

  private boolean ready(WebClient http, String expected) {
    try {
      HttpResponse<Buffer> r = http.get(httpPort, "127.0.0.1", "/health/ready").send().await(2, TimeUnit.SECONDS);
      return r.statusCode() == 200 && r.bodyAsString().contains(expected);
    } catch (Exception notYet) {
      return false;
    }
  }

  /** SIGKILL: no shutdown hook, no goodbye to the cluster. */
  public void kill() {
    process.destroyForcibly();
  }

  /** SIGTERM: the node drains, leaves, and exits; returns the exit status. */
  public int terminate(long timeoutMs) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }

  public static File logDir(String name) {
    File dir = new File("target", name);
    dir.mkdirs();
    return dir;
  }
}
