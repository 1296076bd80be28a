package dev.scoop.api;

import dev.scoop.config.ScoopConfig;
import dev.scoop.stream.StreamEvent;
import dev.scoop.stream.StreamHub;
import dev.scoop.stream.Subscriber;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One client on {@code /api/v1/stream}: reads its JSON ops (subscribe, unsubscribe, submit),
 * answers each with an {@code ack} or an {@code error} frame, and writes the events the hub
 * routes to it. A bad message never closes the connection.
 *
 * <p>Backpressure: when more than {@code stream.maxQueuedBytes} wait to be written, the client
 * is either closed with 1013 ({@code stream.slowClients = close}) or, by default, skipped
 * until its queue drains and then told what it missed: a {@code lagged} frame listing, per
 * job, the first and last sequence number it did not get, so it can resubscribe with
 * {@code after}. Nothing is buffered for it beyond its own write queue.
 *
 * <p>Heartbeat: a ping every {@code stream.pingIntervalMs}; a client silent (no pong, no
 * message) for {@code stream.idleTimeoutMs} is closed with 1001.
 */
final class WebSocketSession implements Subscriber {
  static final short TOO_SLOW = 1013;
  static final short GOING_AWAY = 1001;
  static final short PROTOCOL_ERROR = 1002;
  static final short MESSAGE_TOO_BIG = 1009;
  private final ServerWebSocket ws;
  private final StreamHub hub;
  private final JobsClient jobs;
  private final ScoopConfig.Jobs limits;
  private final ScoopConfig.Stream stream;
  private final Map<String, JsonObject> missed = new LinkedHashMap<>();
  private final long heartbeat;
  private boolean open = true;
  private boolean lagging;
  private long lastHeard = System.currentTimeMillis();

  WebSocketSession(Vertx vertx, ServerWebSocket ws, StreamHub hub, JobsClient jobs, ScoopConfig config) {
    this.ws = ws;
    this.hub = hub;
    this.jobs = jobs;
    this.limits = config.jobs();
    this.stream = config.stream();
    ws.setWriteQueueMaxSize(stream.maxQueuedBytes());
    ws.textMessageHandler(text -> {
      lastHeard = System.currentTimeMillis();
      handleText(text);
    });
    ws.binaryMessageHandler(b -> error("unsupported_frame", "send JSON text frames", null));
    ws.pongHandler(p -> lastHeard = System.currentTimeMillis());
    ws.closeHandler(v -> close(vertx));
    ws.exceptionHandler(t -> refuse(vertx, t));
    ws.drainHandler(v -> catchUpAfterLag());
    this.heartbeat = vertx.setPeriodic(stream.pingIntervalMs(), id -> beat());
    hub.add(this);
  }

  /** Sends a frame of this session's own (ack, error). */
  private boolean send(JsonObject frame) {
    return send(new StreamEvent(frame));
  }

  @Override
  public boolean send(StreamEvent event) {
    if (!open) {
      return false;
    }
    if (lagging || ws.writeQueueFull()) {
      if (stream.slowClients().equals("close")) {
        open = false;
        ws.close(TOO_SLOW, "client too slow: outbound queue over stream.maxQueuedBytes");
        return false;
      }
      lagging = true;
      recordMissed(event);
      return true;
    }
    ws.writeTextMessage(event.text());
    return true;
  }

  /** Remembers the range of sequence numbers a lagging client did not get, per job. */
  private void recordMissed(StreamEvent streamEvent) {
    JsonObject event = streamEvent.json();
    String jobId = event.getString("jobId");
    if (jobId == null) {
      return;
    }
    JsonObject range = missed.computeIfAbsent(jobId, id -> new JsonObject().put("jobId", id));
    Integer seq = event.getInteger("seq");
    if (seq != null) {
      if (!range.containsKey("fromSeq")) {
        range.put("fromSeq", seq);
      }
      range.put("toSeq", seq);
    }
    if ("job".equals(event.getString("type"))) {
      range.put("done", true);
    }
  }

  private void catchUpAfterLag() {
    if (!lagging || !open) {
      return;
    }
    lagging = false;
    JsonArray jobsMissed = new JsonArray();
    missed.values().forEach(jobsMissed::add);
    missed.clear();
    ws.writeTextMessage(new JsonObject().put("type", "lagged").put("missed", jobsMissed)
        .put("hint", "resubscribe with {\"op\":\"subscribe\",\"jobId\":...,\"after\":fromSeq - 1}").encode());
  }

