package dev.scoop;

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

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Whether it is up: false while starting; fails at once, with its output, if the process has exited. */
  public boolean checkAlive() throws IOException {
    if (!process.isAlive()) {
      throw new AssertionError("node on port " + httpPort + " exited with " + process.exitValue() + ":\n"
          + Files.readString(log));
    }
    return true;
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
