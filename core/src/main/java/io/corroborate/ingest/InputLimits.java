package io.corroborate.ingest;

/**
 * Bounds that keep hostile or broken input from taking unbounded memory or time. Each has a name
 * (the CLI option is {@code --max-} and the name in kebab case) and a default; going over one is
 * always reported as a problem naming the document, and the document is cut or skipped as each
 * limit's description says.
 *
 * @param maxDocumentBytes largest document (a file, a WARC record, a feed item, decompressed) read;
 *     larger ones are skipped (a feed file may be four times as large, as it holds many items)
 * @param maxNestingDepth deepest element or value nesting: HTML deeper than this is flattened by
 *     the parser (a warning), feeds and JSON lines nested deeper are skipped
 * @param maxElementsPerPage most HTML elements read from one page; the page is cut before the next
 *     element (a warning)
 * @param maxFeedItems most items read from one feed; the rest are skipped (a warning)
 * @param maxJsonLineBytes longest JSON line read; longer lines are skipped
 */
public record InputLimits(
    long maxDocumentBytes,
    int maxNestingDepth,
    int maxElementsPerPage,
    int maxFeedItems,
    long maxJsonLineBytes) {

  /** 16 MiB: far above any real article, far below what exhausts memory. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  /** jsoup's own default; real pages nest a few dozen levels. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 512;

  /** The old name of {@link #DEFAULT_MAX_NESTING_DEPTH}. */
  public static final int DEFAULT_MAX_HTML_DEPTH = DEFAULT_MAX_NESTING_DEPTH;

  /**
   * Real article pages hold a few thousand elements; the heaviest portals some tens of thousands.
   */
  public static final int DEFAULT_MAX_ELEMENTS_PER_PAGE = 100_000;

  /** Feeds rarely carry more than a few hundred items. */
  public static final int DEFAULT_MAX_FEED_ITEMS = 10_000;

  /** A JSON line holds one article and its metadata: twice the document limit. */
  public static final long DEFAULT_MAX_JSON_LINE_BYTES = 2 * DEFAULT_MAX_DOCUMENT_BYTES;

  /** The defaults. */
  public static final InputLimits DEFAULTS =
      new InputLimits(
          DEFAULT_MAX_DOCUMENT_BYTES,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_ELEMENTS_PER_PAGE,
          DEFAULT_MAX_FEED_ITEMS,
          DEFAULT_MAX_JSON_LINE_BYTES);

  /** Validates the bounds: each must be positive. */
  public InputLimits {
    positive("maxDocumentBytes", maxDocumentBytes);
    positive("maxNestingDepth", maxNestingDepth);
    positive("maxElementsPerPage", maxElementsPerPage);
    positive("maxFeedItems", maxFeedItems);
    positive("maxJsonLineBytes", maxJsonLineBytes);
  }

  /**
   * The defaults with the three limits older callers set; a JSON line may be twice the document
   * limit.
   */
  public InputLimits(long maxDocumentBytes, int maxNestingDepth, int maxFeedItems) {
    this(
        maxDocumentBytes,
        maxNestingDepth,
        DEFAULT_MAX_ELEMENTS_PER_PAGE,
        maxFeedItems,
        saturatedDouble(maxDocumentBytes));
  }

  /** The nesting depth kept when parsing HTML: {@link #maxNestingDepth()}. */
  public int maxHtmlDepth() {
    return maxNestingDepth;
  }

  private static long saturatedDouble(long n) {
    return n > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * n;
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive: " + name + "=" + value);
    }
  }
}