  private void beat() {
    if (!open) {
      return;
    }
    if (System.currentTimeMillis() - lastHeard > stream.idleTimeoutMs()) {
      open = false;
      ws.close(GOING_AWAY, "no pong for " + stream.idleTimeoutMs() + " ms");
      return;
    }
    ws.writePing(Buffer.buffer("scoop"));
  }

  /**
   * A frame the server cannot take (over {@code http.maxBodyBytes}, or malformed) ends the
   * connection: 1009 for a message too big, 1002 for a protocol error.
   */
  private void refuse(Vertx vertx, Throwable t) {
    boolean tooBig = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).matches(".*(size|exceed|too big|too large|length).*");
    close(vertx);
    if (!ws.isClosed()) {
      ws.close(tooBig ? MESSAGE_TOO_BIG : PROTOCOL_ERROR, tooBig ? "message over http.maxBodyBytes" : "protocol error");
    }
  }

  private void close(Vertx vertx) {
    open = false;
    vertx.cancelTimer(heartbeat);
    hub.remove(this);
  }

  private void handleText(String text) {
    JsonObject msg;
    try {
      msg = new JsonObject(text);
    } catch (DecodeException | ClassCastException e) {
      error("invalid_json", "messages must be JSON objects", null);
      return;
    }
    String op = msg.getValue("op") instanceof String ? msg.getString("op") : null;
    try {
      switch (op == null ? "" : op) {
        case "subscribe": subscribe(msg, true); break;
        case "unsubscribe": subscribe(msg, false); break;
        case "submit": submit(msg); break;
        default: error("unknown_op", "unknown op '" + op + "'; use subscribe, unsubscribe or submit", op);
      }
    } catch (ApiException e) {
      send(new JsonObject().put("type", "error").put("op", op).put("error", e.error()));
    }
  }

  private void subscribe(JsonObject msg, boolean on) {
    String op = on ? "subscribe" : "unsubscribe";
    Object jobId = msg.getValue("jobId");
    Object domain = msg.getValue("domain");
    Object all = msg.getValue("all");
    if (jobId instanceof String) {
      if (!on) {
        hub.unsubscribeJob(this, (String) jobId);
        ack(op, new JsonObject().put("jobId", jobId));
        return;
      }
      int after = after(msg.getValue("after"));
      subscribeJob((String) jobId, after, new JsonObject().put("type", "ack").put("op", op).put("jobId", jobId));
    } else if (domain instanceof String && !((String) domain).isBlank()) {
      hub.subscribeDomain(this, ((String) domain).trim().toLowerCase(java.util.Locale.ROOT), on);
      ack(op, new JsonObject().put("domain", domain));
    } else if (Boolean.TRUE.equals(all)) {
      hub.subscribeAll(this, on);
      ack(op, new JsonObject().put("all", true));
    } else {
      throw new ApiException(400, "invalid_subscription", op + " needs \"jobId\", \"domain\" or \"all\": true");
    }
  }

  private void submit(JsonObject msg) {
    Submission submission = Submission.validate(msg, limits);
    jobs.create(submission).onComplete(ar -> {
      if (ar.failed()) {
        ApiException e = (ApiException) ar.cause();
        send(new JsonObject().put("type", "error").put("op", "submit").put("error", e.error()));
        return;
      }
      JsonObject created = ar.result();
      subscribeJob(created.getString("jobId"), 0, created.put("type", "ack").put("op", "submit"));
    });
  }

  /** The ack once the job is known, then its results: catch-up guarantees none is missed. */
  private void subscribeJob(String jobId, int after, JsonObject ack) {
    Future<Void> subscribed = hub.subscribeJob(this, jobId, after, ack);
    subscribed.onFailure(t -> {
      ApiException e = (ApiException) JobsClient.translate(t);
      send(new JsonObject().put("type", "error").put("op", "subscribe").put("jobId", jobId).put("error", e.error()));
    });
  }

  private static int after(Object value) {
    if (value == null) {
      return 0;
    }
    if (!(value instanceof Number) || ((Number) value).intValue() < 0) {
      throw new ApiException(400, "invalid_subscription", "\"after\" must be a non-negative integer");
    }
    return ((Number) value).intValue();
  }

  private void ack(String op, JsonObject fields) {
    send(fields.put("type", "ack").put("op", op));
  }

  private void error(String code, String message, String op) {
    send(new JsonObject().put("type", "error").put("op", op)
        .put("error", new JsonObject().put("code", code).put("message", message)));
  }
}
