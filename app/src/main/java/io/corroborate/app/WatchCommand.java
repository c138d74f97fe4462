package io.corroborate.app;

import io.corroborate.feeds.FeedItemSink;
import io.corroborate.feeds.FeedPollResult;
import io.corroborate.feeds.FeedWatcher;
import io.corroborate.feeds.HostResolver;
import io.corroborate.feeds.Printable;
import io.corroborate.feeds.WatchConfig;
import io.corroborate.feeds.WatchListener;
import io.corroborate.feeds.WatchState;
import io.corroborate.pipeline.Workers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code corroborate watch FEEDS}: polls the feeds listed in a file and fetches each new item's
 * page. Until the store exists, the articles are written as JSON lines (the contract's input shape)
 * to {@code --out} or standard output; {@link #sink} is the one place to swap in the store's
 * ingest.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Poll RSS and Atom feeds and fetch each new item's page, politely (robots.txt, a per-host"
          + " rate limit, conditional GET) and safely (no private addresses).",
      "Articles are written as JSON lines {\"id\", \"url\", \"title\", \"html\", \"published\","
          + " \"outlet\"} that 'corroborate analyze' reads."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (--once: every feed was read)",
      "1:internal error",
      "2:usage error",
      "3:no feed could be read from FEEDS",
      "4:--once: some feed failed (one standard-error line each)"
    })
final class WatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FEEDS", description = "A file of feed URLs, one a line.")
  Path feedsFile;

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Poll interval, such as 30s, 10m, 1h (default: 10m).")
  Duration every = Duration.ofMinutes(10);

  @Option(names = "--once", description = "Poll every feed one time, then exit.")
  boolean once;

  @Option(
      names = "--allow-private",
      description = "Also fetch private, loopback and link-local addresses (local testing).")
  boolean allowPrivate;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description = "Keep what was seen, validators and back-offs in FILE across runs.")
  Path stateFile;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Append the articles to FILE instead of standard output.")
  Path out;

  @Option(
      names = "--rate",
      paramLabel = "N",
      description = "Most requests per second to one host (default: 1).")
  double rate = 1.0;

  @Option(
      names = "--max-items",
      paramLabel = "N",
      description = "Most items of one feed read per poll (default: 500).")
  int maxItems = WatchConfig.DEFAULT_MAX_ITEMS_PER_POLL;

  @Option(names = "--threads", paramLabel = "N", description = "Feeds polled at once (default: 8).")
  int threads = 8;

  @Option(names = "--quiet", description = "No progress and no log line per poll.")
  boolean quiet;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (every.compareTo(Duration.ofSeconds(1)) < 0) {
      err.println("corroborate: --every must be at least 1s");
      return ExitCodes.USAGE;
    }
    if (!(rate > 0 && rate <= 100) || maxItems < 1 || threads < 1 || threads > 256) {
      err.println("corroborate: --rate must be in (0, 100], --max-items and --threads positive");
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
    WatchState state;
    try {
      state = stateFile == null ? new WatchState() : WatchState.load(stateFile);
    } catch (IOException e) {
      err.println("corroborate: cannot read the watch state: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    WatchConfig config =
        WatchConfig.DEFAULTS
            .withAllowPrivate(allowPrivate)
            .withHostInterval(Duration.ofNanos((long) (1_000_000_000L / rate)))
            .withLimits(
                WatchConfig.DEFAULT_MAX_FEED_BYTES, WatchConfig.DEFAULT_MAX_PAGE_BYTES, maxItems);
    Writer writer =
        out == null
            ? spec.commandLine().getOut()
            : Files.newBufferedWriter(
                out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    Progress progress = new Progress(err, quiet, terminal());
    ExecutorService pool = Workers.pool(threads, "watch");
    try {
      FeedWatcher watcher =
          new FeedWatcher(
              config, HostResolver.SYSTEM, state, sink(writer), progress, pool, Clock.systemUTC());
      if (once) {
        List<FeedPollResult> results = watcher.pollAll(feeds, every);
        save(state, err);
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
        watcher.run(feeds, every, stop::get, () -> save(state, err));
      } catch (InterruptedException e) {
        // stopped by the user
      }
      return ExitCodes.OK;
    } finally {
      pool.shutdownNow();
      if (out != null) {
        writer.close();
      } else {
        writer.flush();
      }
    }
  }

  /**
   * Where fetched articles go. Today: JSON lines. When the store lands, return its ingest here (a
   * {@link FeedItemSink} that runs phase 1 on the page and stores it), and persist the {@link
   * WatchState} in the store instead of {@code --state}.
   */
  FeedItemSink sink(Writer writer) {
    return new JsonLinesArticleSink(writer);
  }

  private void save(WatchState state, PrintWriter err) {
    if (stateFile == null) {
      return;
    }
    try {
      state.save(stateFile);
    } catch (IOException | RuntimeException e) {
      synchronized (err) {
        err.println("corroborate: cannot save the watch state to " + stateFile + ": " + e);
        err.flush();
      }
    }
  }

  private static boolean terminal() {
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

    private void line(String s) {
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
