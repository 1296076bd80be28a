package dev.scoop.api;

/** How deeply a JSON text nests, found without parsing it (so a hostile body costs one pass). */
final class JsonDepth {
  private JsonDepth() {}

  /** Whether {@code json} nests objects and arrays deeper than {@code max}. */
  static boolean exceeds(CharSequence json, int max) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > max) {
          return true;
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return false;
  }
}
