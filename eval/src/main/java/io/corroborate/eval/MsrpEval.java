package io.corroborate.eval;

import io.corroborate.nlp.Embedder;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.provenance.NormalizedTokens;
import io.corroborate.provenance.ParaphraseJudge;
import io.corroborate.provenance.SentenceWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msrp}: sentence paraphrase on the MSRP development half. Reports the accuracy of the
 * embedding model alone (cosine similarity at its best threshold, an optimistic figure since the
 * threshold is chosen on the same pairs), of the product's sentence decision ({@link
 * ParaphraseJudge#DEFAULT}, as used by rewrite detection), and of that decision's score at its best
 * threshold.
 */
@Command(
    name = "msrp",
    mixinStandardHelpOptions = true,
    description = "Sentence paraphrase accuracy on MSRP (dev).")
final class MsrpEval implements Callable<Integer> {

  @Option(names = "--data", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--limit", description = "Use only the first N pairs (default: all).")
  int limit = Integer.MAX_VALUE;

  record Pair(boolean paraphrase, String a, String b) {}

  @Override
  public Integer call() throws IOException {
    Path file = data.resolve("msrp-dev").resolve("msr_paraphrase_train.fixed.tsv");
    List<Pair> pairs = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size() && pairs.size() < limit; i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length < 5) {
        continue;
      }
      pairs.add(new Pair(f[0].strip().equals("1"), f[3], f[4]));
    }
    Map<String, float[]> vectors = new LinkedHashMap<>();
    for (Pair p : pairs) {
      vectors.put(p.a(), null);
      vectors.put(p.b(), null);
    }
    List<String> texts = new ArrayList<>(vectors.keySet());
    Embedder embedder = MiniLmEmbedder.shared();
    long t0 = System.nanoTime();
    for (int from = 0; from < texts.size(); from += 256) {
      List<String> batch = texts.subList(from, Math.min(texts.size(), from + 256));
      List<float[]> v = embedder.embedAll(batch);
      for (int i = 0; i < batch.size(); i++) {
        vectors.put(batch.get(i), v.get(i));
      }
    }
    double embedSeconds = (System.nanoTime() - t0) / 1e9;
    int n = pairs.size();
    double[] cos = new double[n];
    double[] judgeScore = new double[n];
    boolean[] gold = new boolean[n];
    boolean[] decided = new boolean[n];
    boolean[] veto = new boolean[n];
    ParaphraseJudge judge = ParaphraseJudge.DEFAULT;
    for (int i = 0; i < n; i++) {
      Pair p = pairs.get(i);
      gold[i] = p.paraphrase();
      cos[i] = Embedder.cosine(vectors.get(p.a()), vectors.get(p.b()));
      SentenceWords wa = SentenceWords.of(NormalizedTokens.of(p.a()), p.a());
      SentenceWords wb = SentenceWords.of(NormalizedTokens.of(p.b()), p.b());
      judgeScore[i] = judge.score(cos[i], wa, wb);
      veto[i] = ParaphraseJudge.numbersConflict(wa, wb);
      decided[i] = judge.paraphrase(cos[i], wa, wb);
    }
    int positives = 0;
    for (boolean g : gold) {
      positives += g ? 1 : 0;
    }
    double[] best = bestThreshold(cos, new boolean[n], gold);
    double[] bestJudge = bestThreshold(judgeScore, veto, gold);
    double[] mine = accuracy(decided, gold);
    System.out.printf(
        Locale.ROOT,
        "msrp pairs=%d majority=%.3f embeddingAlone accuracy=%.3f f1=%.3f (best cosine %.3f)"
            + " decision accuracy=%.3f f1=%.3f (cosine weight %.2f, threshold %.2f)"
            + " decisionScoreBest accuracy=%.3f f1=%.3f (threshold %.3f) embedSeconds=%.1f%n",
        n,
        Math.max(positives, n - positives) / (double) n,
        best[0],
        best[1],
        best[2],
        mine[0],
        mine[1],
        judge.cosineWeight(),
        judge.threshold(),
        bestJudge[0],
        bestJudge[1],
        bestJudge[2],
        embedSeconds);
    return 0;
  }

  /** Accuracy, F1 and threshold of the best threshold on {@code score} (vetoed pairs negative). */
  static double[] bestThreshold(double[] score, boolean[] veto, boolean[] gold) {
    int n = score.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(score[y], score[x]));
    int positives = 0;
    for (boolean g : gold) {
      positives += g ? 1 : 0;
    }
    // threshold above everything: all negative
    int tp = 0;
    int fp = 0;
    double bestAcc = (n - positives) / (double) n;
    double bestF1 = 0;
    double bestT = Double.POSITIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (!veto[i]) {
        if (gold[i]) {
          tp++;
        } else {
          fp++;
        }
      }
      if (k + 1 < n && score[order[k + 1]] == score[i]) {
        continue;
      }
      int tn = (n - positives) - fp;
      double acc = (tp + tn) / (double) n;
      if (acc > bestAcc) {
        bestAcc = acc;
        bestF1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + (positives - tp));
        bestT = score[i];
      }
    }
    return new double[] {bestAcc, bestF1, bestT};
  }

  static double[] accuracy(boolean[] decided, boolean[] gold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int ok = 0;
    for (int i = 0; i < gold.length; i++) {
      if (decided[i] == gold[i]) {
        ok++;
      }
      if (decided[i] && gold[i]) {
        tp++;
      } else if (decided[i]) {
        fp++;
      } else if (gold[i]) {
        fn++;
      }
    }
    return new double[] {ok / (double) gold.length, tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn)};
  }
}
