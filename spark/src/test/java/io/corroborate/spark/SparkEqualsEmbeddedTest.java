package io.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.Story;
import io.corroborate.model.StoryDraft;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.report.DossierJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] against the embedded pipeline on the same inputs: the example corpus, a
 * JSON-lines file with a corrupt line, and (when ../shared/data is beside the repository) the first
 * 100 ECB+ dev documents. Copy links and figure groups must be the same, stories must agree to
 * B-cubed F1 >= 0.98, the corrupt line is counted and skipped, and the Parquet outputs are written
 * once however often the job's writes run. Phase 1 runs once, on Spark: the embedded pipeline is
 * given the job's analyses (so the test does not pay CoreNLP twice) and a few of them are checked
 * against the embedded analyzer, run before the job: an article's dates were seen to depend on what
 * the JVM had analysed before it, so the first articles, which both sides analyse first, are the
 * sample.
 */
class SparkEqualsEmbeddedTest {

  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final int ECB_DOCUMENTS = 100;

  private static SparkSession spark;
  private static JobResult result;
  private static Dossier onSpark;
  private static Dossier embedded;
  private static Map<String, ArticleAnalysis> sparkAnalyses;
  private static boolean withEcb;
  private static List<Article> embeddedArticles;
  private static final int SAMPLE = 3;
  private static final Map<String, String> fresh = new HashMap<>();

  @TempDir static Path tmp;

