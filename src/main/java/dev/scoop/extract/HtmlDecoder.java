package dev.scoop.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes raw page bytes into text, choosing the charset the way browsers do: byte-order mark,
 * then the transport hint (HTTP {@code Content-Type}), then a {@code <meta>} prescan, then
 * UTF-8 if the bytes are valid UTF-8, else windows-1252.
 *
 * <p>Mis-declarations are common both ways, and only one way is ambiguous: a declared UTF-8 that
 * does not decode cleanly falls back to windows-1252, and a declared single-byte charset
 * (typically a server's default {@code ISO-8859-1}) over bytes that are valid UTF-8 with
 * multi-byte sequences is read as UTF-8, since legacy text is practically never valid UTF-8 by
 * chance. Thread-safe (stateless).
 */
public final class HtmlDecoder {
  private static final int PRESCAN_BYTES = 4096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Labels whose JDK charset is narrower than what browsers decode under them, with the one they use. */
  private static final Map<String, String> WHATWG_NAMES = whatwgNames();

  private HtmlDecoder() {}

  /** Decodes {@code bytes}; {@code hint} is the charset named by the transport, or null. */
  public static String decode(byte[] bytes, String hint) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new String(bytes, skip, bytes.length - skip, bom);
    }
    Charset declared = lookup(hint);
    if (declared == null) {
      declared = lookup(prescanMeta(bytes));
      if (declared != null && declared.name().startsWith("UTF-16")) {
        declared = StandardCharsets.UTF_8; // a <meta> that could be read byte by byte is not UTF-16 (WHATWG)
      }
    }
    if (declared == null || declared == StandardCharsets.UTF_8) {
      String utf8 = strictUtf8(bytes);
      return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
    }
    if (isSingleByte(declared)) {
      String utf8 = strictUtf8(bytes);
      if (utf8 != null && utf8.length() < bytes.length) {
        return utf8;
      }
    }
    return new String(bytes, declared);
  }

  /** The charset named in the first {@value #PRESCAN_BYTES} bytes' {@code <meta>} tags, or null. */
  static String prescanMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /**
   * Maps a label to a charset as browsers do (WHATWG Encoding): a legacy label names the wider
   * charset pages written under it really use — latin-1 and ascii are windows-1252, gb2312 is
   * GB18030, euc-kr is windows-949, shift_jis is windows-31j, iso-8859-9 is windows-1254, tis-620
   * is windows-874, big5 is Big5-HKSCS — so their extra characters (curly quotes, "丟", "똠",
   * "①") do not decode as replacement characters.
   */
  static Charset lookup(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String name = label.trim().toLowerCase(Locale.ROOT);
    try {
      return Charset.forName(WHATWG_NAMES.getOrDefault(name, name));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, String> whatwgNames() {
    Map<String, String> names = new HashMap<>();
    alias(names, "windows-1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252");
    alias(names, "UTF-8", "utf8", "unicode-1-1-utf-8");
    alias(names, "GB18030", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280", "iso-ir-58", "gbk", "x-gbk");
    alias(names, "x-windows-949", "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean", "csksc56011987",
        "iso-ir-149", "windows-949");
    alias(names, "windows-31j", "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "csshiftjis");
    alias(names, "windows-1254", "iso-8859-9", "iso8859-9", "iso_8859-9", "latin5", "l5", "csisolatin5", "iso-ir-148");
    alias(names, "x-windows-874", "tis-620", "iso-8859-11", "iso8859-11", "iso_8859-11", "dos-874", "windows-874");
    alias(names, "Big5-HKSCS", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
    return Map.copyOf(names);
  }

  private static void alias(Map<String, String> names, String charset, String... labels) {
    for (String label : labels) {
      names.put(label, charset);
    }
  }

  private static boolean isSingleByte(Charset charset) {
    return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f;
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
