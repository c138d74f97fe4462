package io.corroborate.feeds;

import io.corroborate.ingest.Decoded;
import io.corroborate.ingest.InputFormatException;
import io.corroborate.ingest.RawDocument;
import io.corroborate.ingest.TextDecoder;
import io.corroborate.model.InputKind;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Polls feeds and hands each new item's page to a {@link FeedItemSink}. Items are deduplicated by
 * GUID, then by link, against the feed's {@link FeedState}; a page is taken only once fetched
 * whole, so nothing is half-stored. A feed that fails is reported and backs off exponentially (the
 * interval doubled per failure in a row, capped), and the other feeds go on. Links inside pages are
 * never followed. Feeds are polled in parallel on the executor passed in; the per-host rate limit
 * keeps that polite. Thread-safe.
 */
public final class FeedWatcher {

  private static final String PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
  private static final String FEED_ACCEPT =
      "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";

  /** Items forgotten beyond this many more than the per-poll limit. */
  private static final int SEEN_SLACK = 1000;

  private final WatchConfig config;
  private final WatchState state;
  private final FeedItemSink sink;
  private final WatchListener listener;
  private final ExecutorService executor;
  private final Clock clock;
  private final HttpFetcher fetcher;
  private final RobotsRules robots;

  /**
   * @param config how to fetch
   * @param resolver resolves host names (the system's, or a table in tests)
   * @param state the feeds' memory, updated in place
   * @param sink receives the fetched pages
   * @param listener hears progress and problems
   * @param executor runs the polls (its size bounds the feeds polled at once)
   * @param clock the time of polls and back-offs
   */
  public FeedWatcher(
      WatchConfig config,
      HostResolver resolver,
      WatchState state,
      FeedItemSink sink,
      WatchListener listener,
      ExecutorService executor,
      Clock clock) {
    this(
        config,
        new AddressGuard(config.allowPrivate(), resolver),
        state,
        sink,
        listener,
        executor,
        clock);
  }

  /** A watcher with its own address guard (tests refuse all but their server). */
  FeedWatcher(
      WatchConfig config,
      AddressGuard guard,
      WatchState state,
      FeedItemSink sink,
      WatchListener listener,
      ExecutorService executor,
      Clock clock) {
    this.config = config;
    this.state = state;
    this.sink = sink;
    this.listener = listener;
    this.executor = executor;
    this.clock = clock;
    HostRateLimiter limiter = new HostRateLimiter(config.hostInterval());
    this.fetcher = new HttpFetcher(config, guard, limiter);
    this.robots = new RobotsRules(config, limiter);
    robots.fetcher(fetcher);
  }

  /** The state the watcher updates. */
  public WatchState state() {
    return state;
  }

  /**
   * Polls every feed once, whatever its back-off, in parallel; results in the feeds' order.
   *
   * @param every the regular interval, from which the next poll and back-offs are computed
   */
  public List<FeedPollResult> pollAll(List<String> feeds, Duration every)
      throws InterruptedException {
    listener.roundStarted(feeds.size());
    List<Future<FeedPollResult>> futures = new ArrayList<>(feeds.size());
    for (String f : feeds) {
      futures.add(executor.submit(() -> poll(f, every)));
    }
    List<FeedPollResult> results = new ArrayList<>(feeds.size());
    for (int i = 0; i < futures.size(); i++) {
      try {
        results.add(futures.get(i).get());
      } catch (ExecutionException e) {
        // poll() catches what it expects; anything else is a bug reported against its feed
        Instant now = clock.instant();
        results.add(
            new FeedPollResult(
                feeds.get(i),
                false,
                0,
                false,
                0,
                0,
                0,
                0,
                "internal error: " + Printable.of(String.valueOf(e.getCause())),
                Duration.ZERO,
                now.plus(every)));
      }
    }
    listener.roundFinished(results);
    return results;
  }

