package io.corroborate.app;

import io.corroborate.model.Article;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import io.corroborate.store.LivingDossier;
import io.corroborate.store.Store;
import io.corroborate.store.Stores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate ingest}: adds articles to the store; new ones and changed texts are analysed
 * once, stored, and the stories they touch brought up to date.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Add articles to the store: each new article (or changed text, kept as a new revision) is"
            + " analysed once; the stories they touch are updated. Re-ingesting a stored article"
            + " does nothing.")
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin AnalysisOptions analysis = new AnalysisOptions();

  @Mixin StoreOption storeOption = new StoreOption();

  @Override
  public Integer call() {
    input.validate(spec);
    analysis.validate(spec);
    Terminal terminal = new Terminal(spec.commandLine().getErr(), input.quiet);
    // the store is opened (and locked) before any input is read: a store that cannot be written
    // is refused before any work
    try (Store store = storeOption.open(Stores.Mode.WRITE)) {
      CorpusCleaner cleaner = input.cleaner();
      List<Article> articles = new ArrayList<>();
      cleaner.run(input.paths, articles::add, terminal, terminal);
      if (articles.isEmpty()) {
        terminal.message("no input could be processed");
        return ExitCodes.NO_INPUT;
      }
      LivingDossier.IngestReport r;
      ExecutorService pool = Workers.pool(input.threads, "analysis");
      try {
        Clock clock = Clock.systemUTC();
        Pipeline pipeline = new Pipeline(Stages.defaults(clock, analysis.limits()), clock);
        r = new LivingDossier(store, pipeline).ingest(articles, pool, terminal, terminal);
      } finally {
        pool.shutdownNow();
      }
      terminal.summary(
          plural(r.read(), "article")
              + " read: "
              + r.added()
              + " new, "
              + plural(r.revised(), "new revision")
              + ", "
              + r.unchanged()
              + " already stored (nothing to do)"
              + (r.linked()
                  ? "; "
                      + plural(r.stories(), "story", "stories")
                      + " ("
                      + r.synthesized()
                      + " synthesised, "
                      + r.kept()
                      + " unchanged)"
                  : "; stories unchanged")
              + " in "
              + store.name());
      return ExitCodes.OK;
    }
  }

  static String plural(int n, String one) {
    return plural(n, one, one + "s");
  }

  static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
