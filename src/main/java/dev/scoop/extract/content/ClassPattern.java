package dev.scoop.extract.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A class/id rule written as a regex alternation of words ({@code "advert|ad-?slot|\\bads?\\b|nav\\b"}),
 * searched without the regex engine. The rules are lists of literal words, so each alternative is
 * expanded once into the literal strings it can match ("ad-?slot" gives "adslot" and "ad-slot"),
 * kept by first character; a search then compares, at each position of the text, only the literals
 * starting with the character there. Class words are judged many thousand times per page, and this
 * is several times faster than {@code Pattern.find} on the same alternation. What matches is exactly
 * what the regex matches (tested against it on every class word of the AEB pages).
 *
 * <p>The syntax is the subset the rules use: literal characters and escapes, {@code ?} after a
 * character or group, non-capturing groups {@code (?:a|b)}, and {@code \b} at either end of an
 * alternative. Anything else is refused when the rule is compiled, so a rule cannot silently mean
 * something else. Immutable and thread-safe.
 */
final class ClassPattern {
  /** What must hold at a literal's edge: nothing, a regex word boundary, or a class-name part boundary. */
  private enum Edge { NONE, WORD, PART }

  private record Literal(String text, Edge before, Edge after) {}

  private static final int ASCII = 128;
  private final Literal[][] byFirst = new Literal[ASCII][];
  private final Literal[] others;
  private final String regex;

  private ClassPattern(List<Literal> literals, String regex) {
    this.regex = regex;
    List<List<Literal>> ascii = new ArrayList<>();
    for (int i = 0; i < ASCII; i++) {
      ascii.add(new ArrayList<>());
    }
    List<Literal> rest = new ArrayList<>();
    for (Literal l : literals) {
      char first = l.text().charAt(0);
      (first < ASCII ? ascii.get(first) : rest).add(l);
    }
    for (int i = 0; i < ASCII; i++) {
      byFirst[i] = ascii.get(i).isEmpty() ? null : ascii.get(i).toArray(new Literal[0]);
    }
    others = rest.toArray(new Literal[0]);
  }

  /** Matches where the regex {@code alternation} would find a match. */
  static ClassPattern compile(String alternation) {
    return new ClassPattern(expand(alternation, Edge.NONE), alternation);
  }

  /**
   * Matches where one of the alternatives is a whole part of a class name: at its start or after a
   * space, "_" or "-", and at its end or before one (the regex {@code (?:^|[\s_-])(?:alts)(?:$|[\s_-])}):
   * "comment-list" has the part "comment", "commentary" does not.
   */
  static ClassPattern parts(String alternation) {
    return new ClassPattern(expand(alternation, Edge.PART), "(?:^|[\\s_-])(?:" + alternation + ")(?:$|[\\s_-])");
  }

  /** The regex this rule means: {@link #find} matches where its {@code find} would. */
  Pattern regex() {
    return Pattern.compile(regex);
  }

  /** Whether some alternative occurs in {@code text}. */
  boolean find(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Literal[] candidates = c < ASCII ? byFirst[c] : others;
      if (candidates != null) {
        for (Literal l : candidates) {
          if (text.startsWith(l.text(), i) && holds(l.before(), text, i, true, l.text().charAt(0))
              && holds(l.after(), text, i + l.text().length(), false, l.text().charAt(l.text().length() - 1))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean holds(Edge edge, String text, int at, boolean start, char inside) {
    if (edge == Edge.NONE) {
      return true;
    }
    boolean atEnd = start ? at == 0 : at == text.length();
    char outside = atEnd ? 0 : text.charAt(start ? at - 1 : at);
    if (edge == Edge.PART) {
      return atEnd || outside == '_' || outside == '-' || " \t\n\u000B\f\r".indexOf(outside) >= 0;
    }
    return isWord(inside) != (!atEnd && isWord(outside));
  }

  /** A word character as {@code \b} sees one. */
  private static boolean isWord(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static List<Literal> expand(String alternation, Edge edges) {
    List<Literal> literals = new ArrayList<>();
    for (String alternative : Parser.alternatives(alternation)) {
      Edge before = edges;
      Edge after = edges;
      String body = alternative;
      if (body.startsWith("\\b")) {
        before = require(edges, Edge.WORD, alternation);
        body = body.substring(2);
      }
      if (body.endsWith("\\b") && !body.endsWith("\\\\b")) {
        after = require(edges, Edge.WORD, alternation);
        body = body.substring(0, body.length() - 2);
      }
      for (String text : new Parser(body, alternation).whole()) {
        if (text.isEmpty()) {
          throw new IllegalArgumentException("an alternative that can match nothing: " + alternation);
        }
        literals.add(new Literal(text, before, after));
      }
    }
    return literals;
  }

  private static Edge require(Edge given, Edge wanted, String rule) {
    if (given != Edge.NONE) {
      throw new IllegalArgumentException("\\b inside a parts rule: " + rule);
    }
    return wanted;
  }

  /** Expands one alternative's body into the literal strings it matches. */
  private static final class Parser {
    private final String s;
    private final String rule;
    private int pos;

    Parser(String s, String rule) {
      this.s = s;
      this.rule = rule;
    }

    /** The top-level alternatives: bars inside groups do not split. */
    static List<String> alternatives(String alternation) {
      List<String> parts = new ArrayList<>();
      int depth = 0;
      int start = 0;
      for (int i = 0; i < alternation.length(); i++) {
        char c = alternation.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == '|' && depth == 0) {
          parts.add(alternation.substring(start, i));
          start = i + 1;
        }
      }
      parts.add(alternation.substring(start));
      return parts;
    }

    /** Every string the whole alternative can spell; a stray ")" is refused. */
    List<String> whole() {
      List<String> strings = sequence();
      if (pos < s.length()) {
        throw unsupported();
      }
      return strings;
    }

    /** Reads atoms up to the end or a closing parenthesis or bar; returns every string they can spell. */
    List<String> sequence() {
      List<String> strings = new ArrayList<>(List.of(""));
      while (pos < s.length() && s.charAt(pos) != ')' && s.charAt(pos) != '|') {
        List<String> atom = atom();
        if (pos < s.length() && s.charAt(pos) == '?') {
          pos++;
          atom = new ArrayList<>(atom);
          atom.add("");
        }
        List<String> joined = new ArrayList<>();
        for (String head : strings) {
          for (String tail : atom) {
            joined.add(head + tail);
          }
        }
        strings = joined;
      }
      return strings;
    }

    private List<String> atom() {
      char c = s.charAt(pos++);
      if (c == '\\') {
        if (pos >= s.length() || Character.isLetterOrDigit(s.charAt(pos))) {
          throw unsupported(); // \b, \d, \s ... inside an alternative
        }
        return List.of(String.valueOf(s.charAt(pos++)));
      }
      if (c == '(') {
        if (!s.startsWith("?:", pos)) {
          throw unsupported();
        }
        pos += 2;
        List<String> options = new ArrayList<>(sequence());
        while (pos < s.length() && s.charAt(pos) == '|') {
          pos++;
          options.addAll(sequence());
        }
        if (pos >= s.length() || s.charAt(pos) != ')') {
          throw unsupported();
        }
        pos++;
        return options;
      }
      if (".*+{}[]^$?)|".indexOf(c) >= 0) {
        throw unsupported();
      }
      return List.of(String.valueOf(c));
    }

    private IllegalArgumentException unsupported() {
      return new IllegalArgumentException("not a list of words: " + rule);
    }
  }
}
