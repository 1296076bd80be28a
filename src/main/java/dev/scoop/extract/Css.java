package dev.scoop.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Compiled CSS selectors. jsoup parses a selector string again on every {@code select} or
 * {@code is} call, which cost the extractor about a sixth of its time; the library's selectors
 * are string constants, so each is parsed once here and shared (jsoup's evaluators are safe to
 * share between threads).
 *
 * <p>A list of plain tag names ({@code "p, li, div, section"}, the most common kind here) is one
 * set lookup per element: jsoup compares an element with each name in turn, and the extractor
 * runs such lists over every element of a page several times. Likewise a list of plain class
 * names ({@code ".hide, .hidden, .d-none"}) reads the element's class attribute once, where jsoup
 * looks it up again for each name.
 *
 * <p>Bounded: the library asks for a fixed set of selectors (under a hundred); past
 * {@value #MAX_CACHED} distinct ones a selector is parsed on each call instead of being kept.
 */
public final class Css {
  static final int MAX_CACHED = 512;
  private static final Pattern TAG_NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern CLASS_NAME = Pattern.compile("\\.[a-z][a-z0-9_-]*");
  private static final Compiled SHARED = new Compiled(MAX_CACHED);

  /** A JSON-LD block: the metadata, the page type and the mojibake repair read the same scripts. */
  public static final String JSON_LD_SCRIPT = "script[type~=(?i)application/ld\\+json]";

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
      e = compile(selector);
      if (bySelector.size() < limit) {
        bySelector.putIfAbsent(selector, e);
      }
      return e;
    }
  }

  /**
   * {@code selector} compiled: its plain tag names looked up in a set, its plain class names read
   * from one look at the class attribute (each when there are more than one of them).
   */
  static Evaluator compile(String selector) {
    List<String> tags = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String part : alternatives(selector)) {
      if (TAG_NAME.matcher(part).matches()) {
        tags.add(part);
      } else if (CLASS_NAME.matcher(part).matches()) {
        classes.add(part);
      } else {
        others.add(part);
      }
    }
    List<Evaluator> any = new ArrayList<>();
    if (tags.size() > 1) {
      any.add(new TagNames(Set.copyOf(tags)));
    } else {
      others.addAll(tags);
    }
    if (classes.size() > 1) {
      any.add(new ClassNames(classes.stream().map(c -> c.substring(1)).toList()));
    } else {
      others.addAll(classes);
    }
    if (any.isEmpty()) {
      return QueryParser.parse(selector);
    }
    if (!others.isEmpty()) {
      any.add(QueryParser.parse(String.join(", ", others)));
    }
    return any.size() == 1 ? any.get(0) : new CombiningEvaluator.Or(any);
  }

  /** The selector's comma-separated alternatives; commas inside brackets or parentheses are not separators. */
  private static List<String> alternatives(String selector) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < selector.length(); i++) {
      char c = selector.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(selector.substring(start, i).strip());
        start = i + 1;
      }
    }
    parts.add(selector.substring(start).strip());
    return parts;
  }

  /** Matches elements of any of a set of tag names. */
  private static final class TagNames extends Evaluator {
    private final Set<String> names;

    TagNames(Set<String> names) {
      this.names = names;
    }

    @Override
    public boolean matches(Element root, Element element) {
      return names.contains(element.normalName());
    }

    @Override
    protected int cost() {
      return 1;
    }

    @Override
    public String toString() {
      return String.join(", ", names);
    }
  }

  /** Matches elements with any of a few class names (ASCII, compared ignoring case, as jsoup does). */
  private static final class ClassNames extends Evaluator {
    private final List<String> names;

    ClassNames(List<String> names) {
      this.names = List.copyOf(names);
    }

    @Override
    public boolean matches(Element root, Element element) {
      String classes = element.attributes().getIgnoreCase("class");
      int n = classes.length();
      int i = 0;
      while (i < n) {
        while (i < n && Character.isWhitespace(classes.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(classes.charAt(i))) {
          i++;
        }
        if (i > start && isOneOf(classes, start, i - start)) {
          return true;
        }
      }
      return false;
    }

    private boolean isOneOf(String classes, int start, int length) {
      for (String name : names) {
        if (name.length() == length && classes.regionMatches(true, start, name, 0, length)) {
          return true;
        }
      }
      return false;
    }

    @Override
    protected int cost() {
      return 2;
    }

    @Override
    public String toString() {
      return "." + String.join(", .", names);
    }
  }
}
