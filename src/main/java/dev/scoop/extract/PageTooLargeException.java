package dev.scoop.extract;

/**
 * A page with more elements than the extractor is set to read. Cleaning and scoring cost grows
 * faster than the page on hostile shapes (tens of thousands of nested elements), so the bound
 * keeps one page from holding a worker for minutes; real pages stay far below it.
 */
public final class PageTooLargeException extends RuntimeException {
  private final int limit;

  PageTooLargeException(int limit) {
    super("the page has more than " + limit + " elements");
    this.limit = limit;
  }

  /** The element limit the page went over. */
  public int limit() {
    return limit;
  }
}
