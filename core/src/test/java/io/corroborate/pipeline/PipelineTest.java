package io.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Analyses;
import io.corroborate.Fixtures;
import io.corroborate.analysis.AnalysisException;
import io.corroborate.ingest.Problem;
import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.model.Story;
import io.corroborate.phases.CopyDetector;
import io.corroborate.phases.FigureStage;
import io.corroborate.phases.Progress;
import io.corroborate.phases.QuoteStage;
import io.corroborate.phases.StoryClusterer;
import io.corroborate.synthesis.NewsStorySynthesizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

/** The wiring of the stages, with stages that do nothing costly. */
class PipelineTest {

  private static final Stages LIGHT =
      new Stages(
          Analyses.LIGHT,
          CopyDetector.NONE,
          StoryClusterer.SINGLE_STORY,
          new NewsStorySynthesizer(FigureStage.NONE, QuoteStage.NONE));

  /** Records what the pipeline reports. */
  private static final class Recorder implements Progress {
    final List<String> events = new ArrayList<>();
    long steps;

    @Override
    public synchronized void start(String phase, long total) {
      events.add("start " + phase + " " + total);
    }

    @Override
    public synchronized void step(long n) {
      steps += n;
    }

    @Override
    public synchronized void finish() {
      events.add("finish");
    }
  }

  @Test
  void reportsEachPhaseAndStepsThroughEveryArticle() {
    Recorder r = new Recorder();
    Dossier d =
        new Pipeline(LIGHT)
            .analyze(
                List.of(
                    Fixtures.article("a", "One."),
                    Fixtures.article("b", "Two."),
                    Fixtures.article("a", "Again.")),
                r);
    assertThat(d.articles()).extracting(Article::id).containsExactly("a", "b");
    assertThat(r.events)
        .containsExactly(
            "start analysing articles 2",
            "finish",
            "start finding copies -1",
            "finish",
            "start clustering stories -1",
            "finish",
            "start figures and quotes 2",
            "finish");
    assertThat(r.steps).isEqualTo(4);
    assertThat(d.stories()).extracting(Story::id).containsExactly("s1");
  }

  @Test
  void nothingInGivesAnEmptyDossierAndNoProgress() {
    Recorder r = new Recorder();
    Dossier d = new Pipeline(LIGHT).analyze(List.of(), r);
    assertThat(d.articles()).isEmpty();
    assertThat(d.stories()).isEmpty();
    assertThat(r.events).isEmpty();
  }

  @Test
  void anArticleWhoseAnalysisFailsIsReportedOnceAndKeptByItsHeadline() {
    List<Problem> problems = new ArrayList<>();
    Stages failing =
        LIGHT.withAnalyzer(
            a -> {
              if (a.id().equals("bad")) {
                throw new AnalysisException("figures", new IllegalStateException("boom"));
              }
              return Analyses.LIGHT.analyze(a);
            });
    ExecutorService pool = Workers.pool(2, "test");
    Dossier d;
    try {
      d =
          new Pipeline(failing)
              .analyze(
                  List.of(
                      Fixtures.article("good", "One."),
                      Fixtures.article("bad", "Two."),
                      Fixtures.article("fine", "Three.")),
                  Progress.NONE,
                  problems::add,
                  pool);
    } finally {
      pool.shutdownNow();
    }
    assertThat(d.articles()).extracting(Article::id).containsExactly("good", "bad", "fine");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).where()).isEqualTo("bad");
    assertThat(problems.get(0).message())
        .contains("analysis failed in figures")
        .contains("boom")
        .contains("kept by its headline");
  }

  @Test
  void aStackOverflowInOneArticleDoesNotStopTheOthers() {
    List<Problem> problems = new ArrayList<>();
    Stages failing =
        LIGHT.withAnalyzer(
            a -> {
              if (a.id().equals("deep")) {
                throw new StackOverflowError();
              }
              return Analyses.LIGHT.analyze(a);
            });
    ExecutorService pool = Workers.pool(1, "test");
    try {
      Dossier d =
          new Pipeline(failing)
              .analyze(
                  List.of(Fixtures.article("deep", "One."), Fixtures.article("ok", "Two.")),
                  Progress.NONE,
                  problems::add,
                  pool);
      assertThat(d.articles()).hasSize(2);
    } finally {
      pool.shutdownNow();
    }
    assertThat(problems).singleElement().extracting(Problem::where).isEqualTo("deep");
  }

  @Test
  void theSameArticleReadTwiceIsKeptOnceAndReported() {
    List<Problem> problems = new ArrayList<>();
    Article a = Fixtures.article("x", "One.");
    Article again = a.toBuilder().source("copy-of-x.txt").build();
    ExecutorService pool = Workers.pool(1, "test");
    try {
      Dossier d =
          new Pipeline(LIGHT).analyze(List.of(a, again), Progress.NONE, problems::add, pool);
      assertThat(d.articles()).extracting(Article::source).containsExactly("x");
    } finally {
      pool.shutdownNow();
    }
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.where()).isEqualTo("copy-of-x.txt");
              assertThat(p.message()).contains("same article as x");
            });
  }
}
