package io.corroborate.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.corroborate.analysis.ClaimSentences;
import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.claims.figures.FigureExtractor;
import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.nlp.AnalysisLimits;
import io.corroborate.nlp.Background;
import io.corroborate.nlp.CoreNlp;
import io.corroborate.nlp.Layer;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.nlp.SentenceScope;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.stories.DatePolicy;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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
 * first and timed apart, since a long-running service pays for them once. Then, side by side,
 * CoreNLP's default English pipeline (tokenize, ssplit, pos, lemma, ner; one thread) over the same
 * articles, with the ratio of the two rates.
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

  @Option(
      names = "--entity-scope",
      description =
          "Sentences given the entity recogniser and SUTime: claims (the product's: lead and"
              + " sentences that can carry a claim, with neighbours) or all (default: claims).")
  String entityScope = "claims";

  @Option(
      // picocli sets a negatable option to the opposite of its default when its declared name is
      // given: declared as --no-baseline (default true), --no-baseline turns the baseline off
      names = "--no-baseline",
      negatable = true,
      description =
          "Skip timing CoreNLP's default English pipeline (tokenize, ssplit, pos, lemma, ner; one"
              + " thread) on the same articles (by default it is timed and the ratio printed).")
  boolean baseline = true;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> paths = inputs.isEmpty() ? List.of(data.resolve("ecbplus-dev/docs.jsonl")) : inputs;
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    SentenceScope scope =
        switch (entityScope) {
          case "claims" -> ClaimSentences.DEFAULT;
          case "all" -> SentenceScope.ALL;
          default ->
              throw new picocli.CommandLine.ParameterException(
                  spec.commandLine(), "--entity-scope must be claims or all: " + entityScope);
        };
    Clock clock = Clock.systemUTC();
    NewsArticleAnalyzer analyzer =
        new NewsArticleAnalyzer(
            CoreNlp.shared(),
            new FigureExtractor(),
            new QuoteExtractor(),
            MiniLmEmbedder::shared,
            DatePolicy.of(clock),
            scope,
            NewsArticleAnalyzer.DEFAULT_BUDGET,
            AnalysisLimits.DEFAULTS);
    long t0 = System.nanoTime();
    Background.awaitAll(analyzer.preloadInBackground());
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
    Dossier dossier =
        new Pipeline(Stages.defaults(clock).withAnalyzer(analyzer), clock)
            .analyze(articles, phases);
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
    long[] tagged = CoreNlp.shared().entityLayerSentences();
    out.printf(
        Locale.ROOT,
        "  entity layer (%s): %,d of %,d sentences%n",
        entityScope,
        tagged[0],
        tagged[1]);
    if (baseline) {
      baseline(out, articles, n / wall);
    }
    out.flush();
    return 0;
  }

  /**
   * CoreNLP's default English pipeline as it is usually run (default properties, one thread) over
   * the same articles' bodies, models loaded first and timed apart; prints its articles/s and the
   * ratio of the whole pipeline's to it.
   */
  private static void baseline(PrintWriter out, List<Article> articles, double oursPerSecond) {
    long t0 = System.nanoTime();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
    corenlp.annotate(new Annotation("Models load once."));
    double load = seconds(t0);
    long start = System.nanoTime();
    int done = 0;
    for (Article a : articles) {
      if (!a.body().isBlank()) {
        corenlp.annotate(new Annotation(a.body()));
      }
      done++;
    }
    double wall = seconds(start);
    double perSecond = done / wall;
    out.printf(
        Locale.ROOT,
        "baseline: CoreNLP tokenize,ssplit,pos,lemma,ner, one thread: models %.1f s; %d articles in"
            + " %.1f s: %.2f articles/s%n",
        load,
        done,
        wall,
        perSecond);
    out.printf(
        Locale.ROOT,
        "ratio: the whole pipeline (%.2f articles/s) is %.2fx CoreNLP's default pipeline%n",
        oursPerSecond,
        oursPerSecond / perSecond);
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
