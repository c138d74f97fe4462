package io.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Analyses;
import io.corroborate.EcbDev;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.linking.StoryIds;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.Dossier;
import io.corroborate.model.Event;
import io.corroborate.model.Story;
import io.corroborate.phases.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Batch is a loop over streaming: articles linked as they arrive, in several batches with the ids'
 * state saved and restored between them (as a store does), end in the same stories, events, figures
 * and quotes as one run over all of them. Story ids may differ (they were given as clusters grew),
 * so stories are compared by content.
 */
class StreamingEqualsBatchTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Pipeline PIPELINE =
      new Pipeline(Stages.defaults(CLOCK).withAnalyzer(Analyses.ANALYZER), CLOCK);

  private static List<ArticleAnalysis> analyse(Path... paths) {
    List<Article> articles = new ArrayList<>();
    new CorpusCleaner(new CorpusReader(InputLimits.DEFAULTS), new ArticleCleaner(), 2)
        .run(List.of(paths), articles::add, p -> {}, Progress.NONE);
    return articles.parallelStream().map(Analyses.ANALYZER::analyze).toList();
  }

  /** A story without the ids given to it and its events. */
  private static Story content(Story s) {
    List<Event> events = new ArrayList<>();
    for (Event e : s.events()) {
      events.add(new Event("-", e.title(), e.date(), e.articleIds()));
    }
    return new Story(
        "-",
        s.title(),
        s.articleIds(),
        events,
        s.provenance(),
        s.figures(),
        s.quotes(),
        s.independentSources());
  }

  private static void assertStreamingEqualsBatch(List<ArticleAnalysis> analyses, int batches) {
    Dossier batch = PIPELINE.link(analyses, new StoryIds(), Progress.NONE);
    StoryIds.State saved = StoryIds.State.empty();
    Dossier streamed = null;
    int n = analyses.size();
    for (int b = 1; b <= batches; b++) {
      StoryIds ids = new StoryIds(saved); // a new process picks up where the last one stopped
      streamed = PIPELINE.link(analyses.subList(0, n * b / batches), ids, Progress.NONE);
      saved = ids.state();
    }
    assertThat(streamed.articles()).isEqualTo(batch.articles());
    assertThat(streamed.stories().stream().map(StreamingEqualsBatchTest::content).toList())
        .containsExactlyInAnyOrderElementsOf(
            batch.stories().stream().map(StreamingEqualsBatchTest::content).toList());
    // every id given along the way still answers, for the story now holding its articles
    StoryIds ids = new StoryIds(saved);
    for (Story s : streamed.stories()) {
      assertThat(ids.resolve(s.id())).isEqualTo(s.id());
    }
  }

  @Test
  void theExampleCorpusStreamedInThreeBatchesEqualsOneRun() {
    assertStreamingEqualsBatch(analyse(Path.of("../examples/calder-dam")), 3);
  }

  @Test
  void twoHundredEcbDocumentsStreamedInFourBatchesEqualOneRun() throws Exception {
    List<ArticleAnalysis> analyses = EcbDev.firstDocuments(200, first -> analyse(first));
    assertThat(analyses).hasSize(200);
    assertStreamingEqualsBatch(analyses, 4);
  }
}
