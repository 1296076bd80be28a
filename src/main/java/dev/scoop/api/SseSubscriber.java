package dev.scoop.api;

import dev.scoop.stream.StreamEvent;
import dev.scoop.stream.StreamHub;
import dev.scoop.stream.Subscriber;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * A job's events as Server-Sent Events: {@code id:} is the result's sequence number (so a
 * reconnecting client resumes with {@code Last-Event-ID}), {@code event:} is {@code result}
 * or {@code job}. The response ends after the job's done event. A comment line every
 * {@code stream.pingIntervalMs} keeps proxies from timing out. A client whose queue exceeds
 * {@code stream.maxQueuedBytes} is cut off (whatever {@code stream.slowClients} says: SSE has
 * no way to tell it); EventSource reconnects with {@code Last-Event-ID} and resumes there.
 */
final class SseSubscriber implements Subscriber {
  private final HttpServerResponse response;
  private final StreamHub hub;
  private boolean open = true;

  SseSubscriber(io.vertx.core.Vertx vertx, HttpServerResponse response, StreamHub hub, int maxQueuedBytes, long pingIntervalMs) {
    this.response = response;
    this.hub = hub;
    // A comment line now and then keeps proxies from closing a quiet stream.
    long keepAlive = vertx.setPeriodic(pingIntervalMs, id -> {
      if (open && !response.writeQueueFull()) {
        response.write(": ping\n\n");
      }
    });
    response.endHandler(v -> vertx.cancelTimer(keepAlive));
    response.setChunked(true)
        .putHeader("Content-Type", "text/event-stream; charset=utf-8")
        .putHeader("Cache-Control", "no-cache")
        .putHeader("X-Accel-Buffering", "no")
        .setWriteQueueMaxSize(maxQueuedBytes);
    response.closeHandler(v -> close());
    response.write(": scoop event stream\n\n");
  }

  @Override
  public boolean send(StreamEvent streamEvent) {
    JsonObject event = streamEvent.json();
    if (!open) {
      return false;
    }
    if (response.writeQueueFull()) {
      close();
      response.reset();
      return false;
    }
    StringBuilder frame = new StringBuilder();
    if (event.containsKey("seq")) {
      frame.append("id: ").append(event.getInteger("seq")).append('\n');
    }
    frame.append("event: ").append(event.getString("type")).append('\n')
        .append("data: ").append(streamEvent.text()).append("\n\n");
    response.write(frame.toString());
    if ("job".equals(event.getString("type"))) {
      close();
      response.end();
    }
    return true;
  }

  @Override
  public boolean hasRoom() {
    return open && !response.writeQueueFull();
  }

  @Override
  public void whenDrained(Runnable then) {
    response.drainHandler(v -> {
      if (open) {
        then.run();
      }
    });
  }

  @Override
  public void goAway() {
    if (open) {
      close();
      response.end();
    }
  }

  private void close() {
    open = false;
    hub.remove(this);
  }
}
