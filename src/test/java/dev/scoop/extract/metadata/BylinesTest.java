package dev.scoop.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {
  @Test
  void dropsTheRoleAfterTheName() {
    assertEquals(List.of("Kate Seamons"), Bylines.parse("By Kate Seamons, Newser Staff"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "By Resy Staff|Resy Staff", "By The Lavazza Team|The Lavazza Team", "Great Day Editorial Team|Great Day Editorial Team",
      "Team SimplyThrilled|Team SimplyThrilled",
      // beside a person, a group is the person's employer, not a second author
      "By Jane Doe, Resy Staff|Jane Doe",
      // a description or a job, not a signature
      "Our Product Research Team|", "Staff Writer|"})
  void aGroupSigningAloneIsTheAuthorButNeverBesideAPerson(String field, String author) {
    assertEquals(author == null ? List.of() : List.of(author), Bylines.names(field));
  }

  @Test
  void dropsCredentialsAndJobTitlesAfterTheName() {
    assertEquals(List.of("Dylan Bailey"), Bylines.parse("By Dylan Bailey, MS, RD, FAND"));
    assertEquals(List.of("Jane Doe"), Bylines.parse("Jane Doe, PhD"));
    assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe, Ph.D."));
    assertEquals(List.of("John Roe", "Ann Lee"), Bylines.parse("By John Roe, Esq., and Ann Lee, Psy.D."));
    assertEquals(List.of("Paul Frew"), Bylines.parse("By Paul Frew, Home and Digital Security Expert"));
    assertEquals(List.of("Rasmus Barslund"), Bylines.parse("Rasmus Barslund Founder, Lead Reviewer"));
    assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe Staff Writer"));
    // a job told in a phrase ends the names: what follows it describes the job
    assertEquals(List.of("Danielle Padula"), Bylines.parse("By Danielle Padula, Head of Marketing and Community Development"));
    assertEquals(List.of("Ann Lee", "John Roe"), Bylines.parse("By Ann Lee and John Roe, Head of Research"));
    // one word after a job title is the desk; a second name after it is still one
    assertEquals(List.of("Zackery Cuevas"), Bylines.parse("& Zackery Cuevas Writer, Hardware"));
    assertEquals(List.of("Jane Doe", "John Roe"), Bylines.parse("By Jane Doe, Staff Writer, and John Roe"));
  }

  @Test
  void aSentenceLeadingToTheBylineIsNotPartOfTheName() {
    assertEquals(List.of("Danielle Padula"), Bylines.parse("This post was written by Danielle Padula, Head of Marketing and Community Development"));
    assertEquals(List.of("Dr. Ehsan Jazini"), Bylines.parse("Authored by: Dr. Ehsan Jazini"));
    // a long sentence is not a byline's lead-in
    assertEquals(List.of(), Bylines.parse("Thanks to everyone in the community whose tips were written by Jane Doe"));
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

  /** "Published by" as Portuguese, Spanish and French CMSs print it before the name. */
  @Test
  void aPublishedByLineInOtherLanguagesIsAByline() {
    assertTrue(Bylines.looksLikeByline("Publicado por: Clarissa Borba"));
    assertEquals(List.of("Clarissa Borba"), Bylines.parse("Publicado por: Clarissa Borba"));
    assertTrue(Bylines.looksLikeByline("Publié par Jeanne Martin"));
    assertFalse(Bylines.looksLikeByline("Publicado en el diario oficial"));
  }

  @Test
  void anAllCapsBylineIsSplitLikeAnyOther() {
    assertEquals(List.of("JOHN SMITH", "MARY O'NEILL"), Bylines.parse("BY JOHN SMITH AND MARY O'NEILL, ASSOCIATED PRESS"));
    assertEquals(List.of("JOHN SMITH", "MARY JONES", "ANN LEE"), Bylines.parse("BY JOHN SMITH, MARY JONES AND ANN LEE"));
    assertEquals(List.of("JOHN SMITH"), Bylines.parse("BY JOHN SMITH, STAFF WRITER"));
    assertEquals(List.of("JOHN SMITH", "ANN LEE"), Bylines.parse("BY JOHN SMITH WITH ANN LEE"));
    // a middle initial is not a separator, whatever the case
    assertEquals(List.of("JOHN E SMITH"), Bylines.parse("BY JOHN E SMITH"));
  }
}
