package io.corroborate.pipeline;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.Problem;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.phases.Progress;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads inputs and cleans them on several threads, handing articles on in input order whatever the
 * thread count. A document that cannot be cleaned becomes one problem; the rest go on.
 */
public final class CorpusCleaner {

  private final CorpusReader reader;
  private final ArticleCleaner cleaner;
  private final int threads;

  /**
   * A cleaner for corpora.
   *
   * @param threads worker threads, at least 1
   */
  public CorpusCleaner(CorpusReader reader, ArticleCleaner cleaner, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: threads=" + threads);
    }
    this.reader = reader;
    this.cleaner = cleaner;
    this.threads = threads;
  }

  /**
   * Reads and cleans every path, passing articles to {@code sink} in input order.
   *
   * @return the number of articles produced
   */
  public int run(
      List<Path> paths, Consumer<Article> sink, ProblemListener problems, Progress progress) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      files.addAll(reader.expand(p, problems));
    }
    progress.start("cleaning", files.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, CorpusCleaner::daemon);
    Deque<Pending> window = new ArrayDeque<>();
    int[] produced = {0};
    // problems may come from the reading thread and from drained results; keep them in order
    ProblemListener ordered =
        p -> {
          synchronized (problems) {
            problems.onProblem(p);
          }
        };
    try {
      for (Path file : files) {
        reader.readFile(
            file,
            doc -> {
              window.addLast(new Pending(doc, pool.submit(() -> cleaner.clean(doc))));
              while (window.size() > threads * 8) {
                drainOne(window, sink, ordered, produced);
              }
            },
            ordered);
        progress.step(1);
      }
      while (!window.isEmpty()) {
        drainOne(window, sink, ordered, produced);
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
    return produced[0];
  }

  private record Pending(RawDocument doc, Future<Article> future) {}

  private static void drainOne(
      Deque<Pending> window, Consumer<Article> sink, ProblemListener problems, int[] produced) {
    Pending p = window.removeFirst();
    try {
      Article a = p.future.get();
      produced[0]++;
      sink.accept(a);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      problems.onProblem(
          new Problem(
              p.doc.source(),
              "could not be cleaned: "
                  + cause.getClass().getSimpleName()
                  + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
              true));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while cleaning", e);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "corroborate-clean");
    t.setDaemon(true);
    return t;
  }
}
