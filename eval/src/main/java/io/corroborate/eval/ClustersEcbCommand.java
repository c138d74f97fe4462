package io.corroborate.eval;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.report.DossierJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clusters-ecb}: the ECB+ development documents, shuffled with a fixed seed, through the
 * whole pipeline ({@code analyze --format json}), scored by {@code
 * ../shared/eval/score_clusters.py} at event level and story level (B-cubed against the gold
 * events, and stories against the gold topics).
 */
@Command(
    name = "clusters-ecb",
    mixinStandardHelpOptions = true,
    description = "Story and event clustering on ECB+ dev, scored with score_clusters.py.")
final class ClustersEcbCommand implements Callable<Integer> {

  /** The shuffle seed. */
  static final long DEFAULT_SEED = 20250114L;

  @Spec CommandSpec spec;

  @Option(names = "--data", description = "Shared data folder (default: ../shared/data).")
  Path data = Path.of("../shared/data");

  @Option(names = "--eval", description = "Shared scorers folder (default: ../shared/eval).")
  Path scorers = Path.of("../shared/eval");

  @Option(names = "--seed", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
  long seed = DEFAULT_SEED;

  @Option(names = "--docs", description = "Documents (default: DATA/ecbplus-dev/docs.jsonl).")
  Path docs;

  @Option(names = "--keep", description = "Write the dossier JSON here instead of a temp file.")
  Path keep;

  @Option(names = "--threads", description = "Cleaning threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path docsFile = docs != null ? docs : data.resolve("ecbplus-dev/docs.jsonl");
    EcbCorpus corpus = EcbCorpus.read(docsFile);
    Path input = Files.createTempFile("ecb-shuffled", ".jsonl");
    Path dossierFile = keep != null ? keep : Files.createTempFile("ecb-dossier", ".json");
    try {
      EcbCorpus.writeInput(corpus.shuffled(seed), input);
      long t0 = System.nanoTime();
      List<Article> articles = new ArrayList<>();
      new CorpusCleaner(
              new CorpusReader(InputLimits.DEFAULTS),
              new ArticleCleaner(InputLimits.DEFAULTS),
              threads)
          .run(List.of(input), articles::add, p -> {}, Progress.NONE);
      Dossier dossier = new Pipeline().analyze(articles);
      Files.writeString(dossierFile, DossierJson.render(dossier), StandardCharsets.UTF_8);
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.printf(
          Locale.ROOT,
          "%d documents, seed %d: %d stories, %d events in %.1f s%n",
          articles.size(),
          seed,
          dossier.stories().size(),
          dossier.stories().stream().mapToInt(s -> s.events().size()).sum(),
          seconds);
      out.println(score(docsFile, dossierFile, "event", "event"));
      out.println(score(docsFile, dossierFile, "event", "story"));
      out.println("topics: " + score(docsFile, dossierFile, "topic", "story"));
      out.flush();
      return 0;
    } finally {
      Files.deleteIfExists(input);
      if (keep == null) {
        Files.deleteIfExists(dossierFile);
      }
    }
  }

  private String score(Path docsFile, Path dossier, String field, String level)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "python3",
                scorers.resolve("score_clusters.py").toString(),
                docsFile.toString(),
                dossier.toString(),
                field,
                level)
            .redirectErrorStream(true)
            .start();
    String text;
    try (InputStream in = p.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    int rc = p.waitFor();
    return rc == 0 ? text : "scorer failed (" + rc + "): " + text;
  }
}
