package io.corroborate.eval;

import io.corroborate.model.ArticleProfile;
import io.corroborate.stories.PairDataset;
import io.corroborate.stories.PairModel;
import io.corroborate.stories.StoryConfig;
import io.corroborate.stories.StreamClusterer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stories-fit}: fits the story clusterer's pair model on the ECB+ development documents
 * (logistic regression over every pair, pairs within a topic weighted up), checks it by fitting on
 * one half of the topics and clustering the other, and tries thresholds with the incremental
 * clusterer over the documents in a shuffled order. This is how {@link PairModel#DEFAULT} and the
 * thresholds of {@link StoryConfig#DEFAULT} were set (dev data only).
 */
@Command(
    name = "stories-fit",
    mixinStandardHelpOptions = true,
    description = "Fit the story clusterer's pair model and thresholds on ECB+ dev.")
final class StoriesFitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", description = "Shared data folder (default: ../shared/data).")
  Path data = Path.of("../shared/data");

  @Option(names = "--seed", description = "Shuffle seed (default: 20250114).")
  long seed = ClustersEcbCommand.DEFAULT_SEED;

  @Option(names = "--cache", description = "Profile cache file (built when missing).")
  Path cache;

  @Option(names = "--threads", description = "Threads for profiles (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--grid", description = "Also try thresholds with the clusterer.")
  boolean grid;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    EcbCorpus corpus = EcbCorpus.read(data.resolve("ecbplus-dev/docs.jsonl"));
    List<EcbCorpus.Doc> order = corpus.shuffled(seed);
    Path input = Files.createTempFile("ecb-shuffled", ".jsonl");
    EcbCorpus.writeInput(order, input);
    List<StoryProfiles.Sourced> sourced = StoryProfiles.of(input, cache, threads);
    Files.deleteIfExists(input);
    Map<String, EcbCorpus.Doc> byId = new HashMap<>();
    for (EcbCorpus.Doc d : corpus.docs()) {
      byId.put(d.id(), d);
    }
    List<ArticleProfile> profiles = new ArrayList<>();
    List<EcbCorpus.Doc> docs = new ArrayList<>();
    for (StoryProfiles.Sourced s : sourced) {
      profiles.add(s.profile());
      docs.add(byId.get(s.source()));
    }

    double[] all = fit(profiles, docs, null);
    out.println("fitted on all dev topics: " + describe(all));
    List<String> topics = docs.stream().map(EcbCorpus.Doc::topic).distinct().sorted().toList();
    List<String> halfA = new ArrayList<>();
    List<String> halfB = new ArrayList<>();
    for (int i = 0; i < topics.size(); i++) {
      (i % 2 == 0 ? halfA : halfB).add(topics.get(i));
    }
    StoryConfig base = StoryConfig.DEFAULT;
    for (List<List<String>> split : List.of(List.of(halfA, halfB), List.of(halfB, halfA))) {
      double[] w = fit(profiles, docs, split.get(0));
      List<ArticleProfile> testP = new ArrayList<>();
      List<EcbCorpus.Doc> testD = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        if (split.get(1).contains(docs.get(i).topic())) {
          testP.add(profiles.get(i));
          testD.add(docs.get(i));
        }
      }
      Bcubed b = cluster(testP, testD, base.withModel(PairDataset.model(w)));
      out.printf(
          Locale.ROOT,
          "fit on topics %s, clustered %s: event B3 F1=%.3f P=%.3f R=%.3f%n",
          split.get(0),
          split.get(1),
          b.f1(),
          b.precision(),
          b.recall());
    }
    double[] within = fitWithin(profiles, docs, null);
    out.println("within-story model, fitted on pairs inside each topic: " + describe(within));
    Bcubed def = cluster(profiles, docs, base);
    out.printf(
        Locale.ROOT,
        "default config: event B3 F1=%.3f P=%.3f R=%.3f%n",
        def.f1(),
        def.precision(),
        def.recall());
    if (grid) {
      StoryConfig fitted =
          base.withModel(PairDataset.model(all))
              .withSplit(PairDataset.model(within), base.splitBelow(), base.splitCohesion());
      for (double below : new double[] {0.0, 0.6}) {
        for (double cohesion : new double[] {0.85}) {
          Bcubed b =
              cluster(profiles, docs, fitted.withSplit(fitted.eventModel(), below, cohesion));
          out.printf(
              Locale.ROOT,
              "split below %.2f cohesion %.2f: event B3 F1=%.3f P=%.3f R=%.3f%n",
              below,
              cohesion,
              b.f1(),
              b.precision(),
              b.recall());
          out.flush();
        }
      }
      for (double t : new double[] {0.45, 0.5, 0.55, 0.6}) {
        for (double low : new double[] {0.05, 0.2, 0.3}) {
          for (double margin : new double[] {0.05}) {
            for (double cand : new double[] {0.1, 0.2, 0.3}) {
              StoryConfig c =
                  fitted
                      .withThresholds(t, low, margin, base.storyThreshold())
                      .withCandidateThreshold(cand);
              Bcubed b = cluster(profiles, docs, c);
              out.printf(
                  Locale.ROOT,
                  "event %.2f absorb %.2f margin %.2f candidates %.2f: event B3 F1=%.3f P=%.3f"
                      + " R=%.3f%n",
                  t,
                  low,
                  margin,
                  cand,
                  b.f1(),
                  b.precision(),
                  b.recall());
              out.flush();
            }
          }
        }
      }
    }
    out.flush();
    return 0;
  }

  private static String describe(double[] w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < PairDataset.FEATURES.size(); i++) {
      sb.append(PairDataset.FEATURES.get(i))
          .append('=')
          .append(String.format(Locale.ROOT, "%.2f", w[i]))
          .append(' ');
    }
    return sb.append("bias=")
        .append(String.format(Locale.ROOT, "%.2f", w[w.length - 1]))
        .toString();
  }

  /** Logistic regression on pairs of the given topics (all when null). */
  static double[] fit(
      List<ArticleProfile> profiles, List<EcbCorpus.Doc> docs, List<String> topics) {
    List<ArticleProfile> p = new ArrayList<>();
    List<EcbCorpus.Doc> d = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      if (topics == null || topics.contains(docs.get(i).topic())) {
        p.add(profiles.get(i));
        d.add(docs.get(i));
      }
    }
    float[][] x = PairDataset.features(p, StoryConfig.DEFAULT);
    int n = d.size();
    double[] y = new double[x.length];
    double[] weight = new double[x.length];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        y[k] = d.get(i).event().equals(d.get(j).event()) ? 1 : 0;
        weight[k] = d.get(i).topic().equals(d.get(j).topic()) ? 1 : 0.05;
        k++;
      }
    }
    return Logistic.fit(x, y, weight, 1e-3, 3000, 5.0);
  }

  /** Logistic regression on pairs inside each topic, with the topic's own frequencies. */
  static double[] fitWithin(
      List<ArticleProfile> profiles, List<EcbCorpus.Doc> docs, List<String> topics) {
    Map<String, List<Integer>> byTopic = new java.util.TreeMap<>();
    for (int i = 0; i < docs.size(); i++) {
      if (topics == null || topics.contains(docs.get(i).topic())) {
        byTopic.computeIfAbsent(docs.get(i).topic(), k -> new ArrayList<>()).add(i);
      }
    }
    List<float[]> rows = new ArrayList<>();
    List<Double> labels = new ArrayList<>();
    for (List<Integer> members : byTopic.values()) {
      List<ArticleProfile> group = members.stream().map(profiles::get).toList();
      float[][] x = PairDataset.withinGroupFeatures(group, StoryConfig.DEFAULT);
      int k = 0;
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          rows.add(x[k++]);
          labels.add(
              docs.get(members.get(a)).event().equals(docs.get(members.get(b)).event())
                  ? 1.0
                  : 0.0);
        }
      }
    }
    double[] y = labels.stream().mapToDouble(Double::doubleValue).toArray();
    double[] w = new double[y.length];
    java.util.Arrays.fill(w, 1);
    return Logistic.fit(rows.toArray(new float[0][]), y, w, 1e-3, 3000, 5.0);
  }

  static Bcubed cluster(List<ArticleProfile> profiles, List<EcbCorpus.Doc> docs, StoryConfig c) {
    StreamClusterer s = new StreamClusterer(c);
    for (ArticleProfile p : profiles) {
      s.add(p, null);
    }
    Map<String, String> idToDoc = new HashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      idToDoc.put(profiles.get(i).id(), docs.get(i).id());
    }
    Map<String, String> pred = new HashMap<>();
    int si = 0;
    for (List<List<String>> story : s.stories()) {
      si++;
      int ei = 0;
      for (List<String> event : story) {
        ei++;
        for (String id : event) {
          pred.put(idToDoc.get(id), si + "/" + ei);
        }
      }
    }
    Map<String, String> gold = new HashMap<>();
    for (EcbCorpus.Doc d : docs) {
      gold.put(d.id(), d.event());
    }
    return Bcubed.of(pred, gold);
  }
}
