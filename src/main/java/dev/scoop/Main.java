package dev.scoop;

import dev.scoop.cli.EvalCommand;
import dev.scoop.cli.ExtractCommand;
import dev.scoop.cli.ServeCommand;
import dev.scoop.cli.UsageException;
import java.util.Arrays;
import java.util.List;

/** Command-line entry point: {@code serve}, {@code extract}, {@code eval}. */
public final class Main {
  private static final String USAGE = String.join("\n",
      "usage: java -jar scoop.jar serve [--config FILE] [--cluster]",
      "       java -jar scoop.jar extract [--url URL] [--format json|text|markdown] FILE|DIR...",
      "       java -jar scoop.jar eval DATASET_DIR [--worst N] [--predictions FILE]");

  private Main() {}

  public static void main(String[] args) {
    int status;
    try {
      status = run(args);
    } catch (UsageException e) {
      System.err.println("scoop: " + e.getMessage());
      System.err.println(USAGE);
      status = 2;
    }
    if (status >= 0) {
      System.exit(status);
    }
  }

  /** Runs a command; returns its exit status, or -1 when it keeps running (serve). */
  static int run(String[] args) {
    if (args.length == 0) {
      throw new UsageException("missing command");
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    switch (args[0]) {
      case "serve": return new ServeCommand().run(rest);
      case "extract": return new ExtractCommand().run(rest, System.out, System.err);
      case "eval": return new EvalCommand().run(rest, System.out);
      case "help": case "--help": case "-h":
        System.out.println(USAGE);
        return 0;
      default: throw new UsageException("unknown command '" + args[0] + "'");
    }
  }
}
