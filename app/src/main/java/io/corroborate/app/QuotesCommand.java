package io.corroborate.app;

import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.model.Article;
import io.corroborate.model.Quote;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.report.Json;
import io.corroborate.report.QuotesRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corroborate quotes}: who said what, one JSON line per article. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description =
        "Extract quotes and reported speech with their speakers: one JSON line per article.")
final class QuotesCommand implements Callable<Integer> {

  /** Output formats of quotes. */
  enum Format {
    jsonl
  }

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default).")
  Format format = Format.jsonl;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  private record Pending(Article article, Future<List<Quote>> quotes) {}

  @Override
  public Integer call() throws IOException {
    Terminal terminal = new Terminal(spec.commandLine().getErr(), input.quiet);
    CorpusCleaner cleaner =
        new CorpusCleaner(
            new CorpusReader(input.limits()), new ArticleCleaner(input.limits()), input.threads);
    QuoteExtractor extractor = new QuoteExtractor();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            input.threads,
            r -> {
              Thread t = new Thread(r, "quotes");
              t.setDaemon(true);
              return t;
            });
    Deque<Pending> window = new ArrayDeque<>();
    int n;
    try (Output output = Output.open(out, spec.commandLine().getOut())) {
      Writer w = output.writer();
      n =
          cleaner.run(
              input.paths,
              a -> {
                window.addLast(new Pending(a, pool.submit(() -> extractor.extract(a))));
                while (window.size() > input.threads * 4) {
                  write(w, window.removeFirst());
                }
              },
              terminal,
              terminal);
      while (!window.isEmpty()) {
        write(w, window.removeFirst());
      }
      if (n == 0) {
        terminal.message("no input could be processed");
        return ExitCodes.NO_INPUT;
      }
      output.commit();
    } finally {
      pool.shutdownNow();
    }
    terminal.summary(n + (n == 1 ? " article" : " articles") + " read for quotes");
    return ExitCodes.OK;
  }

  private static void write(Writer w, Pending p) {
    List<Quote> quotes;
    try {
      quotes = p.quotes().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(c);
    }
    try {
      w.write(Json.compact().writeValueAsString(QuotesRecord.of(p.article(), quotes)));
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
