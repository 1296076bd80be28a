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

  /** Whether the client's outbound queue has room for more now. */
  boolean hasRoom();

  /**
   * Runs {@code then} once, when the outbound queue has drained (call only after {@link #hasRoom}
   * said no). An SSE response serves one job, so it has at most one such wait at a time.
   */
  void whenDrained(Runnable then);
}
