package io.corroborate.ingest;

/**
 * Bounds that keep hostile or broken input from taking unbounded memory or time.
 *
 * @param maxDocumentBytes largest document (a file, a JSON line, a WARC record, decompressed) read
 * @param maxHtmlDepth deepest element nesting kept when parsing HTML
 * @param maxFeedItems most items read from one feed
 */
public record InputLimits(long maxDocumentBytes, int maxHtmlDepth, int maxFeedItems) {

  /** 16 MiB: far above any real article, far below what exhausts memory. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  /** jsoup's own default; deeper nesting is flattened. */
  public static final int DEFAULT_MAX_HTML_DEPTH = 512;

  /** Feeds rarely carry more than a few hundred items. */
  public static final int DEFAULT_MAX_FEED_ITEMS = 10_000;

  /** The defaults. */
  public static final InputLimits DEFAULTS =
      new InputLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_HTML_DEPTH, DEFAULT_MAX_FEED_ITEMS);

  /** Validates the bounds. */
  public InputLimits {
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException(
          "maxDocumentBytes must be positive: maxDocumentBytes=" + maxDocumentBytes);
    }
    if (maxHtmlDepth < 1) {
      throw new IllegalArgumentException(
          "maxHtmlDepth must be positive: maxHtmlDepth=" + maxHtmlDepth);
    }
    if (maxFeedItems < 1) {
      throw new IllegalArgumentException(
          "maxFeedItems must be positive: maxFeedItems=" + maxFeedItems);
    }
  }
}
