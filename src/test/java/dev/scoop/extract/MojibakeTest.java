package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * {@code text} as UTF-8 bytes read back in {@code charset}: how mojibake is made. Bytes the
   * charset leaves undefined stay C1 controls, as browsers decode them.
   */
  private static String garble(String text, Charset charset) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, charset);
      out.append(c.equals("\ufffd") ? (char) (b & 0xff) : c);
    }
    return out.toString();
  }

  @Test
  void utf8ReadAsWindows1252OrLatin1IsRepaired() {
    String text = "It isn’t “new” — it’s café, Größe, naïve… 20 °C, 5 €, Привет, ⭐ 😀";
    assertEquals(text, Mojibake.repair(garble(text, WINDOWS_1252)));
    assertEquals(text, Mojibake.repair(garble(text, StandardCharsets.ISO_8859_1)));
  }

  @Test
  void textDamagedTwiceIsRepaired() {
    String text = "isn’t café";
    assertEquals(text, Mojibake.repair(garble(garble(text, WINDOWS_1252), WINDOWS_1252)));
  }

  @Test
  void aWindows1252CharacterReadAsLatin1IsRepaired() {
    assertEquals("shouldn’t — “so”", Mojibake.repair("shouldn\u0092t \u0097 \u0093so\u0094"));
  }

  @Test
  void legacyLettersBeforePunctuationAreLeftAlone() {
    for (String text : new String[] {
        "Fuß…", "Straße“", "À bientôt", "Ça va — très bien", "5×3", "Größe: 42", "Ðe", "façade‘s", "é™", "Ärger",
        "plain ASCII", ""}) {
      assertSame(text, Mojibake.repair(text), text);
    }
  }

  @Test
  void aPageIsRepairedInItsTextMetadataAndJsonLd() {
    String page = "<html><head><title>Itâ€™s here</title>"
        + "<meta property=\"og:description\" content=\"A cafÃ© story\">"
        + "<script type=\"application/ld+JSON\">{\"@type\":\"NewsArticle\",\"headline\":\"Itâ€™s here\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"JosÃ© MÃ¼ller\"}}</script></head>"
        + "<body><article><h1>It&acirc;&euro;&trade;s here</h1>"
        + "<p>The cafÃ© opened in the old mill on Monday, and the queue reached the bridge by noon; "
        + "nobody there had seen anything like it since the fair closed a decade ago.</p>"
        + "<p>â€œWe didnâ€™t expect this,â€\u009d said the owner, who had planned for a quiet first week.</p>"
        + "</article></body></html>";
    Article a = new ArticleExtractor().extract(page, "https://example.com/story");
    assertEquals("It’s here", a.title());
    assertEquals("A café story", a.description());
    assertEquals(java.util.List.of("José Müller"), a.authors());
    assertEquals("The café opened in the old mill on Monday, and the queue reached the bridge by noon; "
        + "nobody there had seen anything like it since the fair closed a decade ago.\n"
        + "“We didn’t expect this,” said the owner, who had planned for a quiet first week.", a.text());
  }
}
