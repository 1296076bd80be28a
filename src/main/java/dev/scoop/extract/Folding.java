package dev.scoop.extract;

/** Two spellings of one title compared: by their letters and digits, in lower case. */
public final class Folding {
  private Folding() {}

  /** {@code s}'s letters and digits only, in lower case ("Models ¶ | Django" and "models-django" fold alike). */
  public static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.appendCodePoint(Character.toLowerCase(c));
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }
}
