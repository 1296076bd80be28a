package dev.scoop.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Compiled CSS selectors. jsoup parses a selector string again on every {@code select} or
 * {@code is} call, which cost the extractor about a sixth of its time; the library's selectors
 * are string constants, so each is parsed once here and shared (jsoup's evaluators are safe to
 * share between threads).
 *
 * <p>Bounded: the library asks for a fixed set of selectors (under a hundred); past
 * {@value #MAX_CACHED} distinct ones a selector is parsed on each call instead of being kept.
 */
public final class Css {
  static final int MAX_CACHED = 512;
  private static final Compiled SHARED = new Compiled(MAX_CACHED);

  private Css() {}

  /** The compiled form of {@code selector}. */
  public static Evaluator of(String selector) {
    return SHARED.get(selector);
  }

  /** Selectors compiled so far, up to a limit. */
  static final class Compiled {
    private final int limit;
    private final Map<String, Evaluator> bySelector = new ConcurrentHashMap<>();

    Compiled(int limit) {
      this.limit = limit;
    }

    Evaluator get(String selector) {
      Evaluator e = bySelector.get(selector);
      if (e != null) {
        return e;
      }
      e = QueryParser.parse(selector);
      if (bySelector.size() < limit) {
        bySelector.putIfAbsent(selector, e);
      }
      return e;
    }
  }
}
