package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetoldRunTest {

  private static SentenceWords[] sentences(int count) {
    SentenceWords[] out = new SentenceWords[count];
    for (int i = 0; i < count; i++) {
      out[i] = new SentenceWords(new long[] {i}, new long[0], 10);
    }
    return out;
  }

  private static List<SentenceAligner.Cell> cells(int[][] pairs) {
    List<SentenceAligner.Cell> out = new ArrayList<>();
    for (int[] p : pairs) {
      out.add(new SentenceAligner.Cell(p[0], p[1], 0.8));
    }
    return out;
  }

  @Test
  void halfRetoldThenCommentaryIsARun() {
    // the first 7 of 14 sentences retell the source's first 7 (one skipped), the rest is new
    List<SentenceAligner.Cell> c =
        cells(new int[][] {{0, 0}, {1, 1}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}});
    assertThat(RewriteDetector.retoldRun(c, sentences(14), sentences(12))).isTrue();
  }

  @Test
  void scatteredSharedFactsAreNoRun() {
    List<SentenceAligner.Cell> c =
        cells(new int[][] {{0, 0}, {2, 3}, {5, 4}, {6, 8}, {9, 9}, {10, 12}, {13, 13}});
    assertThat(RewriteDetector.retoldRun(c, sentences(14), sentences(14))).isFalse();
  }

  @Test
  void aJumpBackEndsARun() {
    List<SentenceAligner.Cell> c =
        cells(new int[][] {{0, 4}, {1, 5}, {2, 6}, {3, 0}, {4, 1}, {5, 2}});
    assertThat(RewriteDetector.retoldRun(c, sentences(6), sentences(7))).isFalse();
  }

  @Test
  void aShortRunCoveringLittleIsNoRun() {
    List<SentenceAligner.Cell> c =
        cells(new int[][] {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}});
    assertThat(RewriteDetector.retoldRun(c, sentences(30), sentences(30))).isFalse();
  }
}
