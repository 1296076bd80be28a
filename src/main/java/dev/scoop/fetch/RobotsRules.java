package dev.scoop.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one user agent (RFC 9309): the group naming the agent
 * (else the {@code *} group); the longest matching Allow/Disallow path wins, Allow on a tie;
 * {@code *} matches any run of characters and a final {@code $} anchors the end. Immutable.
 */
public final class RobotsRules {
  public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), 0, false);
  /** What an unreachable robots.txt means: nothing may be fetched for a while. */
  public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)), 0, true);
  private static final int MAX_LINES = 10_000;
  private static final int MAX_STARS = 16;
  private final List<Rule> rules;
  private final long crawlDelayMs;
  private final boolean unreachable;

  private record Rule(String pattern, boolean allow) {}

  private RobotsRules(List<Rule> rules, long crawlDelayMs, boolean unreachable) {
    this.rules = rules;
    this.crawlDelayMs = crawlDelayMs;
    this.unreachable = unreachable;
  }

  /** The group's Crawl-delay in milliseconds (0 when none). */
  public long crawlDelayMs() {
    return crawlDelayMs;
  }

  /** Whether these rules stand for a robots.txt that could not be read (kept only briefly). */
  public boolean unreachable() {
    return unreachable;
  }

  /** Parses {@code text} for the agent whose product token is {@code agent} (e.g. "ScoopBot"). */
  public static RobotsRules parse(String text, String agent) {
    String token = agent.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    long mineDelay = 0;
    long starDelay = 0;
    boolean inMine = false;
    boolean inStar = false;
    boolean lastWasAgent = false;
    boolean mineFound = false;
    String[] lines = text.split("\r\n|\r|\n");
    for (int i = 0; i < lines.length && i < MAX_LINES; i++) {
      String line = lines[i].replaceAll("#.*$", "").trim();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String field = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (field.equals("user-agent")) {
        if (!lastWasAgent) {
          inMine = false;
          inStar = false;
        }
        String ua = value.toLowerCase(Locale.ROOT);
        if (ua.equals("*")) {
          inStar = true;
        } else if (!ua.isEmpty() && token.startsWith(ua) || ua.equals(token)) {
          inMine = true;
          mineFound = true;
        }
        lastWasAgent = true;
        continue;
      }
      lastWasAgent = false;
      if (field.equals("crawl-delay")) {
        long delay = crawlDelay(value);
        mineDelay = inMine ? delay : mineDelay;
        starDelay = inStar ? delay : starDelay;
      } else if (field.equals("allow") || field.equals("disallow")) {
        if (value.isEmpty() || value.chars().filter(c -> c == '*').count() > MAX_STARS) {
          continue;
        }
        Rule rule = new Rule(value, field.equals("allow"));
        if (inMine) {
          mine.add(rule);
        }
        if (inStar) {
          star.add(rule);
        }
      }
    }
    return mineFound ? new RobotsRules(List.copyOf(mine), mineDelay, false) : new RobotsRules(List.copyOf(star), starDelay, false);
  }

  private static long crawlDelay(String value) {
    try {
      double seconds = Double.parseDouble(value);
      return seconds > 0 && seconds < 86_400 ? (long) (seconds * 1000) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Whether {@code pathAndQuery} (starting with "/") may be fetched. */
  public boolean allows(String pathAndQuery) {
    int bestLength = -1;
    boolean allowed = true;
    for (Rule r : rules) {
      if (matches(r.pattern(), pathAndQuery)) {
        int length = r.pattern().length();
        if (length > bestLength || length == bestLength && r.allow()) {
          bestLength = length;
          allowed = r.allow();
        }
      }
    }
    return allowed;
  }

  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return matchAt(p, 0, path, 0, anchored);
  }

  private static boolean matchAt(String p, int pi, String s, int si, boolean anchored) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        for (int k = si; k <= s.length(); k++) {
          if (matchAt(p, pi + 1, s, k, anchored)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length() || s.charAt(si) != c) {
        return false;
      }
      pi++;
      si++;
    }
    return !anchored || si == s.length();
  }
}
