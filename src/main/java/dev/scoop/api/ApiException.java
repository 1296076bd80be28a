package dev.scoop.api;

import io.vertx.core.json.JsonObject;

/** A refused request: HTTP status, machine-readable code and a message for people. */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final JsonObject details;

  public ApiException(int status, String code, String message) {
    this(status, code, message, null);
  }

  public ApiException(int status, String code, String message, JsonObject details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  public int status() {
    return status;
  }

  /** The error object of the contract: {@code {"code","message",...details}}. */
  public JsonObject error() {
    JsonObject e = new JsonObject().put("code", code).put("message", getMessage());
    if (details != null) {
      e.mergeIn(details);
    }
    return e;
  }
}
