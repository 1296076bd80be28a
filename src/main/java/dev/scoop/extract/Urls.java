package dev.scoop.extract;

import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/** URLs in a page's attributes. Thread-safe (each thread keeps its own last base URL). */
public final class Urls {
  /** The base URL last parsed on this thread: every link of a page shares one, and jsoup parses it again for each. */
  private static final ThreadLocal<ParsedBase> LAST_BASE = new ThreadLocal<>();

  private record ParsedBase(String text, URL url) {}

  private Urls() {}

  /**
   * The attribute as an absolute URL, or as written when it cannot be resolved. An absolute http(s)
   * URL is returned as written, without jsoup's resolving (which parses it again), but cleaned as
   * browsers clean it: without the spaces around it and the tabs and line breaks inside it. A
   * plain relative one is resolved against the page's base, parsed once per page; anything jsoup
   * treats specially (a query alone, control characters, dot segments left in the path, a
   * non-web scheme) is left to jsoup.
   */
  public static String absolute(Element e, String attr) {
    return resolve(e, e.attr(attr));
  }

  /** A URL written in an attribute of {@code e} (a {@code srcset}'s candidate), made absolute as {@link #absolute} does. */
  public static String resolve(Element e, String url) {
    String value = withoutTabsAndNewlines(url.strip());
    if (isWeb(value)) {
      return value;
    }
    String resolved = isPlainRelative(value) ? resolve(e.baseUri(), value) : null;
    if (resolved != null) {
      return resolved;
    }
    String abs = StringUtil.resolve(e.baseUri(), value);
    return abs.isEmpty() ? value : abs;
  }

  /** {@code relative} against {@code base} when both make an ordinary http(s) URL, else null. */
  private static String resolve(String base, String relative) {
    URL baseUrl = parsedBase(base);
    if (baseUrl == null) {
      return null;
    }
    try {
      URL abs = new URL(baseUrl, relative);
      boolean web = abs.getProtocol().equals("http") || abs.getProtocol().equals("https");
      String path = abs.getPath();
      boolean dotSegments = path.contains("/./") || path.contains("/../") || path.endsWith("/.") || path.endsWith("/..");
      return web && !abs.getHost().isEmpty() && !dotSegments ? abs.toExternalForm() : null;
    } catch (MalformedURLException e) {
      return null;
    }
  }

  private static URL parsedBase(String base) {
    ParsedBase last = LAST_BASE.get();
    if (last != null && last.text().equals(base)) {
      return last.url();
    }
    URL url;
    try {
      url = base.startsWith("https://") || base.startsWith("http://") ? new URL(base) : null;
    } catch (MalformedURLException e) {
      url = null;
    }
    LAST_BASE.set(new ParsedBase(base, url));
    return url;
  }

  /**
   * A URL declared in the page's metadata (og:image, a canonical link, JSON-LD's {@code url}) as
   * an absolute web address: as written when it is one, else resolved against {@code base} when
   * it reads as a path (it has a "/"); null for anything else — a relative path without a base,
   * or a value that is no address at all ("com.example.Image@1aa3b0b8").
   */
  public static String webAddress(String base, String url) {
    String value = url == null ? "" : withoutTabsAndNewlines(url.strip());
    if (isWeb(value)) {
      return value;
    }
    if (value.indexOf('/') < 0 || base == null || base.isEmpty()) {
      return null;
    }
    String abs = StringUtil.resolve(base, value);
    return isWeb(abs) ? abs : null;
  }

  /** Whether {@code url} is an absolute web address (http or https). */
  public static boolean isWeb(String url) {
    return url.startsWith("https://") || url.startsWith("http://");
  }

  private static boolean isPlainRelative(String value) {
    if (value.isEmpty() || value.startsWith("?")) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < 0x20) {
        return false;
      }
    }
    return true;
  }

  private static String withoutTabsAndNewlines(String url) {
    if (url.indexOf('\t') < 0 && url.indexOf('\n') < 0 && url.indexOf('\r') < 0) {
      return url;
    }
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
