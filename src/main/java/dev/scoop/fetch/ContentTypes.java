package dev.scoop.fetch;

import java.util.Locale;

/** Reading a {@code Content-Type} header value: its media type and its charset parameter. */
public final class ContentTypes {
  private ContentTypes() {}

  /** The {@code charset} parameter, unquoted, or null. */
  public static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String param : contentType.split(";")) {
      String p = param.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return p.substring(8).replace("\"", "").trim();
      }
    }
    return null;
  }

  /** Whether the media type is HTML or XHTML (an empty type is sniffed as HTML). */
  public static boolean isHtml(String contentType) {
    String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    return type.equals("text/html") || type.equals("application/xhtml+xml") || type.isEmpty();
  }
}
