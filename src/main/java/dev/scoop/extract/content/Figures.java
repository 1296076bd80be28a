package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import dev.scoop.extract.Image;
import dev.scoop.extract.Urls;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads an image with its caption and credit from a figure. A credit is an element marked
 * as such, or a trailing credit phrase of the caption: "(AP Photo/Jane Doe)",
 * "Photo: Jane Doe", "Jane Doe/Getty Images", "Credit: ...". Lazy-loading attributes are
 * followed so the real image URL is reported.
 */
public final class Figures {
  private static final Pattern CREDIT_ELEMENT = Pattern.compile("(?i)credit|copyright|source|attribution|photographer|byline");
  private static final String AGENCIES = "AP|AFP|Reuters|Getty(?: Images)?|EPA|Shutterstock|Alamy|dpa|Bloomberg|NurPhoto|Xinhua|Pool|iStock|Unsplash|Wikimedia";
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "\\s*(\\((?:[^()]*?(?:Photo|Foto|Image|Picture|Credit|Courtesy|Illustration|Video)[^()]*|(?:" + AGENCIES + ")[^()]*|[^()]*/\\s*(?:" + AGENCIES + ")[^()]*)\\)"
          + "|(?:Photo|Photograph|Image|Picture|Credit|Foto|Photo credit|Courtesy|Illustration)s?\\s*(?:by|:|©)\\s*[^.]{2,80}"
          + "|©\\s*[^.]{2,80}"
          + "|[\\p{Lu}][^.()]{1,60}/\\s*(?:" + AGENCIES + ")[^.()]*)\\s*\\.?\\s*$");
  /** A photo credit closing a line: "(AP Photo/Jane Doe)", "(NASA via AP, File)", "(Jane Doe/Getty Images)". */
  private static final Pattern CLOSING_PHOTO_CREDIT = Pattern.compile(
      "\\((?:[^()]*\\b(?:Photo|Foto|Photograph)\\b[^()]*|[^()]*\\bvia (?:" + AGENCIES + ")\\b[^()]*|[^()]*/\\s*(?:" + AGENCIES + ")[^()]*)\\)\\s*$");
  private static final String[] LAZY_SOURCES = {"data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "data-full-src"};

  private Figures() {}

  /**
   * A figure holding a quote (a pull quote, a testimonial), a code listing or a table instead of an
   * image. A figure left without its image (lazy loading, a video player) is still an image's.
   */
  public static boolean isTextFigure(Element figure) {
    return figure.normalName().equals("figure") && figure.selectFirst(Css.of("img, picture, video, iframe")) == null
        && figure.selectFirst(Css.of("blockquote, pre, table")) != null;
  }

  /** Whether a line ends with a photo credit, as a caption does. */
  static boolean endsWithPhotoCredit(String text) {
    return text.endsWith(")") && CLOSING_PHOTO_CREDIT.matcher(text).find();
  }

  /** The image of {@code figure} (a {@code <figure>} or any element holding an image), or null. */
  static Image read(Element figure) {
    Element img = figure.is(Css.of("img")) ? figure : figure.selectFirst(Css.of("img"));
    String url = img == null ? null : imageUrl(img);
    if (url == null) {
      return null;
    }
    Element captionEl = figure.selectFirst(Css.of("figcaption"));
    String credit = null;
    String caption = null;
    if (captionEl != null) {
      Element creditEl = firstCredit(captionEl);
      if (creditEl == null) {
        creditEl = firstCredit(figure);
      }
      Element copy = captionEl.clone();
      if (creditEl != null) {
        credit = clean(creditEl.text());
        for (Element c : copy.select(Css.of("*"))) {
          if (c.text().equals(creditEl.text()) && firstCredit(c) != null) {
            c.remove();
          }
        }
      }
      caption = clean(copy.text());
    } else if (img.hasAttr("alt") && !img.attr("alt").isBlank()) {
      caption = clean(img.attr("alt"));
    }
    if (credit == null && caption != null) {
      String[] split = splitCredit(caption);
      caption = split[0];
      credit = split[1];
    }
    return new Image(url, caption, credit);
  }

  /** Splits "Caption text. (AP Photo/Someone)" into {caption, credit}; credit may be null. */
  static String[] splitCredit(String text) {
    Matcher m = TRAILING_CREDIT.matcher(text);
    if (m.find() && m.start() > 0) {
      String credit = m.group(1).trim();
      if (credit.startsWith("(") && credit.endsWith(")")) {
        credit = credit.substring(1, credit.length() - 1).trim();
      }
      return new String[] {clean(text.substring(0, m.start())), credit};
    }
    return new String[] {clean(text), null};
  }

  /**
   * The real source of an image: lazy-loading attributes first, then src, then srcset's first
   * candidate; an inline placeholder ({@code data:}) is no source.
   */
  static String imageUrl(Element img) {
    for (String attr : LAZY_SOURCES) {
      if (isSource(img.attr(attr))) {
        return Urls.absolute(img, attr);
      }
    }
    if (isSource(img.attr("src"))) {
      return Urls.absolute(img, "src");
    }
    String srcset = img.hasAttr("srcset") ? img.attr("srcset") : img.attr("data-srcset");
    String first = srcset.strip().split("[\\s,]+")[0];
    return isSource(first) ? Urls.resolve(img, first) : null;
  }

  private static boolean isSource(String url) {
    return !url.isBlank() && !url.startsWith("data:");
  }

  private static Element firstCredit(Element root) {
    for (Element e : root.select(Css.of("[class], [itemprop]"))) {
      if (e != root && CREDIT_ELEMENT.matcher(e.className() + " " + e.attr("itemprop")).find()
          && !e.text().isBlank()) {
        return e;
      }
    }
    return null;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    return t.isEmpty() ? null : t;
  }
}
