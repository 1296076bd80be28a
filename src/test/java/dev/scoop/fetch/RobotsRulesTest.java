package dev.scoop.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
  private static final String ROBOTS = String.join("\n",
      "User-agent: *", "Disallow: /private/", "Allow: /private/open", "Disallow: /*.pdf$", "",
      "User-agent: ScoopBot", "User-agent: OtherBot", "Disallow: /no-scoop", "Allow: /no-scoop/yes", "# comment",
      "", "User-agent: Evil", "Disallow: /");

  @Test
  void ownGroupReplacesTheStarGroup() {
    RobotsRules rules = RobotsRules.parse(ROBOTS, "ScoopBot");
    assertFalse(rules.allows("/no-scoop/page"));
    assertTrue(rules.allows("/no-scoop/yes/page"), "longest match wins");
    assertTrue(rules.allows("/private/x"), "the * group does not apply when ours exists");
  }

  @Test
  void starGroupWithWildcardsAndAnchors() {
    RobotsRules rules = RobotsRules.parse(ROBOTS, "SomeoneElse");
    assertFalse(rules.allows("/private/x"));
    assertTrue(rules.allows("/private/open/x"));
    assertFalse(rules.allows("/docs/file.pdf"));
    assertTrue(rules.allows("/docs/file.pdf?download=1"));
    assertTrue(rules.allows("/"));
  }

  @Test
  void emptyOrMissingRulesAllowEverything() {
    assertTrue(RobotsRules.parse("", "ScoopBot").allows("/anything"));
    assertTrue(RobotsRules.ALLOW_ALL.allows("/x"));
    assertFalse(RobotsRules.DISALLOW_ALL.allows("/x"));
  }
}
