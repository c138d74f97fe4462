package io.corroborate.app;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.feeds.FeedPollResult;
import io.corroborate.feeds.FeedWatcher;
import io.corroborate.feeds.HostResolver;
import io.corroborate.feeds.Printable;
import io.corroborate.feeds.WatchListener;
import io.corroborate.feeds.WatchState;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import io.corroborate.store.Store;
import io.corroborate.store.StoreException;
import io.corroborate.store.Stores;
import io.corroborate.web.StoreBusyException;
import io.corroborate.web.StoreWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code corroborate watch FEEDS}: polls the feeds listed in a file, fetches each new item's page
 * and ingests it into the store ({@link StoreFeedSink}), keeping the watcher's state in the store
 * too. The writer role is taken per batch, so other store commands can write between batches.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Poll RSS and Atom feeds, fetch each new item's page, politely (robots.txt, a per-host rate"
          + " limit, conditional GET) and safely (no private addresses), and ingest it into the"
          + " store."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (--once: every feed was read)",
      "1:internal error",
      "2:usage error",
      "3:no feed could be read from FEEDS",
      "4:--once: some feed failed (one standard-error line each)",
      "5:the store cannot be used"
    })
final class WatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FEEDS", description = "A file of feed URLs, one a line.")
  Path feedsFile;

  @Mixin WatchOptions watch = new WatchOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @Mixin StoreOption storeOption = new StoreOption();

  @Option(names = "--once", description = "Poll every feed one time, store what is new, exit.")
  boolean once;

  @Option(names = "--threads", paramLabel = "N", description = "Feeds polled at once (default: 8).")
  int threads = 8;

  @Option(names = "--quiet", description = "No progress and no log line per poll.")
  boolean quiet;

  @Override
  public Integer call() throws IOException, InterruptedException {
    analysisOptions.validate(spec);
    PrintWriter err = spec.commandLine().getErr();
    if (!watch.valid(err)) {
      return ExitCodes.USAGE;
    }
    if (threads < 1 || threads > 256) {
      err.println("corroborate: --threads must be in 1..256");
      return ExitCodes.USAGE;
    }
    List<String> feeds = readFeeds(feedsFile, err);
    if (feeds == null) {
      return ExitCodes.USAGE;
    }
    if (feeds.isEmpty()) {
      err.println("corroborate: no feed URL in " + feedsFile);
      return ExitCodes.NO_INPUT;
    }
    Terminal terminal = new Terminal(err, true);
    ExecutorService analysis = Workers.pool(Runtime.getRuntime().availableProcessors(), "analysis");
    ExecutorService pool = Workers.pool(threads, "watch");
    Clock clock = Clock.systemUTC();
    String where = storeOption.store;
    Function<Stores.Mode, Store> open = mode -> Stores.open(where, mode);
    StoreWriter writer =
        new StoreWriter(
            open,
            new Pipeline(Stages.defaults(clock, analysisOptions.limits()), clock),
            analysis,
            terminal);
    try {
      WatchState state;
      try {
        state = StoreFeedSink.load(open, writer);
      } catch (StoreBusyException e) {
        throw new StoreException(e.getMessage(), e);
      }
      StoreFeedSink sink = new StoreFeedSink(writer, state, new ArticleCleaner(), clock);
      Progress progress = new Progress(err, quiet, terminal());
      FeedWatcher watcher =
          new FeedWatcher(watch.config(), HostResolver.SYSTEM, state, sink, progress, pool, clock);
      if (once) {
        List<FeedPollResult> results = watcher.pollAll(feeds, watch.every);
        try {
          progress.stored(sink.flush(true), where);
        } catch (StoreBusyException e) {
          throw new StoreException(
              e.getMessage() + " (" + sink.waiting() + " fetched articles were not stored)", e);
        } catch (StoreException e) {
          // a full disk, a read-only store: the state was not saved, so nothing is lost
          throw new StoreException(
              e.getMessage()
                  + " ("
                  + sink.waiting()
                  + " fetched articles are not marked as seen: the next run fetches them again)",
              e);
        }
        return results.stream().allMatch(FeedPollResult::ok) ? ExitCodes.OK : ExitCodes.FEED_FAILED;
      }
      AtomicBoolean stop = new AtomicBoolean();
      Thread main = Thread.currentThread();
      Thread hook =
          new Thread(
              () -> {
                stop.set(true);
                main.interrupt();
              });
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        watcher.run(feeds, watch.every, stop::get, () -> flush(sink, progress, where));
      } catch (InterruptedException e) {
        // stopped by the user: what was fetched is stored if the store lets us
        Thread.interrupted();
        flush(sink, progress, where);
      }
      return ExitCodes.OK;
    } finally {
      pool.shutdownNow();
      analysis.shutdownNow();
    }
  }

  /** Stores what the round fetched; a store that cannot take it now is reported, not fatal. */
  static void flush(StoreFeedSink sink, Progress progress, String where) {
    try {
      progress.stored(sink.flush(true), where);
    } catch (RuntimeException e) {
      progress.line(
          "corroborate: could not store "
              + sink.waiting()
              + " fetched articles now: "
              + Printable.of(String.valueOf(e.getMessage()))
              + "; trying again after the next round");
    }
  }

  static boolean terminal() {
    return (System.console() != null || Boolean.getBoolean("corroborate.stderr.tty"))
        && System.getenv("CORROBORATE_NO_PROGRESS") == null;
  }

  /** The feed URLs of the file, or null (after a message) when the file cannot be read. */
  static List<String> readFeeds(Path file, PrintWriter err) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("corroborate: " + file + ": no such file");
      return null;
    } catch (IOException e) {
      err.println("corroborate: " + file + ": cannot read it (" + e.getMessage() + ")");
      return null;
    }
    Set<String> feeds = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (i == 0 && l.startsWith("\uFEFF")) {
        l = l.substring(1).strip();
      }
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String why = null;
      try {
        URI u = new URI(l);
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          why = "not an http or https address";
        } else if (u.getHost() == null) {
          why = "no host";
        }
      } catch (URISyntaxException e) {
        why = "not a valid address (" + e.getReason() + ")";
      }
      if (why != null) {
        err.println(
            "corroborate: skipped " + file + ":" + (i + 1) + ": " + why + ": " + Printable.of(l));
        continue;
      }
      feeds.add(l);
    }
    return new ArrayList<>(feeds);
  }

  /**
   * Shows the watcher's work on standard error: a progress line on a terminal, else a log line per
   * poll; one line per failed feed and per skipped page in both.
   */
  static final class Progress implements WatchListener {
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean tty;
    private final AtomicInteger polled = new AtomicInteger();
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile int total;

    Progress(PrintWriter err, boolean quiet, boolean tty) {
      this.err = err;
      this.quiet = quiet;
      this.tty = tty && !quiet;
    }

    @Override
    public void roundStarted(int feeds) {
      total = feeds;
      polled.set(0);
      added.set(0);
      failed.set(0);
    }

    @Override
    public void feedPolled(FeedPollResult r) {
      polled.incrementAndGet();
      added.addAndGet(r.added());
      String feed = Printable.of(r.feed());
      if (!r.ok()) {
        failed.incrementAndGet();
        line(
            "corroborate: feed failed: "
                + feed
                + ": "
                + r.error()
                + " (next poll "
                + r.nextPoll().truncatedTo(ChronoUnit.SECONDS)
                + ")");
      } else if (!quiet && !tty) {
        line(
            "corroborate: polled "
                + feed
                + ": "
                + (r.notModified() ? "not modified" : "HTTP " + r.status())
                + ", "
                + r.items()
                + " items, "
                + r.newItems()
                + " new, "
                + r.added()
                + " added, "
                + r.problems()
                + " problems, "
                + r.elapsed().toMillis()
                + " ms");
      }
      status();
    }

    @Override
    public void problem(String feed, String where, String message) {
      line("corroborate: warning: " + where + ": " + message);
      status();
    }

    @Override
    public void roundFinished(List<FeedPollResult> results) {
      if (tty) {
        synchronized (err) {
          err.print("\r\033[K");
          err.println(
              "watch: "
                  + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                  + " polled "
                  + results.size()
                  + " feeds, "
                  + added.get()
                  + " articles added, "
                  + failed.get()
                  + " failed");
          err.flush();
        }
      }
    }

    /** Says what a flush stored (a log line, unless quiet or nothing happened). */
    void stored(StoreFeedSink.Flushed f, String where) {
      if (quiet || f.articles() == 0) {
        return;
      }
      line(
          "corroborate: stored "
              + f.articles()
              + (f.articles() == 1 ? " fetched article" : " fetched articles")
              + " ("
              + f.added()
              + " new or changed) in "
              + where);
    }

    void line(String s) {
      synchronized (err) {
        if (tty) {
          err.print("\r\033[K");
        }
        err.println(s);
        err.flush();
      }
    }

    private void status() {
      if (!tty) {
        return;
      }
      synchronized (err) {
        err.print(
            "\r\033[Kwatch: "
                + polled.get()
                + "/"
                + total
                + " feeds polled, "
                + added.get()
                + " articles added, "
                + failed.get()
                + " failed");
        err.flush();
      }
    }
  }

  /** Reads 500ms, 30s, 10m, 2h, 1d. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern P = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
      Matcher m = P.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException(
            "'" + value + "' is not a duration such as 30s, 10m or 1h");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
  }
}
