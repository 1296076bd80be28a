package dev.scoop.extract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for JSON-LD blocks, so that the extraction library needs no
 * dependency beyond jsoup. Objects become {@code Map<String,Object>}, arrays {@code List<Object>},
 * numbers {@code Double}. Nesting is capped at {@value #MAX_DEPTH} to bound hostile input.
 * Trailing commas, which pages often leave, are tolerated.
 */
final class JsonReader {
  private static final int MAX_DEPTH = 64;
  private final String s;
  private int pos;

  private JsonReader(String s) {
    this.s = s;
  }

  /** Parses {@code json}; throws {@link IllegalArgumentException} when it is not JSON. */
  static Object parse(String json) {
    JsonReader r = new JsonReader(json);
    Object value = r.value(0);
    r.skipWhitespace();
    if (r.pos != r.s.length() && r.s.charAt(r.pos) != ';') {
      throw r.error("trailing characters");
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested too deeply");
    }
    skipWhitespace();
    if (pos >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(pos);
    switch (c) {
      case '{': return object(depth);
      case '[': return array(depth);
      case '"': return string();
      case 't': return literal("true", Boolean.TRUE);
      case 'f': return literal("false", Boolean.FALSE);
      case 'n': return literal("null", null);
      default: return number();
    }
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    while (true) {
      skipWhitespace();
      if (peek() == '}') {
        pos++;
        return map;
      }
      String key = string();
      skipWhitespace();
      expect(':');
      map.put(key, value(depth + 1));
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() != '}') {
        throw error("expected , or }");
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    pos++;
    while (true) {
      skipWhitespace();
      if (peek() == ']') {
        pos++;
        return list;
      }
      list.add(value(depth + 1));
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() != ']') {
        throw error("expected , or ]");
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (pos < s.length()) {
      char c = s.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= s.length()) {
        break;
      }
      char e = s.charAt(pos++);
      switch (e) {
        case 'n': out.append('\n'); break;
        case 't': out.append('\t'); break;
        case 'r': out.append('\r'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'u':
          if (pos + 4 > s.length()) {
            throw error("bad unicode escape");
          }
          out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          pos += 4;
          break;
        default: out.append(e);
      }
    }
    throw error("unterminated string");
  }

  private Object number() {
    int start = pos;
    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    if (start == pos) {
      throw error("unexpected character");
    }
    try {
      return Double.parseDouble(s.substring(start, pos));
    } catch (NumberFormatException e) {
      throw error("bad number");
    }
  }

  private Object literal(String word, Object value) {
    if (!s.startsWith(word, pos)) {
      throw error("unexpected literal");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected " + c);
    }
    pos++;
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private void skipWhitespace() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at " + pos);
  }
}
