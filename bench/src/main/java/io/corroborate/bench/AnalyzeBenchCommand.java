package io.corroborate.bench;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.nlp.CoreNlp;
import io.corroborate.nlp.Layer;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyze}: the whole job end to end, as {@code corroborate analyze} runs it: reading and
 * cleaning, then copies, stories, figures and quotes. Prints the time of each phase, articles per
 * second of wall and of CPU time, the time to load the models, and the peak heap. Models are loaded
 * first and timed apart, since a long-running service pays for them once.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "End-to-end analyze: time per phase, articles/s, peak heap.")
final class AnalyzeBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      description = "Input files or folders (default: DATA/ecbplus-dev/docs.jsonl).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--data", description = "Shared data folder (default: ../shared/data).")
  Path data = Path.of("../shared/data");

  @Option(names = "--threads", description = "Cleaning threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> paths = inputs.isEmpty() ? List.of(data.resolve("ecbplus-dev/docs.jsonl")) : inputs;
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    long t0 = System.nanoTime();
    CoreNlp.shared().annotate("Models load once.", Layer.NER);
    MiniLmEmbedder.shared().embedAll(List.of("Models load once."));
    double load = seconds(t0);

    Heap.resetPeaks();
    long cpu0 = os.getProcessCpuTime();
    long start = System.nanoTime();
    List<Article> articles = new ArrayList<>();
    new CorpusCleaner(
            new CorpusReader(InputLimits.DEFAULTS),
            new ArticleCleaner(InputLimits.DEFAULTS),
            threads)
        .run(paths, articles::add, p -> {}, Progress.NONE);
    double clean = seconds(start);
    PhaseClock phases = new PhaseClock();
    Dossier dossier = new Pipeline().analyze(articles, phases);
    double wall = seconds(start);
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    int n = articles.size();

    out.printf(Locale.ROOT, "analyze: %d articles from %s%n", n, paths);
    out.printf(Locale.ROOT, "  %-28s %7.1f s (once per process)%n", "model loading", load);
    out.printf(Locale.ROOT, "  %-28s %7.1f s%n", "reading and cleaning", clean);
    for (Map.Entry<String, Double> e : phases.seconds.entrySet()) {
      out.printf(Locale.ROOT, "  %-28s %7.1f s%n", e.getKey(), e.getValue());
    }
    out.printf(
        Locale.ROOT,
        "  total %.1f s wall, %.1f s CPU on %d cores: %.2f articles/s wall, %.2f articles/s per core"
            + " of CPU time; %d stories; peak heap %,d MiB%n",
        wall,
        cpu,
        Runtime.getRuntime().availableProcessors(),
        n / wall,
        n / cpu,
        dossier.stories().size(),
        Heap.peakBytes() / (1024 * 1024));
    out.flush();
    return 0;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Times the pipeline's phases from its progress reports. */
  private static final class PhaseClock implements Progress {
    final Map<String, Double> seconds = new LinkedHashMap<>();
    private String phase;
    private long started;

    @Override
    public synchronized void start(String name, long total) {
      phase = name;
      started = System.nanoTime();
    }

    @Override
    public synchronized void finish() {
      if (phase != null) {
        seconds.merge(phase, (System.nanoTime() - started) / 1e9, Double::sum);
        phase = null;
      }
    }
  }
}
