package dev.scoop.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlDecoderTest {
  private static final String TEXT = "<p>café — “quoted”</p>";

  @Test
  void transportHintWins() {
    assertEquals(TEXT, HtmlDecoder.decode(TEXT.getBytes(Charset.forName("windows-1252")), "windows-1252"));
  }

  @Test
  void metaCharsetIsFound() {
    String page = "<meta charset=\"windows-1252\">" + TEXT;
    assertEquals(page, HtmlDecoder.decode(page.getBytes(Charset.forName("windows-1252")), null));
  }

  @Test
  void byteOrderMarkBeatsEverything() {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(TEXT, HtmlDecoder.decode(withBom, "iso-8859-1"));
  }

  @Test
  void latin1IsReadAsWindows1252AndMisdeclaredUtf8FallsBack() {
    byte[] legacy = TEXT.getBytes(Charset.forName("windows-1252"));
    assertEquals(TEXT, HtmlDecoder.decode(legacy, "iso-8859-1"));
    assertEquals(TEXT, HtmlDecoder.decode(legacy, "utf-8"));
    assertEquals(TEXT, HtmlDecoder.decode(legacy, null));
  }

  @Test
  void utf8DeclaredAsASingleByteCharsetIsReadAsUtf8() {
    byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
    assertEquals(TEXT, HtmlDecoder.decode(utf8, "iso-8859-1"));
    String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">" + TEXT;
    assertEquals(page, HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null));
  }

  @Test
  void asciiOnlyUtf8KeepsTheDeclaredCharset() {
    byte[] ascii = "<p>plain</p>".getBytes(StandardCharsets.US_ASCII);
    assertEquals("<p>plain</p>", HtmlDecoder.decode(ascii, "koi8-r"));
    byte[] cyrillic = "<p>Привет</p>".getBytes(Charset.forName("koi8-r"));
    assertEquals("<p>Привет</p>", HtmlDecoder.decode(cyrillic, "koi8-r"));
  }

  /** A page may print the replacement character itself: valid UTF-8 all the same, not a reason to fall back. */
  @Test
  void aReplacementCharacterWrittenInValidUtf8StaysUtf8() {
    String page = "<p>Unknown glyph: \uFFFD — café</p>";
    assertEquals(page, HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null));
    // the same character beside a stray windows-1252 byte: not UTF-8, so the whole page is windows-1252
    byte[] head = "<p>\uFFFD caf".getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(head, head.length + 5);
    System.arraycopy(new byte[] {(byte) 0xE9, '<', '/', 'p', '>'}, 0, broken, head.length, 5);
    assertEquals("<p>\u00EF\u00BF\u00BD caf\u00E9</p>", HtmlDecoder.decode(broken, null));
  }

  /**
   * Whatever makes bytes invalid UTF-8 sends the page to windows-1252: a lead byte cut off at the
   * end, an overlong form, an encoded surrogate, a continuation byte alone.
   */
  @Test
  void everyKindOfMalformedUtf8FallsBackToWindows1252() {
    byte[][] tails = {{(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80}};
    for (byte[] tail : tails) {
      byte[] head = "<p>café ".getBytes(StandardCharsets.UTF_8);
      byte[] page = Arrays.copyOf(head, head.length + tail.length);
      System.arraycopy(tail, 0, page, head.length, tail.length);
      assertEquals(new String(page, Charset.forName("windows-1252")), HtmlDecoder.decode(page, null), Arrays.toString(tail));
    }
  }

  /** A legacy label means the wider charset browsers decode under it: its extra characters must not be lost. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "gb2312      | GB18030       | <p>丟失的東西</p>",
      "euc-kr      | x-windows-949 | <p>똠방각하</p>",
      "shift_jis   | windows-31j   | <p>①番目の項目</p>",
      "iso-8859-9  | windows-1254  | <p>Türkçe ’quoted’</p>",
      "tis-620     | x-windows-874 | <p>ภาษาไทย “quoted”</p>",
      "big5        | Big5-HKSCS    | <p>佢嘅書</p>"})
  void legacyLabelsDecodeAsBrowsersDo(String label, String written, String text) {
    assertEquals(text, HtmlDecoder.decode(text.getBytes(Charset.forName(written)), label));
    String page = "<meta charset=\"" + label + "\">" + text;
    assertEquals(page, HtmlDecoder.decode(page.getBytes(Charset.forName(written)), null));
  }

  /** A page whose <meta> could be read byte by byte is not UTF-16, whatever the tag says. */
  @Test
  void aMetaDeclaringUtf16IsReadAsUtf8() {
    String page = "<meta charset=\"utf-16\">" + TEXT;
    assertEquals(page, HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null));
  }
}
