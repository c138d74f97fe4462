package io.corroborate.web;

import io.corroborate.feeds.FeedState;
import io.corroborate.feeds.WatchState;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The feeds a server watches ({@code serve --watch}), read from the watcher's live state for the
 * feeds page and {@code GET /api/feeds}. Thread-safe (the feed states are).
 *
 * @param feeds the feed addresses, in the order of the feeds file
 * @param every the poll interval
 * @param state the watcher's state, updated as it polls
 */
public record FeedBoard(List<String> feeds, Duration every, WatchState state) {

  /** Freezes the list. */
  public FeedBoard {
    feeds = List.copyOf(feeds);
    Objects.requireNonNull(every, "every");
    Objects.requireNonNull(state, "state");
  }

  /**
   * One watched feed as shown.
   *
   * @param url its address
   * @param lastPoll when it was last polled (ISO-8601), or null
   * @param lastSuccess when it was last read, or null
   * @param lastError why its last poll failed, or null
   * @param articlesAdded articles it brought into the store
   * @param failures failed polls in a row
   * @param nextPoll when it is due, or null when due now
   */
  public record Row(
      String url,
      String lastPoll,
      String lastSuccess,
      String lastError,
      long articlesAdded,
      int failures,
      String nextPoll) {}

  /** Every feed as it stands. */
  public List<Row> rows() {
    List<Row> out = new ArrayList<>(feeds.size());
    for (String url : feeds) {
      FeedState f = state.feed(url);
      out.add(
          new Row(
              url,
              time(f.lastPoll()),
              time(f.lastSuccess()),
              f.lastError(),
              f.articlesAdded(),
              f.failures(),
              time(f.nextPoll())));
    }
    return out;
  }

  private static String time(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** The feeds page's model: the board, or null when the server watches nothing. */
  public record Page(FeedBoard board, List<Row> rows) {

    /** Whether the server watches feeds. */
    public boolean watching() {
      return board != null;
    }

    /** An ISO-8601 instant as a reader scans it: "2026-03-09 10:00 UTC". */
    public static String when(String iso) {
      if (iso == null || iso.length() < 16 || iso.charAt(10) != 'T') {
        return iso;
      }
      return iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC";
    }

    /** The interval in words such as "10 minutes". */
    public String every() {
      if (board == null) {
        return null;
      }
      long s = board.every().toSeconds();
      if (s % 3600 == 0) {
        return s / 3600 + (s == 3600 ? " hour" : " hours");
      }
      if (s % 60 == 0) {
        return s / 60 + (s == 60 ? " minute" : " minutes");
      }
      return s + (s == 1 ? " second" : " seconds");
    }
  }
}
