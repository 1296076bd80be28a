package dev.scoop.eval;

import dev.scoop.extract.Article;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Scoop's own measure of metadata, where a dataset's ground truth has it (WCXB gives a title,
 * an author and a publication date per page; neither benchmark scores them): the title matches
 * when equal after lower-casing and collapsing punctuation and spaces; the author when the words
 * of the reference name and of the extracted names, so normalised and without list words such as
 * "and", contain one another as sets; the date when it is the same calendar day. Each is null
 * where the reference has no such field.
 */
public final class MetadataScorer {
  /** The words that join names in a list. */
  private static final Set<String> LIST_WORDS = Set.of("", "and", "und", "et", "y");

  private MetadataScorer() {}

  /** The expected metadata of a page; any field may be null. */
  public record Expected(String title, String author, String publishDate) {
    static final Expected NONE = new Expected(null, null, null);
  }

  /** Whether each field matched; null where nothing was expected. */
  public record Score(Boolean title, Boolean author, Boolean date) {
    static final Score NONE = new Score(null, null, null);
  }

  public static Score score(Expected expected, Article article) {
    return new Score(
        present(expected.title()) ? fold(expected.title()).equals(fold(article.title())) : null,
        present(expected.author()) ? authorMatches(fold(expected.author()), fold(String.join(" ", article.authors()))) : null,
        present(expected.publishDate()) ? day(expected.publishDate()).equals(day(article.publishedAt())) : null);
  }

  /**
   * Whether the names' words, as sets, contain one another: how a list is written ("A, B, and C",
   * "Doe, Jane") or a middle initial added is not a different author.
   */
  private static boolean authorMatches(String expected, String found) {
    Set<String> e = nameWords(expected);
    Set<String> f = nameWords(found);
    return !e.isEmpty() && !f.isEmpty() && (f.containsAll(e) || e.containsAll(f));
  }

  private static Set<String> nameWords(String folded) {
    Set<String> words = new HashSet<>(Arrays.asList(folded.split(" ")));
    words.removeAll(LIST_WORDS);
    return words;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static String day(String iso) {
    return iso == null || iso.length() < 10 ? "" : iso.substring(0, 10);
  }

  private static String fold(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
