package io.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Fixtures;
import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.nlp.AnalysisCache;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wiring of the stages, with stages that do nothing costly. */
class PipelineTest {

  private static final Stages LIGHT =
      new Stages(CopyDetector.NONE, StoryClusterer.SINGLE_STORY, FigureStage.NONE, QuoteStage.NONE);

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
                new AnalysisCache(),
                r);
    assertThat(d.articles()).extracting(Article::id).containsExactly("a", "b");
    assertThat(r.events)
        .containsExactly(
            "start finding copies -1", "finish", "start figures and quotes 2", "finish");
    assertThat(r.steps).isEqualTo(2);
  }

  @Test
  void nothingInGivesAnEmptyDossierAndNoProgress() {
    Recorder r = new Recorder();
    Dossier d = new Pipeline(LIGHT).analyze(List.of(), new AnalysisCache(), r);
    assertThat(d.articles()).isEmpty();
    assertThat(d.stories()).isEmpty();
    assertThat(r.events).isEmpty();
  }
}
