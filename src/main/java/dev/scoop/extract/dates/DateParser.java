package dev.scoop.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates that pages print or declare: ISO-8601 in its many spellings, and visible
 * text such as {@code "Posted Jun 21, 2024 8:17 AM CDT"} or {@code "21 juin 2024"}.
 *
 * <p>Results keep the page's own offset; a time without a zone is taken as UTC and a date
 * without a time as midnight UTC. Thread-safe (stateless).
 */
public final class DateParser {
  /** ISO-8601 with seconds always printed, so results compare as strings. */
  public static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private static final String TIME =
      "(?:\\s*(?:,|at|@|-|\\||um|à|às|a las|alle|om|г\\.,?)?\\s*(?<h>\\d{1,2})[:.h](?<mi>\\d{2})(?::(?<s>\\d{2}))?"
          + "\\s*(?<ampm>[aApP]\\.?\\s?[mM]\\.?)?"
          + "(?:\\s*(?:\\(|\\b|(?=[+-]\\d))(?<zone>[A-Z]{1,5}(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2})\\)?)?)?";
  private static final String YEAR = "(?<y>(?:19|20)\\d{2})";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<mon>\\p{L}{3,10})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + TIME);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<d>\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?(?<mon>\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?" + YEAR + TIME);
  private static final Pattern NUMERIC_DMY = Pattern.compile(
      "\\b(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\." + YEAR + "\\b" + TIME);
  /**
   * "2/24/2026", "24/2/2026" or "24-02-2026": read only when one number cannot be a month, or both
   * are the same; "3/4/2025" is either.
   */
  private static final Pattern NUMERIC_SLASHED = Pattern.compile(
      "\\b(?<a>\\d{1,2})(?<sep>[/-])(?<b>\\d{1,2})\\k<sep>" + YEAR + "\\b" + TIME);
  /** Chinese, Japanese and Korean: "2026年11月29日", "2026년 11월 29일". */
  private static final Pattern YEAR_MONTH_DAY_CJK = Pattern.compile(
      YEAR + "\\s*[年년]\\s*(?<m>\\d{1,2})\\s*[月월]\\s*(?<d>\\d{1,2})\\s*[日일]" + TIME);
  /**
   * Year first with dots, as Korean, Chinese, Japanese and Hungarian sites print it: "2024.06.21",
   * "2024. 6. 21.". Month and day need two digits unless spaced as Korean and Hungarian space them,
   * so a version number ("2021.3.1") is no date.
   */
  private static final Pattern YEAR_MONTH_DAY_DOTTED = Pattern.compile(
      "\\b" + YEAR + "\\.(?:(?=\\d{2}\\.\\d{2}(?!\\.?\\d))|\\s)(?<m>\\d{1,2})\\.\\s?(?<d>\\d{1,2})\\b\\.?" + TIME);
  private static final Pattern ISO_LIKE = Pattern.compile(
      "\\b" + YEAR + "[-/](?<m>\\d{1,2})[-/](?<d>\\d{1,2})"
          + "(?:[T\\s]+(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d+)?)?"
          + "\\s*(?<zone>Z|[+-]\\d{2}(?::?\\d{2})?|[A-Z]{2,5})?)?");

  private static final Pattern[] PATTERNS = {ISO_LIKE, MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC_DMY, NUMERIC_SLASHED, YEAR_MONTH_DAY_CJK,
      YEAR_MONTH_DAY_DOTTED};

  private DateParser() {}

  /** Parses {@code value}, which may carry words around the date; empty when there is none. */
  public static Optional<OffsetDateTime> parse(String value) {
    return find(value).map(Found::when);
  }

  /** A date found in a text, and where: {@code value} is the (trimmed) text it was found in. */
  public record Found(OffsetDateTime when, String value, int start, int end) {
    /** The text around the date: what else the line says. */
    public String rest() {
      return (value.substring(0, start) + " " + value.substring(end)).trim();
    }
  }

  /** The first date in {@code value}, with its place; empty when there is none. */
  public static Optional<Found> find(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String s = value.replace('\u00a0', ' ').trim();
    if (!hasFourDigits(s)) {
      return Optional.empty(); // every pattern needs a year: most texts asked have none, and this is cheaper than the regexes
    }
    Optional<OffsetDateTime> iso = parseIsoStrict(s);
    if (iso.isPresent()) {
      return Optional.of(new Found(iso.get(), s, 0, s.length()));
    }
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        Optional<OffsetDateTime> parsed = p == NUMERIC_SLASHED ? buildSlashed(m) : build(m, p != MONTH_DAY_YEAR && p != DAY_MONTH_YEAR);
        if (parsed.isPresent()) {
          return Optional.of(new Found(parsed.get(), s, m.start(), m.end()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasFourDigits(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /** Parses and formats with {@link #OUTPUT}; null when nothing parses. */
  public static String toIso(String value) {
    return parse(value).map(OUTPUT::format).orElse(null);
  }

  private static Optional<OffsetDateTime> parseIsoStrict(String s) {
    // Most texts tried are not ISO at all: rule them out before paying for a parse exception.
    if (s.length() < 20 || s.charAt(4) != '-' || s.charAt(10) != 'T' || !Character.isDigit(s.charAt(0))) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<OffsetDateTime> build(Matcher m, boolean numericMonth) {
    int month = numericMonth ? Integer.parseInt(m.group("m")) : MonthNames.month(m.group("mon"));
    return month < 1 ? Optional.empty() : build(m, month, Integer.parseInt(m.group("d")));
  }

  /** Month first (US) or day first (most of the world): whichever the numbers allow, else none. */
  private static Optional<OffsetDateTime> buildSlashed(Matcher m) {
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    if (a == b || a > 12 && b <= 12) { // "03/03/2026" is the same day read either way
      return build(m, b, a);
    }
    return b > 12 && a <= 12 ? build(m, a, b) : Optional.empty();
  }

  private static Optional<OffsetDateTime> build(Matcher m, int month, int day) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group("y")), month, day);
      LocalTime time = time(m);
      if (time == null) {
        return Optional.of(date.atStartOfDay().atOffset(ZoneOffset.UTC));
      }
      LocalDateTime local = LocalDateTime.of(date, time);
      ZoneOffset offset = Zones.offset(m.group("zone"), local);
      return Optional.of(local.atOffset(offset == null ? ZoneOffset.UTC : offset));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static LocalTime time(Matcher m) {
    String h = m.group("h");
    if (h == null) {
      return null;
    }
    int hour = Integer.parseInt(h);
    String ampm = groupOrNull(m, "ampm");
    if (ampm != null) {
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      if (hour < 1 || hour > 12) {
        throw new DateTimeException("bad 12-hour clock");
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    String sec = m.group("s");
    return LocalTime.of(hour, Integer.parseInt(m.group("mi")), sec == null ? 0 : Integer.parseInt(sec));
  }

  private static String groupOrNull(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

}
