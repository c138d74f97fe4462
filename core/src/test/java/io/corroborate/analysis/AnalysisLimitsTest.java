package io.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Fixtures;
import io.corroborate.ingest.Problem;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.nlp.AnalysisLimits;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analysis limits of issue 19 on real CoreNLP: a sentence of 20,000 tokens without punctuation
 * and an article of 50,000 sentences are analysed in bounded time, each reported once with the
 * option that raises the limit, and the other articles come out as they do alone.
 */
class AnalysisLimitsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);

  private static NewsArticleAnalyzer analyzer;

  private static final String NORMAL =
      "Ferries resume after storm\n\n"
          + "The harbour authority said on Tuesday that 12 ferries would resume service after the"
          + " storm. \"We expect the port to reopen fully by the weekend,\" said Anna Berg, the"
          + " harbour master. About 3,400 passengers were stranded, officials said.\n";

  @BeforeAll
  static void load() {
    analyzer = NewsArticleAnalyzer.defaults(CLOCK);
    analyzer.analyze(Fixtures.article("warm-up", NORMAL));
  }

  /** One sentence of {@code tokens} words and numbers, with no punctuation at all. */
  static String longSentence(int tokens) {
    String[] words = {
      "the",
      "harbour",
      "authority",
      "said",
      "ferries",
      "would",
      "resume",
      "12",
      "service",
      "officials"
    };
    StringBuilder sb = new StringBuilder("Endless sentence\n\n");
    for (int i = 0; i < tokens; i++) {
      sb.append(words[i % words.length]).append(' ');
    }
    return sb.append('\n').toString();
  }

  /** An article of {@code n} short sentences. */
  static String manySentences(int n) {
    StringBuilder sb = new StringBuilder("Many sentences\n\n");
    for (int i = 0; i < n; i++) {
      sb.append(i % 10 == 9 ? "Ships sail.\n\n" : "Ships sail. ");
    }
    return sb.toString();
  }

  private static ArticleAnalysis timed(Article a, List<String> warnings, double maxSeconds) {
    long t0 = System.nanoTime();
    ArticleAnalysis an = analyzer.analyze(a, warnings::add);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("%s: %.1f s, %s%n", a.id(), seconds, warnings);
    assertThat(seconds).as("seconds for %s", a.id()).isLessThan(maxSeconds);
    return an;
  }

  @Test
  void aSentenceOfTwentyThousandTokensIsKeptUntaggedAndReported() {
    List<String> warnings = new ArrayList<>();
    ArticleAnalysis an = timed(Fixtures.article("long", longSentence(20_000)), warnings, 12);
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("longer than 400 tokens", "--max-sentence-tokens", "the longest has 20000");
    // the title and the endless sentence both stay in the article's sentences
    assertThat(an.sentences()).hasSize(2);
    assertThat(an.figures()).isEmpty();
  }

  @Test
  void anArticleOfFiftyThousandSentencesIsCutAndReported() {
    List<String> warnings = new ArrayList<>();
    ArticleAnalysis an = timed(Fixtures.article("many", manySentences(50_000)), warnings, 12);
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("has 50001 sentences", "more than 5000", "--max-sentences");
    assertThat(an.sentences()).hasSize(AnalysisLimits.DEFAULT_MAX_SENTENCES);
  }

  @Test
  void defaultsLeaveANewsArticleAloneAndSilent() {
    List<String> warnings = new ArrayList<>();
    ArticleAnalysis an = analyzer.analyze(Fixtures.article("normal", NORMAL), warnings::add);
    assertThat(warnings).isEmpty();
    assertThat(an.figures()).isNotEmpty();
    assertThat(an.quotes()).isNotEmpty();
    assertThat(an).isEqualTo(analyzer.analyze(Fixtures.article("normal", NORMAL)));
  }

  @Test
  void lowerLimitsBiteOnOrdinaryTextAndSaySo() {
    NewsArticleAnalyzer strict = NewsArticleAnalyzer.defaults(CLOCK, new AnalysisLimits(10, 2));
    List<String> warnings = new ArrayList<>();
    ArticleAnalysis an = strict.analyze(Fixtures.article("normal", NORMAL), warnings::add);
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).contains("has 4 sentences", "more than 2", "--max-sentences");
    assertThat(warnings.get(1))
        .contains("1 sentence longer than 10 tokens", "--max-sentence-tokens");
    assertThat(an.sentences()).hasSize(2);
    // the figure of the first (too long) sentence and those of the cut ones are not read
    assertThat(an.figures()).isEmpty();
    assertThat(strict.figuresOf(Fixtures.article("normal", NORMAL))).isEmpty();
  }

  @Test
  void otherArticlesOfTheBatchComeOutUnchangedAndTheBadOnesAreNamed() throws Exception {
    List<Article> batch =
        List.of(
            Fixtures.article("before.txt", NORMAL),
            Fixtures.article("long.txt", longSentence(20_000)),
            Fixtures.article("many.txt", manySentences(50_000)),
            Fixtures.article("after.txt", NORMAL.replace("12 ferries", "14 ferries")));
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    List<ArticleAnalysis> out = new ArrayList<>();
    Pipeline pipeline = new Pipeline(Stages.defaults(CLOCK).withAnalyzer(analyzer), CLOCK);
    ExecutorService pool = Workers.pool(2, "test");
    long t0 = System.nanoTime();
    try {
      var stream = pipeline.analysisStream(pool, out::add, problems::add);
      batch.forEach(stream::accept);
      stream.finish();
    } finally {
      pool.shutdownNow();
    }
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
    assertThat(problems).hasSize(2);
    assertThat(problems)
        .anyMatch(
            p -> p.where().equals("long.txt") && p.message().contains("--max-sentence-tokens"))
        .anyMatch(p -> p.where().equals("many.txt") && p.message().contains("--max-sentences"));
    assertThat(problems).noneMatch(Problem::skipped);
    assertThat(out).hasSize(4);
    assertThat(out.get(0)).isEqualTo(analyzer.analyze(batch.get(0)));
    assertThat(out.get(3)).isEqualTo(analyzer.analyze(batch.get(3)));
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new AnalysisLimits(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSentenceTokens must be positive: maxSentenceTokens=0");
    assertThatThrownBy(() -> new AnalysisLimits(10, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSentences must be positive: maxSentences=-1");
  }
}
