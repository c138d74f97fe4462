package io.corroborate.app;

import io.corroborate.model.Article;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import io.corroborate.web.MemoryDossierSource;
import io.corroborate.web.WebServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate serve}: analyses the inputs once, then serves the web UI and the HTTP API over
 * the dossier held in memory until stopped. Articles posted to the API are analysed and linked with
 * the others.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the web UI and the HTTP API over the dossier of the inputs.")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ServeInputOptions input = new ServeInputOptions();

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

  /** Set by tests: called with the server once it listens, instead of waiting forever. */
  java.util.function.Consumer<WebServer> onStarted;

  @Override
  public Integer call() throws Exception {
    Terminal terminal = new Terminal(spec.commandLine().getErr(), input.quiet);
    String t = token != null ? token : System.getenv("CORROBORATE_TOKEN");
    WebServer.Options options;
    try {
      options = new WebServer.Options(bind, port, t, publicRead, WebServer.DEFAULT_MAX_BODY_BYTES);
    } catch (IllegalArgumentException e) {
      terminal.message(e.getMessage());
      return ExitCodes.USAGE;
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
    MemoryDossierSource source =
        new MemoryDossierSource(
            new Pipeline(Stages.defaults(clock), clock), articles, pool, terminal);
    WebServer server = new WebServer(source, options).start();
    terminal.summary(
        "serving "
            + articles.size()
            + (articles.size() == 1 ? " article" : " articles")
            + " in "
            + source.dossier().stories().size()
            + (source.dossier().stories().size() == 1 ? " story" : " stories")
            + " at http://"
            + (bind.contains(":") ? "[" + bind + "]" : bind)
            + ":"
            + server.port()
            + "/");
    if (onStarted != null) {
      onStarted.accept(server);
      return ExitCodes.OK;
    }
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  pool.shutdownNow();
                  stop.countDown();
                }));
    stop.await();
    return ExitCodes.OK;
  }
}
