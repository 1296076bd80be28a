package dev.scoop.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx running {@code deploy/nginx.conf}, with its members block pointed at test nodes and
 * its listen port at a free one, in a prefix directory of its own.
 */
final class NginxProcess {
  private final Process process;
  final int port;

  private NginxProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** The nginx binary, or null when it is not installed. */
  static String binary() {
    for (String candidate : List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    return null;
  }

  static NginxProcess start(int port, List<Integer> nodePorts, Path dir) throws IOException, InterruptedException {
    Path prefix = dir.toAbsolutePath();
    Files.createDirectories(prefix.resolve("logs"));
    String template = Files.readString(Path.of("deploy", "nginx.conf"));
    String members = nodePorts.stream()
        .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
        .collect(Collectors.joining("\n"));
    String conf = replaceBlock(template, "members", members);
    conf = replaceBlock(conf, "listen", "    listen 127.0.0.1:" + port + ";");
    conf = conf.replace("worker_processes auto;", "worker_processes 1;\npid " + prefix.resolve("nginx.pid") + ";")
        .replace("http {", "http {\n  access_log off;\n  client_body_temp_path " + prefix.resolve("body") + ";\n  proxy_temp_path "
            + prefix.resolve("proxy") + ";");
    Path file = prefix.resolve("nginx.conf");
    Files.writeString(file, conf);
    Process process = new ProcessBuilder(binary(), "-p", prefix.toString(), "-c", file.toString(), "-e",
        prefix.resolve("logs/error.log").toString(), "-g", "daemon off;")
        .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
    if (process.waitFor(300, TimeUnit.MILLISECONDS)) {
      throw new IOException("nginx exited: " + Files.readString(prefix.resolve("logs/stdout.log")));
    }
    return new NginxProcess(process, port);
  }

  void stop() {
    process.destroy();
  }

  /** Replaces the lines between "# BEGIN name" and "# END name" (markers kept out). */
  private static String replaceBlock(String conf, String name, String body) {
    int begin = conf.indexOf("# BEGIN " + name);
    int end = conf.indexOf("# END " + name);
    if (begin < 0 || end < 0) {
      throw new IllegalStateException("deploy/nginx.conf lacks its '" + name + "' block");
    }
    int lineStart = conf.lastIndexOf('\n', begin) + 1;
    int lineEnd = conf.indexOf('\n', end) + 1;
    return conf.substring(0, lineStart) + body + "\n" + conf.substring(lineEnd);
  }
}
