package io.corroborate.feeds;

import java.util.List;

/**
 * Hears what the watcher does, to show progress or log it. Called from the watcher's threads:
 * implementations must be thread-safe. Every text from the network is already escaped.
 */
public interface WatchListener {

  /** Ignores everything. */
  WatchListener NONE = new WatchListener() {};

  /** A round of polls starts. */
  default void roundStarted(int feeds) {}

  /** One feed was polled. */
  default void feedPolled(FeedPollResult result) {}

  /**
   * An item or page was skipped or warned about.
   *
   * @param feed the feed it came from
   * @param where the page's address or the item, escaped
   * @param message the problem, escaped
   */
  default void problem(String feed, String where, String message) {}

  /** A round of polls ended. */
  default void roundFinished(List<FeedPollResult> results) {}
}
