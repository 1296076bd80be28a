package dev.scoop.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns author strings into person names: {@code "By Kate Seamons, Newser Staff"} gives
 * {@code ["Kate Seamons"]}; {@code "By A and B"} gives {@code ["A", "B"]}. Roles, desks,
 * dates and e-mail addresses are dropped, except a group that signs alone ("By Resy Staff");
 * a forum handle is a name only where the markup says it is a post's author
 * ({@link #posterNames}). Thread-safe (stateless).
 */
public final class Bylines {
  private static final String PREFIX_WORDS = "^\\s*(?:(?:written|reported|posted|text|story|words|publicado|publicada|publié|publiée)\\s+)?(?:by|von|par|por|di|door|av|de)";
  private static final Pattern PREFIX = Pattern.compile(PREFIX_WORDS + "\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
  /** A sentence's lead-in to a byline: "This post was written by", "This article was contributed by". */
  private static final Pattern LEAD_IN = Pattern.compile(
      "^[^.!?]{0,40}?\\b(?:written|posted|reported|contributed|authored)\\s+by\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
  /** A job described in a phrase: a capitalised word, then a lower-case one that no name has ("Head of Marketing"). */
  private static final Pattern JOB_PHRASE = Pattern.compile("^\\p{Lu}\\p{L}*\\s+(?:of|for|at|in|on)\\s");
  private static final Pattern PREFIX_WORD = Pattern.compile(PREFIX_WORDS + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL = Pattern.compile(
      "(?:" + PREFIX_WORDS + "|\\s*(?:article\\s+by|authors?|autor(?:in)?|auteur|autore"
          + "|verfasst von|geschrieben von|écrit par|escrito por|scritto da))\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
  /** Where a byline stops naming people: a date, a separator, "Posted"/"Updated". */
  private static final Pattern TAIL = Pattern.compile(
      "\\s*(?:\\||•|·|—|–|\\s-\\s|\\bposted\\b|\\bupdated\\b|\\bpublished\\b|\\bon\\s+\\p{L}+\\s+\\d|\\d{1,2}[:/.]\\d).*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\b(?:and|AND)\\b|\\b(?:with|WITH)\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
  /** Words of a person's job: after a name, they are not part of it. */
  private static final String JOB_TITLE_WORDS = "staff|writer|reporter|correspondent|editor|contributor|columnist|contributing|"
      + "freelance|journalist|photographer|senior|chief|producer|analyst|expert|specialist|director|manager|officer|"
      + "founder|co-founder|ceo|cto|cfo|president|consultant|strategist|coordinator|advisor|adviser|engineer|developer|"
      + "designer|reviewer|dietitian|nutritionist|therapist|physician|nurse|attorney|lawyer|professor|researcher|scientist";
  private static final Pattern JOB_TITLE = Pattern.compile("(?i)\\b(?:" + JOB_TITLE_WORDS + ")\\b");
  private static final Pattern ROLE = Pattern.compile(
      "(?i)\\b(?:" + JOB_TITLE_WORDS + "|desk|team|newsroom|bureau|press|associated|wire|reuters|afp|"
          + "news|agency|service|updated|posted|published|authors?|admin|administrator|moderator|bio)\\b");
  /**
   * A group that signs as one ("Resy Staff", "The Lavazza Team", "Great Day Editorial Team", "Team
   * SimplyThrilled"): the author when a byline names no person, never beside one ("Kate Seamons,
   * Newser Staff" is by Kate Seamons). "Our research team" describes, it does not sign.
   */
  private static final Pattern GROUP = Pattern.compile(
      "^(?!(?i:our|my|your)\\s)(?:(?i:the)\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d&'’.\\-]*\\s+){1,4}(?i:(?:editorial\\s+)?(?:team|staff|editors|desk|newsroom))"
          + "|^(?i:team)\\s+[\\p{Lu}\\d][\\p{L}\\d&'’.\\-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d&'’.\\-]*){0,2}$");
  /**
   * A credential after a name ("Dylan Bailey, MS, RD, FAND", "Jane Doe, PhD", "Ph.D.", "Esq."): one
   * word, two capitals or more, or abbreviations each opened by a capital.
   */
  private static final Pattern CREDENTIAL = Pattern.compile(
      "^(?:\\p{Lu}\\.?){2,}$|^\\p{Lu}\\p{L}*\\p{Lu}\\p{L}*$|^(?:\\p{Lu}\\p{Ll}{0,2}\\.){2,}$|^(?i:esq|jr|sr)\\.?$");
  /** A forum handle: one word of letters and digits, dots, dashes or underscores inside. */
  private static final Pattern HANDLE = Pattern.compile("^[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._\\-]{0,38}[\\p{L}\\p{N}])?$");
  private static final Pattern LOWER_CASE_NAME = Pattern.compile("^\\p{Ll}+(?:\\s+\\p{Ll}[\\p{Ll}'’\\-]*){1,3}$");
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
    Matcher prefix = PREFIX.matcher(s);
    s = prefix.lookingAt() ? s.substring(prefix.end()) : LEAD_IN.matcher(s).replaceFirst("");
    s = TAIL.matcher(s).replaceFirst("");
    String[] parts = SEPARATORS.split(s);
    boolean afterJob = false;
    boolean first = true;
    for (String part : parts) {
      String name = part.trim().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").trim();
      if (name.isEmpty()) {
        continue; // before a separator opening the line ("& Zackery Cuevas Writer")
      }
      if (first) {
        first = false;
        name = withoutJobTitle(name);
      } else if (!names.isEmpty() && JOB_PHRASE.matcher(name).find()) {
        break; // "Jane Doe, Head of Marketing and Community Development": the rest is her job
      }
      // one word right after a job title is its desk ("Writer, Hardware"), not a second name
      boolean desk = afterJob && name.indexOf(' ') < 0;
      afterJob = JOB_TITLE.matcher(part).find();
      if (!desk && isPlausibleName(name) && !names.contains(name) && !(isCredential(name) && !names.isEmpty())) {
        names.add(name);
      }
    }
    if (names.isEmpty() && parts.length == 1 && GROUP.matcher(parts[0].trim()).matches()) {
      names.add(parts[0].trim()); // "By the Resy Staff": a byline naming no person but a group
    }
    return names;
  }

  /**
   * "Rasmus Barslund Founder" opens a byline with a name and its job title, no comma between: the
   * name is what comes before. Later parts are not cut: "Home and Digital Security Expert" is all title.
   */
  private static String withoutJobTitle(String part) {
    Matcher role = JOB_TITLE.matcher(part);
    if (role.find() && role.start() > 0) {
      String before = part.substring(0, role.start()).trim();
      if (before.indexOf(' ') > 0 && isPlausibleName(before)) {
        return before;
      }
    }
    return part;
  }

  /** One word with two capitals or more ("FAND", "PhD", "M.D."): after a name, a credential, not another name. */
  private static boolean isCredential(String part) {
    return CREDENTIAL.matcher(part).matches();
  }

  /**
   * The names in an author field: parsed as a byline, or taken whole when it is one plausible
   * name that the byline rules do not split (e.g. a single surname-first name).
   */
  public static List<String> names(String field) {
    List<String> parsed = parse(field);
    if (parsed.isEmpty() && field != null && (isPlausibleName(field) || isLowerCaseName(field.trim()))) {
      return List.of(field.trim());
    }
    return parsed;
  }

  /**
   * The names in a discussion post's declared author field: a poster is often known by a handle
   * alone ("amondale", "hayley.p", "Ejp55230"), which is their name in a forum but not in a byline.
   */
  public static List<String> posterNames(String field) {
    List<String> names = names(field);
    String handle = names.isEmpty() ? handle(field) : null;
    return handle != null ? List.of(handle) : names;
  }

  /** {@code field} as a user name, or null when it is none (or a role: "admin", "editor"). */
  static String handle(String field) {
    if (field == null) {
      return null;
    }
    String h = field.trim();
    return HANDLE.matcher(h).matches() && !ROLE.matcher(h).find() && !NOT_A_NAME.matcher(h).find() ? h : null;
  }

  /**
   * A name its owner typed in lower case ("kirstin boatto"): believed only where a page declares
   * its author, and only of two to four words, so a lone handle or a CMS default ("admin") is not.
   */
  private static boolean isLowerCaseName(String field) {
    return LOWER_CASE_NAME.matcher(field).matches() && !ROLE.matcher(field).find() && !NOT_A_NAME.matcher(field).find();
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

  /** Whether a text is a byline's label alone: "Written by", "By", "Author:", "Article by". */
  public static boolean isLabel(String text) {
    return LABEL.matcher(text).matches();
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
