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
  public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
  public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)));
  private static final int MAX_LINES = 10_000;
  private final List<Rule> rules;

  private record Rule(String pattern, boolean allow) {}

  private RobotsRules(List<Rule> rules) {
    this.rules = rules;
  }

  /** Parses {@code text} for the agent whose product token is {@code agent} (e.g. "ScoopBot"). */
  public static RobotsRules parse(String text, String agent) {
    String token = agent.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
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
      if (field.equals("allow") || field.equals("disallow")) {
        if (value.isEmpty()) {
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
    return new RobotsRules(List.copyOf(mineFound ? mine : star));
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
