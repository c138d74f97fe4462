package io.corroborate.feeds;

import io.corroborate.ingest.RawDocument;
import java.io.IOException;

/**
 * Receives each fetched article page, whole: a {@link RawDocument} of kind HTML whose content is
 * the decoded page, with the item's link as {@code url}, its GUID as {@code id}, and the item's
 * title, date and author and the feed's title (outlet) and language. The store's ingest implements
 * it; until then the {@code watch} command writes JSON lines. Called from several threads at once:
 * implementations must be thread-safe.
 */
@FunctionalInterface
public interface FeedItemSink {

  /**
   * Takes one article. Throwing marks the item as not taken, so it is fetched again on a later
   * poll, and fails the feed's poll.
   */
  void accept(RawDocument page) throws IOException;
}
