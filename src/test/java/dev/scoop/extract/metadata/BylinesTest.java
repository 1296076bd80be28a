package dev.scoop.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void dropsTheRoleAfterTheName() {
    assertEquals(List.of("Kate Seamons"), Bylines.parse("By Kate Seamons, Newser Staff"));
  }

  @Test
  void aGroupSigningAloneIsTheAuthorButNeverBesideAPerson() {
    assertEquals(List.of("Resy Staff"), Bylines.parse("By Resy Staff"));
    assertEquals(List.of("The Lavazza Team"), Bylines.parse("By The Lavazza Team"));
    assertEquals(List.of("Great Day Editorial Team"), Bylines.names("Great Day Editorial Team"));
    assertEquals(List.of("Team SimplyThrilled"), Bylines.names("Team SimplyThrilled"));
    assertEquals(List.of("Kate Seamons"), Bylines.parse("By Kate Seamons, Newser Staff"));
    assertEquals(List.of(), Bylines.names("Our Product Research Team"));
    assertEquals(List.of(), Bylines.names("Staff Writer"));
  }

  @Test
  void dropsCredentialsAndJobTitlesAfterTheName() {
    assertEquals(List.of("Dylan Bailey"), Bylines.parse("By Dylan Bailey, MS, RD, FAND"));
    assertEquals(List.of("Jane Doe"), Bylines.parse("Jane Doe, PhD"));
    assertEquals(List.of("Paul Frew"), Bylines.parse("By Paul Frew, Home and Digital Security Expert"));
    assertEquals(List.of("Rasmus Barslund"), Bylines.parse("Rasmus Barslund Founder, Lead Reviewer"));
    assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe Staff Writer"));
  }

  @Test
  void aNameWithTwoCapitalsIsANameWhenItComesFirst() {
    assertEquals(List.of("DeShawn"), Bylines.parse("By DeShawn"));
    assertEquals(List.of("Ron DeSantis", "Jane Doe"), Bylines.parse("By Ron DeSantis and Jane Doe"));
  }

  @Test
  void splitsSeveralAuthors() {
    assertEquals(List.of("Jane Doe", "John Smith"), Bylines.parse("By Jane Doe and John Smith, Staff Writers"));
    assertEquals(List.of("A. Müller", "B. Jensen", "C. O'Neil"), Bylines.parse("Von A. Müller, B. Jensen & C. O'Neil"));
    assertEquals(List.of("Dieter Hogen", "Uta Pippig"), Bylines.parse("By Dieter Hogen with Uta Pippig"));
  }

  @Test
  void stopsAtTheDateline() {
    assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe | Updated June 21, 2024"));
    assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe Posted Jun 21, 2024 8:17 AM CDT"));
  }

  @Test
  void refusesNonNames() {
    assertEquals(List.of(), Bylines.parse("By the end of the year"));
    assertEquals(List.of(), Bylines.parse("By Associated Press"));
    assertFalse(Bylines.isPlausibleName("jane@example.com"));
    assertFalse(Bylines.isPlausibleName("https://example.com/jane"));
    // interface labels and platforms that sit in author-named elements
    assertFalse(Bylines.isPlausibleName("Skip to content"));
    assertFalse(Bylines.isPlausibleName("Open in a new tab"));
    assertFalse(Bylines.isPlausibleName("Facebook"));
    assertFalse(Bylines.isPlausibleName("Followers"));
    assertFalse(Bylines.isPlausibleName("Download ZIP"));
    assertFalse(Bylines.isPlausibleName("Español"));
    assertFalse(Bylines.isPlausibleName("Written By"));
    assertFalse(Bylines.isPlausibleName("The Author"));
    assertFalse(Bylines.isPlausibleName("Topic Author"));
    assertFalse(Bylines.isPlausibleName("NOC Admin"));
    assertFalse(Bylines.isPlausibleName("Full Bio"));
  }

  @Test
  void keepsNameParticles() {
    assertTrue(Bylines.isPlausibleName("Vincent van Gogh"));
    assertTrue(Bylines.isPlausibleName("Ana de Armas"));
    assertEquals(List.of("Ludwig van Beethoven", "Jane Doe"), Bylines.parse("By Ludwig van Beethoven and Jane Doe"));
  }

  @Test
  void recognisesBylineLines() {
    assertTrue(Bylines.looksLikeByline("By Kate Seamons, Newser Staff"));
    assertFalse(Bylines.looksLikeByline("By the end of the war, 40,000 people had fled."));
  }
}
