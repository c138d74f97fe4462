package io.corroborate.pipeline;

import io.corroborate.ingest.Problem;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.phases.Progress;
import io.corroborate.report.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads and cleans inputs, turns each article into a record on several threads, and writes one JSON
 * line per article in input order, whatever the thread count. The per-article commands ({@code
 * extract}, {@code figures}, {@code quotes}) and their evaluations share it. An article whose
 * record cannot be made becomes one problem; the rest go on.
 */
public final class RecordLines {

  private final CorpusCleaner cleaner;
  private final int threads;

  /**
   * A writer of record lines.
   *
   * @param threads worker threads for making records, at least 1
   */
  public RecordLines(CorpusCleaner cleaner, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: threads=" + threads);
    }
    this.cleaner = cleaner;
    this.threads = threads;
  }

  /**
   * Writes the record of every article under the paths.
   *
   * @return the number of articles read
   * @throws IOException when the writer fails
   */
  public int write(
      List<Path> paths,
      Function<Article, ?> toRecord,
      Writer out,
      ProblemListener problems,
      Progress progress)
      throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "corroborate-records");
              t.setDaemon(true);
              return t;
            });
    Deque<Pending> window = new ArrayDeque<>();
    try {
      int n =
          cleaner.run(
              paths,
              a -> {
                window.addLast(new Pending(a, pool.submit(() -> toRecord.apply(a))));
                while (window.size() > threads * 4) {
                  writeOne(window.removeFirst(), out, problems);
                }
              },
              problems,
              progress);
      while (!window.isEmpty()) {
        writeOne(window.removeFirst(), out, problems);
      }
      return n;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
    }
  }

  private record Pending(Article article, Future<?> record) {}

  private static void writeOne(Pending p, Writer out, ProblemListener problems) {
    Object record;
    try {
      record = p.record().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making records", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      problems.onProblem(
          new Problem(
              p.article().source(),
              "could not be analysed: "
                  + c.getClass().getSimpleName()
                  + (c.getMessage() == null ? "" : ": " + c.getMessage()),
              true));
      return;
    }
    try {
      out.write(Json.compact().writeValueAsString(record));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
