package dev.scoop.extract.content;

import dev.scoop.extract.dates.DateParser;
import dev.scoop.extract.metadata.Bylines;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's meta line, what a blog theme prints above or below a post: parts parted by separators,
 * one a date and every other a byline or labelled metadata ("05/10/2018 - Posted by: Ann Lee -
 * Category: Health - Tags: cars"). Thread-safe (stateless).
 */
final class PostMetaLines {
  static final int MAX_CHARS = 200;
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–|·•]\\s+");
  /** A labelled part: the post's category, tags or section. */
  private static final Pattern LABELLED = Pattern.compile(
      "(?iu)(?:categor(?:y|ies|ia|ias|ie)|catégories?|kategorien?|tags?|tagged|filed under|posted in|sections?|topics?"
          + "|schlagwörter|etiquetas|étiquettes)\\s*:.*");
  /** A date in digits, whichever order its day and month come in ("05/10/2018", "2018-10-05"). */
  private static final Pattern DIGITS_DATE = Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}");

  private PostMetaLines() {}

  /** Whether {@code text} is a meta line. Three parts at least: a date beside a byline alone is a dateline. */
  static boolean isMetaLine(String text) {
    if (text.length() > MAX_CHARS || separators(text) < 2) {
      return false;
    }
    String[] parts = SEPARATOR.split(text.trim());
    if (parts.length < 3) {
      return false;
    }
    int dates = 0;
    for (String part : parts) {
      if (isDate(part)) {
        dates++;
      } else if (!Bylines.looksLikeByline(part) && !LABELLED.matcher(part).matches()) {
        return false;
      }
    }
    return dates == 1;
  }

  /** How many separators stand between spaces in {@code text}: counted before any split, as most lines have none. */
  private static int separators(String text) {
    int n = 0;
    for (int i = 1; i < text.length() - 1; i++) {
      if ("-–|·•".indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i + 1))) {
        n++;
      }
    }
    return n;
  }

  /** Whether {@code part} is a date, perhaps with a time and a word ("on", a weekday), and nothing else. */
  private static boolean isDate(String part) {
    String rest;
    Matcher digits = DIGITS_DATE.matcher(part);
    if (digits.find()) {
      rest = digits.replaceFirst(" ");
    } else {
      Optional<DateParser.Found> date = DateParser.find(part);
      if (date.isEmpty()) {
        return false;
      }
      rest = date.get().rest();
    }
    return Texts.wordsBesideDate(rest) <= 1;
  }
}
