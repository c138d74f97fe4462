package io.corroborate.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the watcher remembers of one feed: the items it has taken (keyed by GUID and by link), the
 * validators for conditional GET, the last poll and error, how many articles it added and its
 * back-off. Polled by one thread at a time; its methods are synchronized so that a status page may
 * read it while a poll runs.
 */
public final class FeedState {

  private final String url;
  private final LinkedHashSet<String> seen = new LinkedHashSet<>();
  private String etag;
  private String lastModified;
  private Instant lastPoll;
  private Instant lastSuccess;
  private String lastError;
  private long articlesAdded;
  private int failures;
  private Instant nextPoll;

  /** A feed never polled. */
  public FeedState(String url) {
    this.url = url;
  }

  /** The feed's address. */
  public synchronized String url() {
    return url;
  }

  /** The keys of an item: {@code guid:G} and {@code link:L}, whichever it has. */
  static List<String> keys(FeedParser.Item item) {
    List<String> k = new ArrayList<>(2);
    if (item.guid() != null) {
      k.add("guid:" + item.guid());
    }
    if (item.link() != null) {
      k.add("link:" + item.link());
    }
    return k;
  }

  /** Whether any of the keys was taken before (dedup by GUID, then by link). */
  synchronized boolean seen(Collection<String> keys) {
    for (String k : keys) {
      if (seen.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** Remembers the keys as taken, newest last. */
  synchronized void markSeen(Collection<String> keys) {
    for (String k : keys) {
      seen.remove(k);
      seen.add(k);
    }
  }

  /**
   * Keeps the memory bounded: the keys of the items the feed still lists move to the newest end,
   * and the oldest keys beyond {@code max} (items long gone from the feed) are forgotten.
   */
  synchronized void retain(Collection<String> current, int max) {
    for (String k : current) {
      if (seen.remove(k)) {
        seen.add(k);
      }
    }
    var it = seen.iterator();
    for (int excess = seen.size() - max; excess > 0 && it.hasNext(); excess--) {
      it.next();
      it.remove();
    }
  }

  /** The keys taken, oldest first. */
  public synchronized List<String> seenKeys() {
    return List.copyOf(seen);
  }

  /** The ETag of the last full answer, or null. */
  public synchronized String etag() {
    return etag;
  }

  /** The Last-Modified of the last full answer, or null. */
  public synchronized String lastModified() {
    return lastModified;
  }

  /** When the feed was last polled, or null. */
  public synchronized Instant lastPoll() {
    return lastPoll;
  }

  /** When the feed was last read, or null. */
  public synchronized Instant lastSuccess() {
    return lastSuccess;
  }

  /** Why the last poll failed, or null when it did not. */
  public synchronized String lastError() {
    return lastError;
  }

  /** Articles handed to the sink over the feed's life. */
  public synchronized long articlesAdded() {
    return articlesAdded;
  }

  /** Failed polls in a row. */
  public synchronized int failures() {
    return failures;
  }

  /** When the feed is due, or null when it is due now. */
  public synchronized Instant nextPoll() {
    return nextPoll;
  }

  synchronized void validators(String newEtag, String newLastModified) {
    this.etag = newEtag;
    this.lastModified = newLastModified;
  }

  synchronized void polled(Instant at) {
    this.lastPoll = at;
  }

  synchronized void succeeded(Instant at, Instant next) {
    this.lastSuccess = at;
    this.lastError = null;
    this.failures = 0;
    this.nextPoll = next;
  }

  synchronized void failed(String error, Instant next) {
    this.lastError = error;
    this.failures++;
    this.nextPoll = next;
  }

  synchronized void added(int n) {
    this.articlesAdded += n;
  }

  /** Restores saved fields; used by {@link WatchState} when loading. */
  synchronized void restore(
      Collection<String> seenKeys,
      String etag,
      String lastModified,
      Instant lastPoll,
      Instant lastSuccess,
      String lastError,
      long articlesAdded,
      int failures,
      Instant nextPoll) {
    this.seen.clear();
    this.seen.addAll(seenKeys);
    this.etag = etag;
    this.lastModified = lastModified;
    this.lastPoll = lastPoll;
    this.lastSuccess = lastSuccess;
    this.lastError = lastError;
    this.articlesAdded = articlesAdded;
    this.failures = failures;
    this.nextPoll = nextPoll;
  }
}
