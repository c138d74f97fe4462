package io.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Analyses;
import io.corroborate.Fixtures;
import io.corroborate.claims.figures.FigureExtractor;
import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.ingest.Problem;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.Dossier;
import io.corroborate.nlp.AnalysisLimits;
import io.corroborate.nlp.Background;
import io.corroborate.nlp.CoreNlp;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.nlp.SentenceScope;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One pathological article, generated here, is stopped by its time budget and kept by its headline
 * instead of holding a worker: a huge article. A sentence of 50,000 tokens and a page of 10,000
 * numbers on one line, which the budget used to stop, are now bounded by the token limit ({@link
 * io.corroborate.nlp.AnalysisLimits}) first: analysed with a warning, or stopped by the budget on a
 * loaded machine, but never longer.
 */
class AnalysisBudgetTest {

  private static final Duration BUDGET = Duration.ofSeconds(2);

  /** Beyond the budget: the chunk under way when it runs out, and a loaded machine. */
  private static final Duration SLACK = Duration.ofSeconds(25);

  private static final NewsArticleAnalyzer ANALYZER =
      new NewsArticleAnalyzer(
          CoreNlp.shared(),
          new FigureExtractor(),
          new QuoteExtractor(),
          MiniLmEmbedder::shared,
          Analyses.DATES,
          ClaimSentences.DEFAULT,
          BUDGET,
          AnalysisLimits.DEFAULTS);

  @BeforeAll
  static void loadModels() {
    Background.awaitAll(ANALYZER.preloadInBackground());
  }

  private static String words(int n, Random r) {
    String[] vocab = {
      "harbour", "council", "Varga", "ferry", "said", "bridge", "the", "of", "rain"
    };
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(vocab[r.nextInt(vocab.length)]).append(' ');
    }
    return sb.toString();
  }

  private static void assertStoppedInTime(Article article) {
    long start = System.nanoTime();
    assertThatThrownBy(() -> ANALYZER.analyze(article))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("time budget of 2 s per document ran out");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.println(article.id() + " stopped after " + took.toMillis() + " ms");
    assertThat(took).isLessThan(BUDGET.plus(SLACK));
    ArticleAnalysis kept = ANALYZER.fallback(article);
    assertThat(kept.profile().headline()).isEqualTo(article.title());
  }

  @Test
  void stopsAHugeArticle() {
    Random r = new Random(7);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (sb.length() < 2_000_000) {
      sb.append("Officials said ")
          .append(1000 + r.nextInt(9000))
          .append(" homes near the river lost power on Tuesday, ")
          .append(words(12, r).strip())
          .append(". ");
      if (++i % 5 == 0) {
        sb.append("\n\n");
      }
    }
    assertStoppedInTime(Fixtures.article("huge", "Power cut", sb.toString(), null));
  }

  /** Analysed with one warning about the token limit, or stopped by the budget; never longer. */
  private static void assertBoundedByTheTokenLimit(Article article) {
    long start = System.nanoTime();
    List<String> warnings = new ArrayList<>();
    try {
      ANALYZER.analyze(article, warnings::add);
      assertThat(warnings).singleElement().asString().contains("--max-sentence-tokens");
    } catch (AnalysisException e) {
      assertThat(e).hasMessageContaining("time budget of 2 s per document ran out");
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.println(article.id() + " ended after " + took.toMillis() + " ms");
    assertThat(took).isLessThan(BUDGET.plus(SLACK));
  }

  @Test
  void boundsASentenceOfFiftyThousandTokensFullOfNumbers() {
    Random r = new Random(11);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000 / 8; i++) {
      sb.append(words(7, r)).append(r.nextInt(100_000)).append(' ');
    }
    assertBoundedByTheTokenLimit(Fixtures.article("long-sentence", "Run-on", sb.toString(), null));
  }

  @Test
  void endsASentenceOfFiftyThousandWordsInBoundedTime() {
    // too long for the tagger and the entity recogniser, which leave it alone, and without numbers:
    // analysed, or stopped by the budget on a loaded machine, but never longer
    String sentence = words(50_000, new Random(17));
    long start = System.nanoTime();
    try {
      ArticleAnalysis a = ANALYZER.analyze(Fixtures.article("words", "Run-on", sentence, null));
      assertThat(a.figures()).isEmpty();
    } catch (AnalysisException e) {
      assertThat(e).hasMessageContaining("time budget of 2 s per document ran out");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET.plus(SLACK));
  }

  @Test
  void boundsAPageOfTenThousandNumbers() {
    Random r = new Random(13);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      sb.append(r.nextInt(1_000_000)).append(i % 10 == 9 ? "\n" : " ");
    }
    assertBoundedByTheTokenLimit(Fixtures.article("numbers", "Table", sb.toString(), null));
  }

  @Test
  void analysesAnOrdinaryArticleWellWithinTheBudget() {
    Article a =
        Fixtures.article(
            "ordinary",
            "Bridge opens",
            "Mayor Ilse Varga opened the bridge on Monday. It cost 48 million euros, she said.",
            null);
    ArticleAnalysis analysis = ANALYZER.analyze(a);
    assertThat(analysis.figures()).isNotEmpty();
  }

  @Test
  void oneSlowArticleIsReportedOnceAndTheBatchComesOutWhole() {
    // slow within the analysis limits: thousands of ordinary sentences, each with a figure
    Random r = new Random(19);
    StringBuilder numbers = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      numbers
          .append("Officials said ")
          .append(1000 + r.nextInt(9000))
          .append(" homes lost power, ")
          .append(words(12, r).strip())
          .append(i % 5 == 4 ? ".\n\n" : ". ");
    }
    List<Article> batch =
        List.of(
            Fixtures.article(
                "first", "Ferry", "The ferry to Ostrava sailed at noon, 40 minutes late.", null),
            Fixtures.article("slow", "Table", numbers.toString(), null),
            Fixtures.article(
                "last", "Bridge", "Mayor Ilse Varga opened the bridge on Monday.", null));
    List<Problem> problems = new ArrayList<>();
    ExecutorService pool = Workers.pool(2, "test");
    Dossier d;
    try {
      d =
          new Pipeline(Stages.defaults().withAnalyzer(ANALYZER))
              .analyze(batch, Progress.NONE, problems::add, pool);
    } finally {
      pool.shutdownNow();
    }
    assertThat(d.articles()).extracting(Article::id).containsExactly("first", "slow", "last");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).where()).isEqualTo("slow");
    assertThat(problems.get(0).message())
        .contains("time budget of 2 s per document ran out")
        .contains("kept by its headline");
  }

  @Test
  void rejectsABudgetThatIsNotPositive() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new NewsArticleAnalyzer(
                    CoreNlp.shared(),
                    new FigureExtractor(),
                    new QuoteExtractor(),
                    MiniLmEmbedder::shared,
                    Analyses.DATES,
                    SentenceScope.ALL,
                    Duration.ZERO,
                    AnalysisLimits.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget");
  }
}
