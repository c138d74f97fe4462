package io.corroborate.app;

import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import io.corroborate.store.LivingDossier;
import io.corroborate.store.Store;
import io.corroborate.store.Stores;
import io.corroborate.stories.DatePolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * {@code ingest} as IngestCommand runs it (the store opened and locked first, the inputs read and
 * cleaned, then {@link LivingDossier#ingest}), with the lightest analysis: each article's
 * headline-only analysis ({@link NewsArticleAnalyzer#fallback}) instead of the language models, and
 * a fixed clock. What the crash test kills: the store's commits and the phases 2 and 3 are the
 * product's, only phase 1 is light, so a run starts and commits in a second or two.
 *
 * <p>Arguments: STORE PATH...
 */
public final class LightIngest {

  private LightIngest() {}

  /** Stages with the headline-only analysis. */
  static Pipeline pipeline() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    DatePolicy dates = DatePolicy.of(clock);
    return new Pipeline(
        Stages.defaults(clock).withAnalyzer(a -> NewsArticleAnalyzer.fallback(a, dates)), clock);
  }

  public static void main(String[] args) {
    try (Store store = Stores.open(args[0], Stores.Mode.WRITE)) {
      List<Path> paths = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        paths.add(Path.of(args[i]));
      }
      List<Article> articles = new ArrayList<>();
      new CorpusCleaner(
              new CorpusReader(InputLimits.DEFAULTS), new ArticleCleaner(InputLimits.DEFAULTS), 1)
          .run(paths, articles::add, ProblemListener.ignoring(), Progress.NONE);
      ExecutorService pool = Workers.pool(1, "analysis");
      try {
        LivingDossier.IngestReport r =
            new LivingDossier(store, pipeline())
                .ingest(articles, pool, Progress.NONE, ProblemListener.ignoring());
        System.err.println(r);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
