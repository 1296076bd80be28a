package dev.scoop.api;

import dev.scoop.config.ScoopConfig;
import dev.scoop.stream.StreamHub;
import dev.scoop.stream.Subscriber;
import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * One client on {@code /api/v1/stream}: reads its JSON ops (subscribe, unsubscribe, submit),
 * answers each with an {@code ack} or an {@code error} frame, and writes the events the hub
 * routes to it. A bad message never closes the connection; a client whose outbound queue
 * exceeds {@code stream.maxQueuedBytes} is closed with 1013 (try again later).
 */
final class WebSocketSession implements Subscriber {
  static final short TOO_SLOW = 1013;
  private final ServerWebSocket ws;
  private final StreamHub hub;
  private final JobsClient jobs;
  private final ScoopConfig.Jobs limits;
  private boolean open = true;

  WebSocketSession(ServerWebSocket ws, StreamHub hub, JobsClient jobs, ScoopConfig config) {
    this.ws = ws;
    this.hub = hub;
    this.jobs = jobs;
    this.limits = config.jobs();
    ws.setWriteQueueMaxSize(config.stream().maxQueuedBytes());
    ws.textMessageHandler(this::handleText);
    ws.binaryMessageHandler(b -> error("unsupported_frame", "send JSON text frames", null));
    ws.closeHandler(v -> close());
    ws.exceptionHandler(t -> close());
    hub.add(this);
  }

  @Override
  public boolean send(JsonObject event) {
    if (!open) {
      return false;
    }
    if (ws.writeQueueFull()) {
      open = false;
      ws.close(TOO_SLOW, "client too slow: outbound queue over stream.maxQueuedBytes");
      return false;
    }
    ws.writeTextMessage(event.encode());
    return true;
  }

  private void close() {
    open = false;
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
