package io.corroborate.bench;

import io.corroborate.provenance.Candidate;
import io.corroborate.provenance.LshBands;
import io.corroborate.provenance.MinHashConfig;
import io.corroborate.provenance.MinHasher;
import io.corroborate.provenance.NearDuplicateFinder;
import io.corroborate.provenance.NormalizedTokens;
import io.corroborate.provenance.PairList;
import io.corroborate.provenance.ProvenanceConfig;
import io.corroborate.provenance.Shingles;
import io.corroborate.provenance.Sketch;
import io.corroborate.provenance.Winnowing;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copies-scale}: near-duplicate detection at scale on a generated corpus with planted copies
 * ({@link CopyCorpus}). Measures, on one thread, the time of shingling, MinHash signatures and LSH
 * banding (and apart, winnowing and the passage index), the recall of planted copies after the
 * exact check that copy detection makes, the number of candidate pairs against all pairs, and the
 * peak heap per article.
 */
@Command(
    name = "copies-scale",
    mixinStandardHelpOptions = true,
    description = "Shingling + MinHash + LSH throughput and recall of planted copies.")
final class CopiesScaleBench implements Callable<Integer> {

  @Option(names = "--data", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--articles", description = "Corpus size (default: ${DEFAULT-VALUE}).")
  int articles = 100_000;

  @Option(
      names = "--copy-share",
      description = "Share of planted copies (default: ${DEFAULT-VALUE}).")
  double copyShare = 0.2;

  @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--permutations", description = "MinHash permutations (default: 128).")
  int permutations = MinHashConfig.DEFAULT_PERMUTATIONS;

  @Option(names = "--bands", description = "LSH bands (default: 64).")
  int bands = MinHashConfig.DEFAULT_BANDS;

  @Option(names = "--rows", description = "LSH rows per band (default: 2).")
  int rows = MinHashConfig.DEFAULT_ROWS;

  @Option(names = "--shingle-size", description = "Words per shingle (default: 5).")
  int shingleSize = MinHashConfig.DEFAULT_SHINGLE_SIZE;

  @Override
  public Integer call() throws IOException {
    Heap.resetPeaks();
    List<String> real = RealText.load(data);
    int[] lengths = real.stream().mapToInt(t -> t.strip().split("\\s+").length).toArray();
    MarkovText chain = new MarkovText(real);
    real = null;
    long g0 = System.nanoTime();
    CopyCorpus corpus = CopyCorpus.generate(chain, lengths, articles, copyShare, seed);
    double genSeconds = (System.nanoTime() - g0) / 1e9;
    List<String> texts = corpus.texts();
    int n = texts.size();

    MinHashConfig config =
        new MinHashConfig(shingleSize, permutations, bands, rows, MinHashConfig.DEFAULT_SEED);
    MinHasher hasher = new MinHasher(config);
    NearDuplicateFinder finder = new NearDuplicateFinder(config);
    // warm up the compiler on a slice of the corpus
    for (int i = 0; i < Math.min(n, 5000); i++) {
      NormalizedTokens t = NormalizedTokens.of(texts.get(i));
      long[] sh = Shingles.inOrder(t, shingleSize);
      hasher.signature(sh);
      Winnowing.fingerprints(sh, NearDuplicateFinder.DEFAULT_WINDOW);
    }
    // per-stage times are CPU time of this thread, so that other processes on the machine do
    // not count; wall-clock time and garbage collection are reported beside them
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long shingleNs = 0;
    long minhashNs = 0;
    long winnowNs = 0;
    long words = 0;
    List<Sketch> sketches = new ArrayList<>(n);
    int[][] sigs = new int[n][];
    long gc0 = Heap.gcMillis();
    long wall0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long a = cpu.getCurrentThreadCpuTime();
      NormalizedTokens t = NormalizedTokens.of(texts.get(i));
      long[] sh = Shingles.inOrder(t, shingleSize);
      long b = cpu.getCurrentThreadCpuTime();
      int[] sig = hasher.signature(sh);
      long c = cpu.getCurrentThreadCpuTime();
      long[] fp = Winnowing.fingerprints(sh, NearDuplicateFinder.DEFAULT_WINDOW);
      long d = cpu.getCurrentThreadCpuTime();
      shingleNs += b - a;
      minhashNs += c - b;
      winnowNs += d - c;
      words += t.size();
      sketches.add(new Sketch(t.contentHash(), t.size(), sh.length, sig, fp));
      sigs[i] = t.size() >= NearDuplicateFinder.DEFAULT_MIN_TOKENS ? sig : null;
    }
    long sketchWallNs = System.nanoTime() - wall0;
    long sketchGcMs = Heap.gcMillis() - gc0;
    long l0 = cpu.getCurrentThreadCpuTime();
    long lw0 = System.nanoTime();
    long[] lshPairs = LshBands.candidates(sigs, config);
    long lshNs = cpu.getCurrentThreadCpuTime() - l0;
    long lshWallNs = System.nanoTime() - lw0;
    long c0 = System.nanoTime();
    List<Candidate> candidates = finder.candidates(sketches);
    long candidatesNs = System.nanoTime() - c0;

    // the exact check copy detection makes, on recomputed shingle sets
    ProvenanceConfig pc = ProvenanceConfig.DEFAULT;
    long[][] distinct = new long[n][];
    long v0 = System.nanoTime();
    long[] verified = new long[candidates.size()];
    int nv = 0;
    for (Candidate cand : candidates) {
      long[] da = distinctOf(cand.a(), texts, distinct);
      long[] db = distinctOf(cand.b(), texts, distinct);
      if (cand.sameContent() || pc.sharesEnough(Shingles.shared(da, db), da.length, db.length)) {
        verified[nv++] = PairList.key(cand.a(), cand.b());
      }
    }
    long verifyNs = System.nanoTime() - v0;
    verified = Arrays.copyOf(verified, nv);
    Arrays.sort(verified);
    Map<CopyCorpus.Kind, int[]> byKind = new EnumMap<>(CopyCorpus.Kind.class);
    int found = 0;
    for (CopyCorpus.Planted p : corpus.planted()) {
      int[] k = byKind.computeIfAbsent(p.kind(), x -> new int[2]);
      k[1]++;
      if (Arrays.binarySearch(verified, PairList.key(p.copy(), p.source())) >= 0) {
        found++;
        k[0]++;
      }
    }
    long peak = Heap.peakBytes();
    double sketchCore = (shingleNs + minhashNs + lshNs) / 1e9;
    StringBuilder kinds = new StringBuilder();
    for (Map.Entry<CopyCorpus.Kind, int[]> e : byKind.entrySet()) {
      kinds.append(
          String.format(
              Locale.ROOT,
              " %s=%.4f",
              e.getKey().name().toLowerCase(Locale.ROOT),
              e.getValue()[0] / (double) e.getValue()[1]));
    }
    double allPairs = (double) n * (n - 1) / 2.0;
    System.out.printf(
        Locale.ROOT,
        "copies-scale articles=%d words/article=%.0f planted=%d recall=%.4f%s"
            + " | shingling+MinHash+LSH %.0f articles/s per core (CPU time: shingle %.2fs,"
            + " minhash %.2fs, lsh %.2fs; winnowing %.2fs) wall %.2fs with GC %.2fs,"
            + " all candidate generation %.2fs"
            + " | candidates=%d (lsh %d) = %.2e of %.3e pairs, verified=%d in %.2fs"
            + " | peak heap %.1f MB = %.0f bytes/article, sketch %.0f bytes/article"
            + " | generation %.1fs | bands=%d rows=%d permutations=%d shingle=%d%n",
        n,
        words / (double) n,
        corpus.planted().size(),
        found / (double) corpus.planted().size(),
        kinds,
        n / sketchCore,
        shingleNs / 1e9,
        minhashNs / 1e9,
        lshNs / 1e9,
        winnowNs / 1e9,
        (sketchWallNs + lshWallNs) / 1e9,
        sketchGcMs / 1e3,
        candidatesNs / 1e9,
        candidates.size(),
        lshPairs.length,
        candidates.size() / allPairs,
        allPairs,
        nv,
        verifyNs / 1e9,
        peak / 1e6,
        peak / (double) n,
        sketchBytes(sketches) / (double) n,
        genSeconds,
        bands,
        rows,
        permutations,
        shingleSize);
    return 0;
  }

  private long[] distinctOf(int i, List<String> texts, long[][] cache) {
    if (cache[i] == null) {
      cache[i] =
          Shingles.distinctSorted(Shingles.inOrder(NormalizedTokens.of(texts.get(i)), shingleSize));
    }
    return cache[i];
  }

  private static long sketchBytes(List<Sketch> sketches) {
    long b = 0;
    for (Sketch s : sketches) {
      b += 40 + 16 + 4L * s.signature().length + 16 + 8L * s.fingerprints().length;
    }
    return b;
  }
}
