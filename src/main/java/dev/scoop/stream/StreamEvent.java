package dev.scoop.stream;

import io.vertx.core.json.JsonObject;

/**
 * One event on its way to subscribers, encoded at most once: a result published to a thousand
 * clients is turned into text one time, not a thousand. Not thread-safe: lives on the hub's
 * event loop.
 */
public final class StreamEvent {
  private final JsonObject json;
  private String text;

  public StreamEvent(JsonObject json) {
    this.json = json;
  }

  public JsonObject json() {
    return json;
  }

  /** The JSON text of the event, encoded on first use. */
  public String text() {
    if (text == null) {
      text = json.encode();
    }
    return text;
  }
}
