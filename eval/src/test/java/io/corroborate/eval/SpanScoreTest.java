package io.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanScoreTest {

  @TempDir Path dir;

  @Test
  void readsBratSpansWithDiscontinuousExtents() throws IOException {
    Path ann = dir.resolve("a.ann");
    Files.writeString(
        ann,
        "T1\tSource 0 4\tNell\nT2\tCue 5 9\tsaid\nT3\tContent 10 20;25 30\tx\n"
            + "T4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n");
    Map<BratAttributions.Role, List<int[]>> spans = BratAttributions.read(ann);
    assertThat(spans.get(BratAttributions.Role.SOURCE)).containsExactly(new int[] {0, 4});
    assertThat(spans.get(BratAttributions.Role.CONTENT)).containsExactly(new int[] {10, 30});
  }

  @Test
  void matchesExactlyAfterTrimmingMarksAndThat() {
    String text = "Nell said that \"the pier is gone\" today.";
    SpanScore s = new SpanScore();
    // gold: that "the pier is gone" ; predicted: the pier is gone
    s.add(text, List.of(new int[] {10, 33}), List.of(new int[] {16, 32}));
    assertThat(s.line("content")).contains("exact F1=1.000", "overlap F1=1.000");
  }

  @Test
  void countsPartialOverlapsAndMisses() {
    String text = "0123456789abcdefghijklmnopqrstuvwxyz";
    SpanScore s = new SpanScore();
    s.add(text, List.of(new int[] {0, 10}, new int[] {20, 30}), List.of(new int[] {5, 15}));
    assertThat(s.line("x")).contains("exact F1=0.000", "overlap F1=0.667", "gold=2 predicted=1");
  }
}
