package io.corroborate.app;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.feeds.FeedItemSink;
import io.corroborate.feeds.Printable;
import io.corroborate.feeds.WatchState;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.store.LivingDossier;
import io.corroborate.store.Store;
import io.corroborate.store.StoreException;
import io.corroborate.store.Stores;
import io.corroborate.web.StoreBusyException;
import io.corroborate.web.StoreWriter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Takes the pages the feed watcher fetches into the store: each page is cleaned as it arrives and
 * kept until {@link #BATCH} are waiting or the round of polls ends, then the batch is ingested
 * (phase 1 on the fetched HTML with the item's title, date, GUID and link) through a {@link
 * StoreWriter}, which holds the writer role only for that batch. The watcher's state (items seen,
 * validators, back-offs) is saved in the store, after the articles it marks as seen, under {@link
 * #STATE}.
 *
 * <p>A batch that cannot be stored (another process writes, the store fails) stays waiting and is
 * tried again at the next flush; while a full batch waits, new pages are refused, so the watcher
 * fetches them again on a later poll. The state is saved only when every page it marks as seen is
 * stored, so nothing is lost across a restart. Thread-safe.
 */
final class StoreFeedSink implements FeedItemSink {

  /** Pages ingested together while a round runs. */
  static final int BATCH = 64;

  /** The store's named state holding the watcher's state. */
  static final String STATE = "watch-state";

  /** The state is saved at least this often even when no article came. */
  static final Duration SAVE_EVERY = Duration.ofMinutes(30);

  private final StoreWriter writer;
  private final WatchState state;
  private final ArticleCleaner cleaner;
  private final Clock clock;
  private final List<Article> pending = new ArrayList<>();
  private Instant savedAt;

  /** What one flush did. */
  record Flushed(int articles, int added, boolean stateSaved) {}

  StoreFeedSink(StoreWriter writer, WatchState state, ArticleCleaner cleaner, Clock clock) {
    this.writer = Objects.requireNonNull(writer, "writer");
    this.state = Objects.requireNonNull(state, "state");
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The watcher's state saved in the store, or new state when there is none (a missing store is
   * created by the writer).
   *
   * @throws IOException when the saved state cannot be read
   */
  static WatchState load(Function<Stores.Mode, Store> open, StoreWriter writer) throws IOException {
    Optional<String> json;
    try (Store s = open.apply(Stores.Mode.READ)) {
      json = s.state(STATE);
    } catch (StoreException missingOrOld) {
      json = writer.write(s -> s.state(STATE));
    }
    if (json.isEmpty()) {
      return new WatchState();
    }
    try {
      return WatchState.fromJson(json.get());
    } catch (IOException e) {
      throw new IOException("the watch state saved in the store: " + e.getMessage(), e);
    }
  }

  @Override
  public void accept(RawDocument page) throws IOException {
    Article a;
    try {
      a = cleaner.clean(page);
    } catch (RuntimeException e) {
      throw new IOException("page " + Printable.of(page.source()) + " could not be read: " + e, e);
    }
    synchronized (this) {
      if (pending.size() >= BATCH) {
        try {
          flush(false);
        } catch (RuntimeException e) {
          throw new IOException(
              "the store cannot take articles now (" + e.getMessage() + "); fetched again later",
              e);
        }
      }
      pending.add(a);
    }
  }

  /**
   * Ingests the waiting pages, and saves the watcher's state when {@code endOfRound} (no poll runs,
   * so every page marked as seen is in the batch) and articles came or the last save is old.
   *
   * @throws StoreBusyException when another process writes (the pages keep waiting)
   * @throws StoreException when the store fails (the pages keep waiting)
   */
  synchronized Flushed flush(boolean endOfRound) {
    Instant now = clock.instant();
    boolean save =
        endOfRound
            && (!pending.isEmpty()
                || savedAt == null
                || Duration.between(savedAt, now).compareTo(SAVE_EVERY) >= 0);
    if (pending.isEmpty() && !save) {
      return new Flushed(0, 0, false);
    }
    List<Article> batch = List.copyOf(pending);
    String json = save ? state.toJson() : null;
    LivingDossier.IngestReport r = writer.ingest(batch, save ? b -> b.putState(STATE, json) : null);
    pending.clear();
    if (save) {
      savedAt = now;
    }
    return new Flushed(batch.size(), r.added() + r.revised(), save);
  }

  /** Pages waiting to be stored. */
  synchronized int waiting() {
    return pending.size();
  }
}
