package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

  /** Scores 0.9 where {@code pairs} pair sentence i of the first text with j of the second. */
  private static double[][] score(int m, int n, int[][] pairs) {
    double[][] s = new double[m][n];
    for (int[] p : pairs) {
      s[p[0]][p[1]] = 0.9;
    }
    return s;
  }

  private static boolean[][] all(int m, int n) {
    boolean[][] ok = new boolean[m][n];
    for (boolean[] row : ok) {
      java.util.Arrays.fill(row, true);
    }
    return ok;
  }

  @Test
  void aSwappedBlockAlignsWholeWithOneJumpButNotInOrder() {
    // the retelling tells source sentences 4..7 first, then 0..3
    int[][] pairs = {{0, 4}, {1, 5}, {2, 6}, {3, 7}, {4, 0}, {5, 1}, {6, 2}, {7, 3}};
    double[][] s = score(8, 8, pairs);
    assertThat(SentenceAligner.align(s, all(8, 8), 0.45)).hasSize(4);
    List<SentenceAligner.Cell> cells = SentenceAligner.alignWithOneJump(s, all(8, 8), 0.45, 0.2);
    assertThat(cells).extracting(SentenceAligner.Cell::a).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(cells).extracting(SentenceAligner.Cell::b).containsExactly(4, 5, 6, 7, 0, 1, 2, 3);
  }

  @Test
  void factsToldInAnotherOrderStillNeedManyJumps() {
    // pairs scattered in both orders: one jump cannot collect them all
    int[][] pairs = {{0, 5}, {1, 2}, {2, 7}, {3, 0}, {4, 6}, {5, 3}, {6, 1}, {7, 4}};
    double[][] s = score(8, 8, pairs);
    List<SentenceAligner.Cell> cells = SentenceAligner.alignWithOneJump(s, all(8, 8), 0.45, 0.2);
    assertThat(cells.size()).isLessThanOrEqualTo(5);
    int jumps = 0;
    for (int k = 1; k < cells.size(); k++) {
      assertThat(cells.get(k).a()).isGreaterThanOrEqualTo(cells.get(k - 1).a());
      if (cells.get(k).b() < cells.get(k - 1).b()) {
        jumps++;
      }
    }
    assertThat(jumps).isLessThanOrEqualTo(1);
  }

  @Test
  void aMovedSingleSentenceDoesNotPayForTheJump() {
    // in order but for one sentence told last: the jump would gain one weak pair only
    int[][] pairs = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}};
    double[][] s = score(5, 5, pairs);
    s[4][0] = 0.6;
    List<SentenceAligner.Cell> cells = SentenceAligner.alignWithOneJump(s, all(5, 5), 0.45, 0.2);
    assertThat(cells).extracting(SentenceAligner.Cell::b).containsExactly(1, 2, 3, 4);
  }

  @Test
  void withoutAJumpBothAgree() {
    int[][] pairs = {{0, 0}, {1, 2}, {2, 3}, {4, 4}};
    double[][] s = score(5, 5, pairs);
    assertThat(SentenceAligner.alignWithOneJump(s, all(5, 5), 0.45, 0.2))
        .isEqualTo(SentenceAligner.align(s, all(5, 5), 0.45));
  }
}
