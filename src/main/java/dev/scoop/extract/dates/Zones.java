package dev.scoop.extract.dates;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time-zone designators as pages print them: abbreviations, {@code GMT+2}, {@code -0500}. */
final class Zones {
  private static final Pattern NUMERIC = Pattern.compile("(?:GMT|UTC)?\\s?([+-])(\\d{1,2}):?(\\d{2})?");
  private static final Map<String, Integer> FIXED_MINUTES = Map.ofEntries(
      Map.entry("Z", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("UT", 0),
      Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
      Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420),
      Map.entry("AKST", -540), Map.entry("AKDT", -480), Map.entry("HST", -600),
      Map.entry("AST", -240), Map.entry("NST", -210), Map.entry("NDT", -150),
      Map.entry("BST", 60), Map.entry("WET", 0), Map.entry("WEST", 60), Map.entry("CET", 60),
      Map.entry("CEST", 120), Map.entry("MEZ", 60), Map.entry("MESZ", 120), Map.entry("EET", 120),
      Map.entry("EEST", 180), Map.entry("MSK", 180), Map.entry("JST", 540), Map.entry("KST", 540),
      Map.entry("SGT", 480), Map.entry("HKT", 480), Map.entry("AWST", 480), Map.entry("ACST", 570),
      Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("NZST", 720), Map.entry("NZDT", 780));
  /** Generic zone names whose offset depends on the date (daylight saving). */
  private static final Map<String, ZoneId> REGIONAL = Map.of(
      "ET", ZoneId.of("America/New_York"), "CT", ZoneId.of("America/Chicago"),
      "MT", ZoneId.of("America/Denver"), "PT", ZoneId.of("America/Los_Angeles"));

  private Zones() {}

  /** The offset {@code zone} means at {@code local}, or null when it is absent or unknown. */
  static ZoneOffset offset(String zone, LocalDateTime local) {
    if (zone == null || zone.isBlank()) {
      return null;
    }
    String z = zone.trim();
    Integer minutes = FIXED_MINUTES.get(z);
    if (minutes != null) {
      return ZoneOffset.ofTotalSeconds(minutes * 60);
    }
    ZoneId regional = REGIONAL.get(z);
    if (regional != null) {
      return regional.getRules().getOffset(local);
    }
    Matcher m = NUMERIC.matcher(z);
    if (m.matches()) {
      int hours = Integer.parseInt(m.group(2));
      int mins = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int total = (hours * 60 + mins) * ("-".equals(m.group(1)) ? -1 : 1);
      return Math.abs(total) <= 18 * 60 ? ZoneOffset.ofTotalSeconds(total * 60) : null;
    }
    return null;
  }
}