  /**
   * Polls the feeds that are due, round after round, until {@code stop} says so, sleeping until the
   * next feed is due. {@code afterRound} runs after each round (to save the state).
   */
  public void run(List<String> feeds, Duration every, BooleanSupplier stop, Runnable afterRound)
      throws InterruptedException {
    while (!stop.getAsBoolean()) {
      Instant now = clock.instant();
      List<String> due = new ArrayList<>();
      Instant soonest = null;
      for (String f : feeds) {
        Instant next = state.feed(f).nextPoll();
        if (next == null || !next.isAfter(now)) {
          due.add(f);
        } else if (soonest == null || next.isBefore(soonest)) {
          soonest = next;
        }
      }
      if (!due.isEmpty()) {
        pollAll(due, every);
        afterRound.run();
        continue;
      }
      long waitMs = Math.max(10, Duration.between(now, soonest).toMillis());
      // wake at least every second to notice stop
      Thread.sleep(Math.min(waitMs, 1000));
    }
  }

  /** The wait after {@code failures} failed polls in a row: every × 2^failures, capped. */
  public Duration backoff(Duration every, int failures) {
    Duration cap = config.maxBackoff().compareTo(every) > 0 ? config.maxBackoff() : every;
    Duration d = every;
    for (int i = 0; i < failures && d.compareTo(cap) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(cap) > 0 ? cap : d;
  }

  /** Polls one feed; never throws for a feed's own faults. */
  public FeedPollResult poll(String feedUrl, Duration every) {
    long t0 = System.nanoTime();
    FeedState st = state.feed(feedUrl);
    Instant now = clock.instant();
    st.polled(now);
    int status = 0;
    int items = 0;
    int newItems = 0;
    int added = 0;
    int problems = 0;
    try {
      URI uri = parse(feedUrl);
      HttpResponse r =
          fetcher.get(
              uri,
              HttpFetcher.headers(
                  "Accept", FEED_ACCEPT,
                  "If-None-Match", st.etag(),
                  "If-Modified-Since", st.lastModified()),
              config.maxFeedBytes(),
              robots::check);
      status = r.status();
      if (status == 304) {
        Instant next = clock.instant().plus(every);
        st.succeeded(clock.instant(), next);
        return done(feedUrl, true, status, true, 0, 0, 0, 0, null, t0, next);
      }
      if (status < 200 || status >= 300) {
        throw new FetchException("HTTP " + status, status >= 500 || status == 429);
      }
      FeedParser.Feed feed =
          FeedParser.parse(r.body(), r.uri(), r.header("content-type"), config.maxItemsPerPoll());
      if (feed.totalItems() > config.maxItemsPerPoll()) {
        problems++;
        listener.problem(
            feedUrl,
            Printable.of(feedUrl),
            "feed has "
                + feed.totalItems()
                + " items; only the first "
                + config.maxItemsPerPoll()
                + " are read");
      }
      if (feed.totalItems() == 0) {
        listener.problem(feedUrl, Printable.of(feedUrl), "feed has no items");
      }
      items = feed.items().size();
      Set<String> current = new LinkedHashSet<>();
      Set<String> thisPoll = new LinkedHashSet<>();
      boolean retryLater = false;
      int n = 0;
      int keyless = 0;
      for (FeedParser.Item item : feed.items()) {
        n++;
        List<String> keys = FeedState.keys(item);
        current.addAll(keys);
        if (keys.isEmpty()) {
          keyless++;
          continue;
        }
        if (st.seen(keys) || !thisPoll.addAll(keys)) {
          continue;
        }
        newItems++;
        String where = item.link() != null ? item.link() : feedUrl + "#" + n;
        if (item.link() == null) {
          problems++;
          listener.problem(feedUrl, Printable.of(where), "item has no link; nothing to fetch");
          st.markSeen(keys);
          continue;
        }
        try {
          RawDocument page = fetchPage(item, feed);
          sink.accept(page);
          st.markSeen(keys);
          added++;
        } catch (FetchException e) {
          problems++;
          listener.problem(feedUrl, Printable.of(where), e.getMessage());
          if (e.isTransient()) {
            retryLater = true;
          } else {
            st.markSeen(keys);
          }
        }
      }
      if (keyless > 0) {
        problems++;
        listener.problem(
            feedUrl,
            Printable.of(feedUrl),
            keyless
                + (keyless == 1 ? " item has" : " items have")
                + " neither link nor GUID; skipped");
      }
      st.added(added);
      st.retain(current, config.maxItemsPerPoll() + SEEN_SLACK);
      if (!retryLater) {
        // keep the old validators when a page must be fetched again, so the feed is read again
        st.validators(r.header("etag"), r.header("last-modified"));
      }
      Instant next = clock.instant().plus(every);
      st.succeeded(clock.instant(), next);
      return done(feedUrl, true, status, false, items, newItems, added, problems, null, t0, next);
    } catch (FetchException e) {
      String msg = Printable.of(e.getMessage());
      st.added(added);
      Instant next = clock.instant().plus(backoff(every, st.failures() + 1));
      st.failed(msg, next);
      return done(feedUrl, false, status, false, items, newItems, added, problems, msg, t0, next);
    } catch (IOException e) {
      // the sink failed: the item stays unseen and is fetched again on the next poll
      String msg = "could not store an article: " + Printable.of(String.valueOf(e.getMessage()));
      st.added(added);
      Instant next = clock.instant().plus(backoff(every, st.failures() + 1));
      st.failed(msg, next);
      return done(feedUrl, false, status, false, items, newItems, added, problems, msg, t0, next);
    }
  }

  private RawDocument fetchPage(FeedParser.Item item, FeedParser.Feed feed) throws FetchException {
    URI uri = parse(item.link());
    HttpResponse r =
        fetcher.get(
            uri, HttpFetcher.headers("Accept", PAGE_ACCEPT), config.maxPageBytes(), robots::check);
    if (r.status() < 200 || r.status() >= 300) {
      boolean again = r.status() >= 500 || r.status() == 429 || r.status() == 408;
      throw new FetchException("HTTP " + r.status(), again);
    }
    String ct = r.header("content-type");
    if (ct != null) {
      String type = ct.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
      if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
        throw new FetchException(
            "not an HTML page (Content-Type " + Printable.of(type) + ")", false);
      }
    } else if (!looksLikeMarkup(r.body())) {
      throw new FetchException("not an HTML page (no Content-Type, and no markup)", false);
    }
    Decoded d;
    try {
      d = TextDecoder.decodeHtml(r.body(), ct);
    } catch (InputFormatException e) {
      throw new FetchException("not an HTML page (" + e.getMessage() + ")", false);
    }
    return new RawDocument(
        item.link(),
        InputKind.HTML,
        d.text(),
        item.link(),
        item.guid(),
        item.title(),
        item.published(),
        feed.title(),
        item.author(),
        feed.language());
  }

  private static boolean looksLikeMarkup(byte[] body) {
    for (int i = 0; i < Math.min(body.length, 1024); i++) {
      int c = body[i] & 0xff;
      if (c == '<') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != 0xef && c != 0xbb && c != 0xbf) {
        return false;
      }
    }
    return false;
  }

  private static URI parse(String url) throws FetchException {
    try {
      URI u = new URI(url.strip());
      HttpFetcher.requireWebAddress(u);
      return u;
    } catch (URISyntaxException e) {
      throw new FetchException("not a valid address: " + Printable.of(url), false);
    }
  }

  private FeedPollResult done(
      String feed,
      boolean ok,
      int status,
      boolean notModified,
      int items,
      int newItems,
      int added,
      int problems,
      String error,
      long t0,
      Instant next) {
    FeedPollResult r =
        new FeedPollResult(
            feed,
            ok,
            status,
            notModified,
            items,
            newItems,
            added,
            problems,
            error,
            Duration.ofNanos(System.nanoTime() - t0),
            next);
    listener.feedPolled(r);
    return r;
  }
}
