package dev.scoop.api;

import dev.scoop.config.ScoopConfig;
import dev.scoop.metrics.ScoopMetrics;
import dev.scoop.stream.StreamEvent;
import dev.scoop.stream.StreamHub;
import dev.scoop.stream.Subscriber;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
 *
 * <p>Access: with API tokens configured, a session not authenticated at the upgrade (header or
 * subprotocol) must send {@code {"op":"auth","token":"..."}} first, within
 * {@value #AUTH_TIMEOUT_MS} ms; anything else, or a wrong token, closes it with 1008. Each
 * client may hold {@code limits.maxWebSocketsPerClient} sessions; submissions count against
 * its URL limits like REST ones.
 */
final class WebSocketSession implements Subscriber {
  static final short TOO_SLOW = 1013;
  static final short GOING_AWAY = 1001;
  static final short PROTOCOL_ERROR = 1002;
  static final short MESSAGE_TOO_BIG = 1009;
  static final short POLICY_VIOLATION = 1008;
  static final long AUTH_TIMEOUT_MS = 10_000;
  /** Open sessions of this JVM, for the metrics gauge. */
  static final AtomicInteger OPEN = new AtomicInteger();
  private final Vertx vertx;
  private final Gatekeeper gate;
  private final int maxJsonDepth;
  /** The authenticated client, or null until the session has authenticated. */
  private String client;
  private boolean counted;
  private long authTimer = -1;
  private final ServerWebSocket ws;
  private final StreamHub hub;
  private final JobsClient jobs;
  private final ScoopConfig.Jobs limits;
  private final ScoopConfig.Stream stream;
  private final Map<String, JsonObject> missed = new LinkedHashMap<>();
  private final long heartbeat;
  private boolean open = true;
  private boolean lagging;
  /** What waits for the outbound queue to drain (paced catch-ups), run once when it does. */
  private final List<Runnable> whenDrained = new ArrayList<>();
  private long lastHeard = System.currentTimeMillis();

  /**
   * {@code client}: who the upgrade authenticated (or the caller's address when the API is
   * open); null when the session must authenticate with its first message.
   */
  WebSocketSession(Vertx vertx, ServerWebSocket ws, StreamHub hub, JobsClient jobs, ScoopConfig config,
                   Gatekeeper gate, String client) {
    this.vertx = vertx;
    this.gate = gate;
    this.maxJsonDepth = config.http().maxJsonDepth();
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
    ws.drainHandler(v -> drained());
    this.heartbeat = vertx.setPeriodic(stream.pingIntervalMs(), id -> beat());
    OPEN.incrementAndGet();
    if (client != null) {
      admit(client);
    } else {
      authTimer = vertx.setTimer(AUTH_TIMEOUT_MS, id -> refuseAccess("authenticate first: {\"op\":\"auth\",\"token\":...}"));
    }
  }

  /** Counts the session against its client's limit and starts routing events to it. */
  private void admit(String who) {
    RateLimiter.Refusal refusal = gate.limiter().openWebSocket(who, System.currentTimeMillis());
    if (refusal != null) {
      refuseAccess(refusal.message());
      return;
    }
    client = who;
    counted = true;
    hub.add(this);
  }

  private void refuseAccess(String reason) {
    ScoopMetrics.webSocketEvent("refused").increment();
    open = false;
    ws.close(POLICY_VIOLATION, reason);
  }

  @Override
  public void goAway() {
    if (open) {
      open = false;
      ws.close(GOING_AWAY, "server shutting down");
    }
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
        ScoopMetrics.webSocketEvent("closed_slow").increment();
        open = false;
        ws.close(TOO_SLOW, "client too slow: outbound queue over stream.maxQueuedBytes");
        return false;
      }
      if (!lagging) {
        ScoopMetrics.webSocketEvent("lagged").increment();
      }
      lagging = true;
      recordMissed(event);
      return true;
    }
    ws.writeTextMessage(event.text());
    return true;
  }

  @Override
  public boolean hasRoom() {
    return open && !lagging && !ws.writeQueueFull();
  }

  @Override
  public void whenDrained(Runnable then) {
    whenDrained.add(then);
  }

  /** The queue has room again: tell a lagging client what it missed, then go on with paced catch-ups. */
  private void drained() {
    catchUpAfterLag();
    List<Runnable> waiting = new ArrayList<>(whenDrained);
    whenDrained.clear();
    if (open) {
      waiting.forEach(Runnable::run);
    }
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
      ScoopMetrics.webSocketEvent("closed_idle").increment();
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
    if (heartbeat >= 0 && vertx.cancelTimer(heartbeat)) {
      OPEN.decrementAndGet();
    }
    open = false;
    vertx.cancelTimer(authTimer);
    hub.remove(this);
    if (counted) {
      counted = false;
      gate.limiter().webSocketClosed(client);
    }
  }

  private void handleText(String text) {
    if (JsonDepth.exceeds(text, maxJsonDepth)) {
      error("json_too_deep", "messages may nest at most " + maxJsonDepth + " levels", null);
      return;
    }
    JsonObject msg;
    try {
      msg = new JsonObject(text);
    } catch (DecodeException | ClassCastException e) {
      error("invalid_json", "messages must be JSON objects", null);
      return;
    }
    String op = msg.getValue("op") instanceof String ? msg.getString("op") : null;
    if (client == null) {
      authenticate(op, msg);
      return;
    }
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

  /** The first message of a session that must authenticate: {@code auth} with a valid token, or the end. */
  private void authenticate(String op, JsonObject msg) {
    String who = "auth".equals(op) && msg.getValue("token") instanceof String
        ? gate.auth().clientOf(msg.getString("token")) : null;
    if (who == null) {
      refuseAccess("auth".equals(op) ? "invalid token" : "authenticate first: {\"op\":\"auth\",\"token\":...}");
      return;
    }
    vertx.cancelTimer(authTimer);
    admit(who);
    if (open) {
      ack("auth", new JsonObject());
    }
  }

  private void submit(JsonObject msg) {
    jobs.create(Submission.validate(msg, limits), client).onComplete(ar -> {
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
