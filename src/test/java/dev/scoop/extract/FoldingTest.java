package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void keepsLettersAndDigitsOfEveryScriptInLowerCase() {
    assertEquals("modelsdjango5", Folding.fold("Models ¶ | Django 5"));
    assertEquals("südkoreaмосква", Folding.fold("Süd-Korea: Москва!"));
    assertEquals("", Folding.fold(" — ¶ "));
  }
}
