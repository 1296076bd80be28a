package dev.scoop.fetch;

import dev.scoop.pipeline.ErrorCode;
import dev.scoop.pipeline.ScrapeException;
import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/** Maps whatever a fetch failed with to one {@link ErrorCode}: the single place for that mapping. */
final class FetchErrors {
  private FetchErrors() {}

  static ScrapeException classify(Throwable t) {
    if (t instanceof ScrapeException) {
      return (ScrapeException) t;
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof UnknownHostException) {
        return new ScrapeException(ErrorCode.DNS_FAILED, "cannot resolve " + c.getMessage());
      }
      if (c instanceof ConnectTimeoutException) {
        return new ScrapeException(ErrorCode.FETCH_TIMEOUT, "connect timed out");
      }
      if (c instanceof TimeoutException || c.getClass().getSimpleName().contains("Timeout")) {
        return new ScrapeException(ErrorCode.FETCH_TIMEOUT, "timed out: " + c.getMessage());
      }
      if (c instanceof ConnectException || c instanceof NoRouteToHostException || c instanceof SSLException) {
        return new ScrapeException(ErrorCode.CONNECT_FAILED, String.valueOf(c.getMessage()));
      }
    }
    return new ScrapeException(ErrorCode.CONNECT_FAILED, String.valueOf(t.getMessage()));
  }
}
