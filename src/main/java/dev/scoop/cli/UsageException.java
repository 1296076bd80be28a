package dev.scoop.cli;

/** Bad command-line input: printed to stderr and the process exits with status 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