  @BeforeAll
  static void runBoth() throws Exception {
    List<String> inputs = new ArrayList<>();
    inputs.add("../examples/calder-dam");
    Path bad = tmp.resolve("own.jsonl");
    Files.writeString(
        bad,
        "{\"id\": \"own-1\", \"title\": \"Harbour ferry resumes\", \"text\": \"The harbour ferry"
            + " resumed its crossings on Monday after a week of repairs, the operator said.\"}\n"
            + "{this line is not JSON\n",
        StandardCharsets.UTF_8);
    inputs.add(bad.toString());
    Path ecb = Path.of("../../shared/data/ecbplus-dev/docs.jsonl");
    withEcb = Files.exists(ecb);
    if (withEcb) {
      Path sample = tmp.resolve("ecb-sample.jsonl");
      Files.write(sample, Files.readAllLines(ecb).subList(0, ECB_DOCUMENTS));
      inputs.add(sample.toString());
    } else {
      System.err.println(
          "SKIPPED (ECB+ part): ../shared/data/ecbplus-dev is not beside the repository;"
              + " only the example corpus is compared");
    }
    // the embedded reading, and phase 1 on the first articles before anything else ran in this JVM
    List<Path> paths = inputs.stream().map(Path::of).toList();
    embeddedArticles = new ArrayList<>();
    new CorpusCleaner(new CorpusReader(InputLimits.DEFAULTS), new ArticleCleaner(), 2)
        .run(paths, embeddedArticles::add, p -> {}, Progress.NONE);
    var analyzer = Stages.defaults(CLOCK).analyzer();
    for (Article a : embeddedArticles.subList(0, SAMPLE)) {
      fresh.put(a.id(), Codec.analysis(analyzer.analyze(a)));
    }
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("corroborate-test")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    result = CorroborateJob.run(spark, inputs, new CorroborateJob.Settings(4, NOW));
    onSpark = result.dossier();
    sparkAnalyses = new HashMap<>();
    for (CorroborateJob.Analysed a : result.analysedForTests().values().collect()) {
      sparkAnalyses.put(a.id, Codec.analysis(a.json));
    }

    List<Article> articles = embeddedArticles;
    Stages stages = Stages.defaults(CLOCK).withAnalyzer(a -> sparkAnalyses.get(a.id()));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      embedded = new Pipeline(stages, CLOCK).analyze(articles, Progress.NONE, p -> {}, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void readsTheSameArticlesAndCountsTheCorruptLine() {
    assertThat(onSpark.articles()).isEqualTo(embedded.articles());
    assertThat(onSpark.articles()).hasSize(13 + 1 + (withEcb ? ECB_DOCUMENTS : 0));
    assertThat(result.summary().problems()).isGreaterThanOrEqualTo(1);
    assertThat(result.summary().problemLines())
        .anySatisfy(line -> assertThat(line).contains("own.jsonl"));
  }

  @Test
  void analysesAreTheEmbeddedAnalyzersOnASample() {
    // compared as JSON lines: the embedding is an array, which a record compares by identity
    assertThat(fresh).hasSize(SAMPLE);
    fresh.forEach((id, json) -> assertThat(Codec.analysis(sparkAnalyses.get(id))).isEqualTo(json));
  }

  @Test
  void copyLinksAndFigureGroupsAreTheEmbeddedOnes() {
    assertThat(links(onSpark)).containsExactlyInAnyOrderElementsOf(links(embedded));
    assertThat(links(onSpark)).hasSize(onSpark.articles().size());
    assertThat(links(onSpark)).anySatisfy(l -> assertThat(l.derivedFrom()).isNotNull());
    assertThat(figureGroups(onSpark)).containsExactlyInAnyOrderElementsOf(figureGroups(embedded));
    assertThat(figureGroups(onSpark)).isNotEmpty();
  }

  @Test
  void storiesAgreeWithTheEmbeddedOnes() {
    double f1 = bcubedF1(onSpark, embedded);
    assertThat(f1).isGreaterThanOrEqualTo(0.98);
    // this version clusters on the driver, in input order: the dossier is the embedded one
    assertThat(DossierJson.render(onSpark)).isEqualTo(DossierJson.render(embedded));
  }

  @Test
  void storiesOfWindowsClusteredApartAgreeWithTheEmbeddedOnes() {
    for (int windows : new int[] {4, 8}) {
      for (int overlap : new int[] {10, CorroborateJob.STORY_WINDOW_OVERLAP}) {
        System.err.printf(
            "windowed stories (%d windows, %d overlap): B-cubed F1 %.4f%n",
            windows, overlap, windowedF1(windows, overlap));
      }
    }
    assertThat(windowedF1(4, CorroborateJob.STORY_WINDOW_OVERLAP)).isGreaterThanOrEqualTo(0.98);
  }

  /** B-cubed F1 of the stories of windows clustered apart against the embedded stories. */
  private static double windowedF1(int windows, int overlap) {
    int n = onSpark.articles().size();
    List<StoryDraft> windowed =
        CorroborateJob.windowedStories(
            JavaSparkContext.fromSparkContext(spark.sparkContext()),
            result.analysedForTests(),
            n,
            links(onSpark),
            new CorroborateJob.Settings(4, NOW, windows),
            overlap);
    Map<String, Set<String>> clusters = new HashMap<>();
    List<String> placed = new ArrayList<>();
    for (StoryDraft d : windowed) {
      placed.addAll(d.articleIds());
      Set<String> members = new HashSet<>(d.articleIds());
      d.articleIds().forEach(id -> clusters.put(id, members));
    }
    assertThat(placed).hasSize(n).doesNotHaveDuplicates();
    return bcubedF1(clusters, clusters(embedded));
  }

  @Test
  void outDirHoldsEachStoryAndTheTablesOnceHoweverOftenWritten() throws Exception {
    Path dir = tmp.resolve("out");
    result.writeOutDir(dir.toString());
    result.writeOutDir(dir.toString());
    try (var files = Files.list(dir.resolve("stories"))) {
      assertThat(files.count()).isEqualTo(onSpark.stories().size());
    }
    long n = onSpark.articles().size();
    assertThat(spark.read().parquet(dir.resolve("tables/articles").toString()).count())
        .isEqualTo(n);
    assertThat(spark.read().parquet(dir.resolve("tables/copy_links").toString()).count())
        .isEqualTo(n);
    assertThat(spark.read().parquet(dir.resolve("tables/stories").toString()).count())
        .isEqualTo(onSpark.stories().size());
    assertThat(spark.read().parquet(dir.resolve("tables/figure_groups").toString()).count())
        .isEqualTo(onSpark.stories().stream().mapToLong(s -> s.figures().size()).sum());
    assertThat(spark.read().parquet(dir.resolve("tables/quotes").toString()).count())
        .isEqualTo(onSpark.stories().stream().mapToLong(s -> s.quotes().size()).sum());
  }

  private static List<CopyLink> links(Dossier d) {
    List<CopyLink> out = new ArrayList<>();
    for (Story s : d.stories()) {
      out.addAll(s.provenance());
    }
    return out;
  }

  private static List<String> figureGroups(Dossier d) {
    List<String> out = new ArrayList<>();
    for (Story s : d.stories()) {
      out.add(JobResult.json(s.figures()));
    }
    return out;
  }

  /** B-cubed F1 of one clustering against another, over the articles both hold. */
  static double bcubedF1(Dossier system, Dossier gold) {
    return bcubedF1(clusters(system), clusters(gold));
  }

  /** B-cubed F1 of clusters (each article's cluster) against reference clusters. */
  static double bcubedF1(Map<String, Set<String>> sys, Map<String, Set<String>> ref) {
    double p = 0;
    double r = 0;
    for (String id : ref.keySet()) {
      Set<String> s = sys.get(id);
      Set<String> g = ref.get(id);
      Set<String> both = new HashSet<>(s);
      both.retainAll(g);
      p += both.size() / (double) s.size();
      r += both.size() / (double) g.size();
    }
    p /= ref.size();
    r /= ref.size();
    return 2 * p * r / (p + r);
  }

  private static Map<String, Set<String>> clusters(Dossier d) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Story s : d.stories()) {
      Set<String> members = new HashSet<>(s.articleIds());
      for (String id : s.articleIds()) {
        out.put(id, members);
      }
    }
    return out;
  }
}
