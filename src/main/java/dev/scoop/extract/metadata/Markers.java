package dev.scoop.extract.metadata;

import java.util.regex.Pattern;

/**
 * Class and id words by which pages mark their dek and their dates. Shared by the metadata
 * reader (which takes them as metadata) and the content cleaner (which keeps them out of the
 * body), so both read a page the same way.
 */
public final class Markers {
  /** A dek: standfirst, subtitle, summary, lede. */
  public static final Pattern DEK = Pattern.compile(
      "(?i)\\b(?:dek|deck|standfirst|sub-?title|sub-?head(?:line)?|summary|lede|lead|intro|excerpt|strapline|teaser)\\b");
  /** A date line or a block of article meta (byline, date). */
  public static final Pattern DATE = Pattern.compile("(?i)date|time|posted|published|dateline|timestamp|meta");

  private Markers() {}
}
