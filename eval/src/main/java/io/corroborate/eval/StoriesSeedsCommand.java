package io.corroborate.eval;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.model.Event;
import io.corroborate.model.Story;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stories-seeds}: the stories and events the whole pipeline finds in a folder of reports (by
 * default the five seed articles in {@code ../shared/seeds}), one line per event with its date,
 * title and files. The clusterer knows nothing of the seeds; this only shows what it makes of them.
 */
@Command(
    name = "stories-seeds",
    mixinStandardHelpOptions = true,
    description = "Print the stories and events found in the seed articles.")
final class StoriesSeedsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--seeds", description = "Folder of reports (default: ../shared/seeds).")
  Path seeds = Path.of("../shared/seeds");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles = new ArrayList<>();
    new CorpusCleaner(
            new CorpusReader(InputLimits.DEFAULTS), new ArticleCleaner(InputLimits.DEFAULTS), 2)
        .run(List.of(seeds), articles::add, p -> {}, Progress.NONE);
    Dossier d = new Pipeline().analyze(articles);
    out.println(articles.size() + " articles, " + d.stories().size() + " stories");
    for (Story s : d.stories()) {
      out.println(s.id() + " \"" + s.title() + "\"");
      for (Event e : s.events()) {
        List<String> files = new ArrayList<>();
        for (String id : e.articleIds()) {
          String src = d.article(id).source();
          files.add(Path.of(src).getFileName().toString());
        }
        out.println(
            "  "
                + e.id()
                + " "
                + (e.date() == null ? "undated" : e.date())
                + " \""
                + e.title()
                + "\" "
                + files);
      }
    }
    out.flush();
    return 0;
  }
}
