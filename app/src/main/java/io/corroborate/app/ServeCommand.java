package io.corroborate.app;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.feeds.FeedWatcher;
import io.corroborate.feeds.HostResolver;
import io.corroborate.feeds.WatchState;
import io.corroborate.model.Article;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import io.corroborate.store.LivingDossier;
import io.corroborate.store.Stores;
import io.corroborate.web.FeedBoard;
import io.corroborate.web.StoreBusyException;
import io.corroborate.web.StoreDossierSource;
import io.corroborate.web.StoreWriter;
import io.corroborate.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate serve}: ingests its inputs into the store (as {@code ingest} does), then
 * serves the web UI and the HTTP API over the store until stopped. Articles posted to the API are
 * ingested into the store; articles other processes ingest appear without a restart. The writer
 * role is taken only while a batch is written.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the web UI and the HTTP API over the store; PATHs given are ingested first.")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ServeInputOptions input = new ServeInputOptions();

  @Mixin AnalysisOptions analysis = new AnalysisOptions();

  @Mixin StoreOption storeOption = new StoreOption();

  @Option(
      names = "--watch",
      paramLabel = "FEEDS",
      description =
          "Also poll the feeds listed in FEEDS (one URL a line) into the store while serving.")
  Path watchFeeds;

  @Mixin WatchOptions watch = new WatchOptions();

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}); others need a token.")
  String bind = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "Bearer token for requests (default: env CORROBORATE_TOKEN).")
  String token;

  @Option(names = "--public-read", description = "Reads need no token; writes still do.")
  boolean publicRead;

  /** Feeds polled at once by {@code --watch}. */
  static final int FEED_THREADS = 8;

  /**
   * Runs the feed watcher on a daemon thread, ingesting into the store after each round, until
   * {@code stop}; answers what the feeds page shows.
   */
  private FeedBoard startWatching(
      List<String> feeds,
      WatchState state,
      StoreWriter writer,
      ExecutorService feedPool,
      Clock clock,
      AtomicBoolean stop,
      String where) {
    PrintWriter err = spec.commandLine().getErr();
    StoreFeedSink sink = new StoreFeedSink(writer, state, new ArticleCleaner(), clock);
    WatchCommand.Progress progress =
        new WatchCommand.Progress(err, input.quiet, WatchCommand.terminal());
    FeedWatcher watcher =
        new FeedWatcher(
            watch.config(), HostResolver.SYSTEM, state, sink, progress, feedPool, clock);
    Thread t =
        new Thread(
            () -> {
              try {
                watcher.run(
                    feeds, watch.every, stop::get, () -> WatchCommand.flush(sink, progress, where));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (RuntimeException e) {
                progress.line("corroborate: the feed watcher stopped: " + e);
              }
            },
            "feed-watcher");
    t.setDaemon(true);
    t.start();
    return new FeedBoard(feeds, watch.every, state);
  }

  /** Set by tests: called with the server once it listens, instead of waiting forever. */
  java.util.function.Consumer<WebServer> onStarted;

  @Override
  public Integer call() throws Exception {
    analysis.validate(spec);
    Terminal terminal = new Terminal(spec.commandLine().getErr(), input.quiet);
    String t = token != null ? token : System.getenv("CORROBORATE_TOKEN");
    WebServer.Options options;
    try {
      options = new WebServer.Options(bind, port, t, publicRead, WebServer.DEFAULT_MAX_BODY_BYTES);
    } catch (IllegalArgumentException e) {
      terminal.message(e.getMessage());
      return ExitCodes.USAGE;
    }
    List<String> feeds = null;
    if (watchFeeds != null) {
      PrintWriter err = spec.commandLine().getErr();
      if (!watch.valid(err)) {
        return ExitCodes.USAGE;
      }
      feeds = WatchCommand.readFeeds(watchFeeds, err);
      if (feeds == null) {
        return ExitCodes.USAGE;
      }
      if (feeds.isEmpty()) {
        err.println("corroborate: no feed URL in " + watchFeeds);
        return ExitCodes.NO_INPUT;
      }
    }
    List<Article> articles = new ArrayList<>();
    if (input.paths != null && !input.paths.isEmpty()) {
      CorpusCleaner cleaner = input.cleaner();
      cleaner.run(input.paths, articles::add, terminal, terminal);
      if (articles.isEmpty()) {
        terminal.message("no input could be processed");
        return ExitCodes.NO_INPUT;
      }
    }
    ExecutorService pool = Workers.pool(input.threads, "analysis");
    Clock clock = Clock.systemUTC();
    Pipeline pipeline = new Pipeline(Stages.defaults(clock, analysis.limits()), clock);
    String where = storeOption.store;
    StoreWriter writer =
        new StoreWriter(mode -> Stores.open(where, mode), pipeline, pool, terminal);
    StoreDossierSource source;
    try {
      if (!articles.isEmpty()) {
        LivingDossier.IngestReport r = writer.ingest(articles);
        terminal.summary(
            IngestCommand.plural(r.read(), "article")
                + " read: "
                + r.added()
                + " new, "
                + IngestCommand.plural(r.revised(), "new revision")
                + ", "
                + r.unchanged()
                + " already stored");
      }
      source = new StoreDossierSource(mode -> Stores.open(where, mode), writer, pipeline);
    } catch (StoreBusyException e) {
      pool.shutdownNow();
      throw new io.corroborate.store.StoreException(e.getMessage(), e);
    }
    AtomicBoolean stopWatching = new AtomicBoolean();
    FeedBoard board = null;
    ExecutorService feedPool = null;
    if (feeds != null) {
      WatchState state;
      try {
        state = StoreFeedSink.load(mode -> Stores.open(where, mode), writer);
      } catch (IOException | RuntimeException e) {
        source.close();
        pool.shutdownNow();
        if (e instanceof StoreBusyException) {
          throw new io.corroborate.store.StoreException(e.getMessage(), e);
        }
        throw e;
      }
      feedPool = Workers.pool(FEED_THREADS, "watch");
      board = startWatching(feeds, state, writer, feedPool, clock, stopWatching, where);
    }
    WebServer server = new WebServer(source, options, board).start();
    int stories = source.dossier().stories().size();
    int held = source.dossier().articles().size();
    terminal.summary(
        "serving "
            + IngestCommand.plural(held, "article")
            + " in "
            + IngestCommand.plural(stories, "story", "stories")
            + " from the store "
            + where
            + " at http://"
            + (bind.contains(":") ? "[" + bind + "]" : bind)
            + ":"
            + server.port()
            + "/"
            + (feeds == null
                ? ""
                : "; watching " + IngestCommand.plural(feeds.size(), "feed") + " (see /feeds)"));
    ExecutorService feedThreads = feedPool;
    if (onStarted != null) {
      try {
        onStarted.accept(server);
      } finally {
        stopWatching.set(true);
        server.close();
        if (feedThreads != null) {
          feedThreads.shutdownNow();
        }
        source.close();
        pool.shutdownNow();
      }
      return ExitCodes.OK;
    }
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopWatching.set(true);
                  server.close();
                  if (feedThreads != null) {
                    feedThreads.shutdownNow();
                  }
                  source.close();
                  pool.shutdownNow();
                  stop.countDown();
                }));
    stop.await();
    return ExitCodes.OK;
  }
}
