package io.corroborate.pipeline;

import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Phase 1 over a stream of articles: each article is analysed on the executor, and analyses are
 * handed to the sink in the order the articles came, whatever the thread count. At most a small
 * window of articles is in flight, so memory holds analyses, not a backlog of parses. Not
 * thread-safe: one thread feeds it.
 */
public final class AnalysisStream {

  private final ExecutorService pool;
  private final BiFunction<Article, ProblemListener, ArticleAnalysis> analyze;
  private final Consumer<ArticleAnalysis> sink;
  private final ProblemListener problems;
  private final Deque<Future<ArticleAnalysis>> window = new ArrayDeque<>();
  private final int capacity;

  AnalysisStream(
      ExecutorService pool,
      BiFunction<Article, ProblemListener, ArticleAnalysis> analyze,
      Consumer<ArticleAnalysis> sink,
      ProblemListener problems) {
    this.pool = Objects.requireNonNull(pool, "pool");
    this.analyze = Objects.requireNonNull(analyze, "analyze");
    this.sink = Objects.requireNonNull(sink, "sink");
    ProblemListener p = Objects.requireNonNull(problems, "problems");
    // problems come from worker threads: keep each line whole
    this.problems =
        problem -> {
          synchronized (p) {
            p.onProblem(problem);
          }
        };
    this.capacity = 4 * Runtime.getRuntime().availableProcessors();
  }

  /** Submits the next article; may hand earlier analyses to the sink. */
  public void accept(Article article) {
    window.addLast(pool.submit(() -> analyze.apply(article, problems)));
    while (window.size() > capacity) {
      drainOne();
    }
  }

  /** Waits for every submitted article and hands the rest of the analyses to the sink. */
  public void finish() {
    while (!window.isEmpty()) {
      drainOne();
    }
  }

  private void drainOne() {
    Future<ArticleAnalysis> f = window.removeFirst();
    try {
      sink.accept(f.get());
    } catch (ExecutionException e) {
      // analyzeOne reports and falls back itself; anything else is a bug worth failing on
      throw new IllegalStateException("analysis failed unexpectedly", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    }
  }
}
