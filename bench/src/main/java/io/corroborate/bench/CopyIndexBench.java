package io.corroborate.bench;

import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.InputKind;
import io.corroborate.model.OffsetMap;
import io.corroborate.provenance.CopyFinder;
import io.corroborate.provenance.CopyIndex;
import io.corroborate.stories.DatePolicy;
import io.corroborate.stories.ProfileBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copy-index}: the streaming copy index ({@link CopyIndex}) fed a generated corpus with
 * planted copies ({@link CopyCorpus}) one article at a time, as a store's ingest feeds it. Reports
 * the CPU time per article of each block of additions (is the cost flat as the index grows?), the
 * share of planted copies that land in their source's neighbourhood (what detection needs), the
 * largest neighbourhood (what one detection may cost), the saved size and the peak heap. Detection
 * itself is run only with {@code --detect}, which also reports how many articles each block's
 * detection ran over (the members of the neighbourhoods that changed), how many pair examinations
 * the index keeps and how many results detection took from them.
 */
@Command(
    name = "copy-index",
    mixinStandardHelpOptions = true,
    description = "Streaming copy index: cost per article as it grows, neighbourhoods, size.")
final class CopyIndexBench implements Callable<Integer> {

  @Option(names = "--data", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--articles", description = "Corpus size (default: ${DEFAULT-VALUE}).")
  int articles = 100_000;

  @Option(names = "--blocks", description = "Blocks the cost is reported in (default: 10).")
  int blocks = 10;

  @Option(
      names = "--copy-share",
      description = "Share of planted copies (default: ${DEFAULT-VALUE}).")
  double copyShare = 0.2;

  @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(
      names = "--real",
      description =
          "Index the real texts themselves (ECB+ dev and PolNeAR, in their order) instead of a"
              + " generated corpus: how large neighbourhoods grow on real news.")
  boolean realOnly;

  @Option(
      names = "--detect",
      description =
          "Also detect copies at the end of every block (as a store's ingest does after each"
              + " batch), so that neighbourhoods are split by verified pairs; the CPU time then"
              + " includes detection.")
  boolean detect;

  @Override
  public Integer call() throws IOException {
    List<String> real = RealText.load(data);
    int[] lengths = real.stream().mapToInt(t -> t.strip().split("\\s+").length).toArray();
    CopyCorpus corpus =
        realOnly
            ? null
            : CopyCorpus.generate(new MarkovText(real), lengths, articles, copyShare, seed);
    List<String> texts = realOnly ? real : corpus.texts();
    real = null;
    int n = texts.size();
    DatePolicy dates = DatePolicy.of(java.time.Clock.systemUTC());
    Heap.resetPeaks();
    CopyIndex index = new CopyIndex(new CopyFinder());
    java.util.Map<String, ArticleAnalysis> analyses = new java.util.HashMap<>();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int block = Math.max(1, n / blocks);
    List<Double> perArticleMicros = new ArrayList<>();
    List<Integer> redetected = new ArrayList<>();
    long wall0 = System.nanoTime();
    long t0 = cpu.getCurrentThreadCpuTime();
    for (int i = 0; i < n; i++) {
      String t = texts.get(i);
      Article a =
          Article.builder()
              .id("a" + i)
              .source("generated/" + i)
              .kind(InputKind.TEXT)
              .text(t)
              .body(t, OffsetMap.identity(t.length()))
              .build();
      ArticleAnalysis analysis =
          new ArticleAnalysis(
              1, a, List.of(), List.of(), List.of(), ProfileBuilder.fallback(a, dates));
      index.add(analysis);
      if (detect) {
        analyses.put(a.id(), analysis);
      }
      if ((i + 1) % block == 0 || i == n - 1) {
        if (detect) {
          redetected.add(index.pending().size());
          index.links(analyses::get);
        }
        long t1 = cpu.getCurrentThreadCpuTime();
        int inBlock = (i % block) + 1;
        perArticleMicros.add((t1 - t0) / 1e3 / inBlock);
        t0 = t1;
      }
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    int together = 0;
    int planted = corpus == null ? 0 : corpus.planted().size();
    for (CopyCorpus.Planted p : corpus == null ? List.<CopyCorpus.Planted>of() : corpus.planted()) {
      if (index.together("a" + p.copy(), "a" + p.source())) {
        together++;
      }
    }
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    index.save(saved);
    double[] sorted = perArticleMicros.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    StringBuilder curve = new StringBuilder();
    for (double d : perArticleMicros) {
      curve.append(String.format(Locale.ROOT, " %.0f", d));
    }
    StringBuilder again = new StringBuilder();
    if (detect) {
      int[] r = redetected.stream().mapToInt(Integer::intValue).sorted().toArray();
      again.append(" | articles detected again per block:");
      redetected.forEach(x -> again.append(' ').append(x));
      again.append(String.format(Locale.ROOT, " (median %d)", r[r.length / 2]));
      again.append(
          String.format(
              Locale.ROOT,
              " | pairs kept %d (%.2f per article), pair results reused %d",
              index.pairsKept(),
              index.pairsKept() / (double) n,
              index.pairResultsReused()));
    }
    System.out.printf(
        Locale.ROOT,
        "copy-index articles=%d planted=%d inNeighbourhood=%.4f largestNeighbourhood=%d"
            + " | CPU us/article per block of %d:%s (median %.0f, last/first %.2f)%s"
            + " | wall %.1fs | saved %.0f bytes/article | peak heap %.1f MB = %.0f bytes/article"
            + " (corpus texts included)%n",
        n,
        planted,
        planted == 0 ? Double.NaN : together / (double) planted,
        index.largestNeighbourhood(),
        block,
        curve,
        sorted[sorted.length / 2],
        perArticleMicros.get(perArticleMicros.size() - 1) / perArticleMicros.get(0),
        again,
        wall,
        saved.size() / (double) n,
        Heap.peakBytes() / 1e6,
        Heap.peakBytes() / (double) n);
    return 0;
  }
}
