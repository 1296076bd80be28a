package dev.scoop.extract.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassWordsTest {
  @Test
  void aMarkerMatchesARuleWhenOneOfItsWordsDoes() {
    ClassWords words = new ClassWords();
    assertTrue(words.has("post-footer comment-list", ClassWords.COMMENT));
    assertTrue(words.has("Sidebar widget", ClassWords.UNLIKELY));
    assertFalse(words.has("entry-content", ClassWords.UNLIKELY));
    assertTrue(words.has("entry-content", ClassWords.MAYBE));
    // another page asking about the same words gets their verdicts from the shared cache, judging nothing again
    int known = ClassWords.sharedWords();
    assertTrue(new ClassWords().has("Sidebar widget", ClassWords.UNLIKELY));
    assertEquals(known, ClassWords.sharedWords());
  }

  @Test
  void theSharedWordCacheStaysBoundedAndRightPastItsLimit() {
    ClassWords words = new ClassWords();
    for (int i = 0; i <= ClassWords.MAX_SHARED_WORDS + 10; i++) {
      words.has("w" + i + " plain", ClassWords.UNLIKELY);
      assertTrue(ClassWords.sharedWords() <= ClassWords.MAX_SHARED_WORDS);
    }
    assertTrue(words.has("w1 cookie-banner", ClassWords.UNLIKELY));
    assertFalse(words.has("w2 article-body", ClassWords.UNLIKELY));
  }
}
