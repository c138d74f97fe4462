package io.corroborate.app;

import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import io.corroborate.store.LivingDossier;
import io.corroborate.store.Store;
import io.corroborate.store.Stores;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corroborate reanalyze}: phase 1 again for articles an older version analysed. */
@Command(
    name = "reanalyze",
    mixinStandardHelpOptions = true,
    description =
        "Analyse again the stored articles whose analysis an older version made, keeping their"
            + " ids, then update the stories.")
final class ReanalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption = new StoreOption();

  @Mixin AnalysisOptions analysis = new AnalysisOptions();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for the analysis (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress or summary on standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    analysis.validate(spec);
    Terminal terminal = new Terminal(spec.commandLine().getErr(), quiet);
    try (Store store = storeOption.open(Stores.Mode.WRITE)) {
      ExecutorService pool = Workers.pool(threads, "analysis");
      int n;
      try {
        Clock clock = Clock.systemUTC();
        Pipeline pipeline = new Pipeline(Stages.defaults(clock, analysis.limits()), clock);
        n = new LivingDossier(store, pipeline).reanalyze(pool, terminal, terminal);
      } finally {
        pool.shutdownNow();
      }
      terminal.summary(
          IngestCommand.plural(n, "article")
              + " analysed again (analysis version "
              + NewsArticleAnalyzer.VERSION
              + ") in "
              + store.name());
      return ExitCodes.OK;
    }
  }
}
