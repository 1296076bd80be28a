package dev.scoop.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns author strings into person names: {@code "By Kate Seamons, Newser Staff"} gives
 * {@code ["Kate Seamons"]}; {@code "By A and B"} gives {@code ["A", "B"]}. Roles, desks,
 * dates and e-mail addresses are dropped. Thread-safe (stateless).
 */
public final class Bylines {
  private static final String PREFIX_WORDS = "^\\s*(?:(?:written|reported|posted|text|story|words)\\s+)?(?:by|von|par|por|di|door|av|de)";
  private static final Pattern PREFIX = Pattern.compile(PREFIX_WORDS + "\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern PREFIX_WORD = Pattern.compile(PREFIX_WORDS + "\\b", Pattern.CASE_INSENSITIVE);
  /** Where a byline stops naming people: a date, a separator, "Posted"/"Updated". */
  private static final Pattern TAIL = Pattern.compile(
      "\\s*(?:\\||•|·|—|–|\\s-\\s|\\bposted\\b|\\bupdated\\b|\\bpublished\\b|\\bon\\s+\\p{L}+\\s+\\d|\\d{1,2}[:/.]\\d).*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
  private static final Pattern ROLE = Pattern.compile(
      "(?i)\\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|contributing|"
          + "freelance|journalist|desk|team|newsroom|bureau|press|associated|wire|reuters|afp|"
          + "news|agency|service|photographer|senior|chief|producer|analyst|updated|posted|published)\\b");
  private static final Pattern NAME = Pattern.compile("^[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*(?:\\s+[\\p{L}\\p{M}'’.\\-]+){0,4}$");

  /** Lower-case words inside names: "Vincent van Gogh", "Ana de Armas", "Mohammed bin Salman". */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of(
      "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "do", "du", "la", "le", "bin", "ibn",
      "al", "el", "ben", "ter", "ten", "zu", "y", "e", "st.");
  /** Words that name a platform, an interface control or a label, never a person. */
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i)^(?:facebook|twitter|instagram|linkedin|youtube|tiktok|pinterest|reddit|whatsapp|threads|x|email|e-mail|"
          + "share|print|subscribe|menu|search|home|login|log in|sign in|sign up|skip|register|followers?|following|"
          + "download|play|watch|listen|view|read|learn|more|new|profile|posts|careers?|contact|about|advertise|help|text size|font size|"
          + "support|shop|store|cart|account|github|gitlab|español|english|deutsch|français|italiano|português|"
          // a byline's own label left without its name
          + "(?:the )?authors?|written|posted|by|collections?|categor(?:y|ies)|tags?)\\b");

  private Bylines() {}

  /** The person names in one byline string, in order, without duplicates. */
  public static List<String> parse(String byline) {
    List<String> names = new ArrayList<>();
    if (byline == null) {
      return names;
    }
    String s = byline.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    s = PREFIX.matcher(s).replaceFirst("");
    s = TAIL.matcher(s).replaceFirst("");
    for (String part : SEPARATORS.split(s)) {
      String name = part.trim().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").trim();
      if (isPlausibleName(name) && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * The names in an author field: parsed as a byline, or taken whole when it is one plausible
   * name that the byline rules do not split (e.g. a single surname-first name).
   */
  public static List<String> names(String field) {
    List<String> parsed = parse(field);
    return parsed.isEmpty() && isPlausibleName(field) ? List.of(field.trim()) : parsed;
  }

  /**
   * A person's name: one to five words, each capitalised except name particles ("van", "de", "bin"),
   * no digits, no role words, not an address, not a platform ("Facebook") or an interface label
   * ("Skip to content", "Open in a new tab").
   */
  public static boolean isPlausibleName(String name) {
    if (name == null || name.length() < 3 || name.length() > 60) {
      return false;
    }
    if (name.contains("@") || name.contains("://") || name.matches(".*\\d.*")) {
      return false;
    }
    if (!NAME.matcher(name).matches() || ROLE.matcher(name).find() || NOT_A_NAME.matcher(name).find()) {
      return false;
    }
    String[] words = name.trim().split("\\s+");
    for (String word : words) {
      if (!Character.isUpperCase(word.codePointAt(0)) && !PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a text starts with a byline word ("By", "Von", ...): a cheap test before {@link #looksLikeByline}. */
  public static boolean startsLikeByline(String text) {
    return PREFIX_WORD.matcher(text).lookingAt();
  }

  /** Whether a short text reads as a byline ("By Jane Doe", "Von Max Muster"). */
  public static boolean looksLikeByline(String text) {
    if (text == null || text.length() > 150) {
      return false;
    }
    String t = text.trim();
    return PREFIX.matcher(t).lookingAt() && !parse(t).isEmpty()
        && Character.isUpperCase(PREFIX.matcher(t).replaceFirst("").codePointAt(0));
  }

}
