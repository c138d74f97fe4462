package io.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Analyses;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.linking.StoryIds;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.Dossier;
import io.corroborate.model.InputKind;
import io.corroborate.model.Story;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthesised stories and the story-id state written and read back, as a store keeps them. */
class StoryJsonTest {

  @Test
  void storiesOfTheExampleWireReportsRoundTrip() throws IOException {
    List<ArticleAnalysis> analyses = new ArrayList<>();
    for (String f : List.of("cpa-wire.txt", "the-lantern-daily.txt", "quickread-digest.txt")) {
      Path p = Path.of("../examples/calder-dam/wire", f);
      analyses.add(
          Analyses.ANALYZER.analyze(
              new ArticleCleaner()
                  .clean(RawDocument.of(p.toString(), InputKind.TEXT, Files.readString(p)))));
    }
    StoryIds ids = new StoryIds();
    Dossier d = new Pipeline().link(analyses, ids, Progress.NONE);
    assertThat(d.stories()).isNotEmpty();
    boolean sawFigures = false;
    for (Story s : d.stories()) {
      String line = StoryJson.write(s);
      assertThat(line).doesNotContain("\n");
      assertThat(StoryJson.readStory(line)).isEqualTo(s);
      sawFigures |= !s.figures().isEmpty();
    }
    assertThat(sawFigures).as("some story has figures to round-trip").isTrue();
    StoryIds.State state = ids.state();
    assertThat(StoryJson.readState(StoryJson.write(state))).isEqualTo(state);
  }

  @Test
  void textThatIsNoStoryIsRefusedByName() {
    assertThatThrownBy(() -> StoryJson.readStory("{\"title\":\"x\"}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a story");
    assertThatThrownBy(() -> StoryJson.readStory("{\"id\":\"s1\",\"surprise\":1}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a valid story");
  }
}
