package dev.scoop.stream;

/** A client of the live stream (a WebSocket or an SSE response). */
public interface Subscriber {
  /**
   * Sends one event; returns false when the client cannot take it (closed, or its outbound
   * queue is over the byte limit), after which the hub forgets the subscriber.
   */
  boolean send(StreamEvent event);

  /** The server is shutting down: end the connection the way the protocol says (WebSocket 1001). */
  void goAway();
}
