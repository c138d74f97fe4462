package io.corroborate.provenance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Order-preserving alignment of two sequences of sentences: the chain of sentence pairs, increasing
 * in both texts, with the largest total of {@code score - threshold}. A sentence may pair with the
 * next sentence of the other text too (one sentence split in two, two merged in one), but the chain
 * never goes back, so two texts that tell the same facts in another order align poorly while a
 * retelling aligns almost whole. Quadratic in the number of sentences; callers bound it. Stateless
 * and thread-safe.
 */
public final class SentenceAligner {

  private SentenceAligner() {}

  /** A pair of sentences in the chain. */
  public record Cell(int a, int b, double similarity) {}

  /**
   * The best chain.
   *
   * @param score how alike sentence {@code i} of the first text and {@code j} of the second are
   * @param allowed whether a pair may be in the chain at all
   * @param threshold score that a pair must exceed to add to the chain's total
   */
  public static List<Cell> align(double[][] score, boolean[][] allowed, double threshold) {
    int m = score.length;
    if (m == 0 || score[0].length == 0) {
      return List.of();
    }
    int n = score[0].length;
    // end[i][j]: best chain ending at (i-1, j-1); best[i][j]: best chain inside the prefix
    double[][] end = new double[m + 1][n + 1];
    double[][] best = new double[m + 1][n + 1];
    int[][] bestAt = new int[m + 1][n + 1]; // cell (i*(n+1)+j) achieving best, -1 for none
    byte[][] from = new byte[m + 1][n + 1]; // 0 start, 1 diagonal prefix, 2 up, 3 left
    for (int[] row : bestAt) {
      java.util.Arrays.fill(row, -1);
    }
    for (int i = 1; i <= m; i++) {
      for (int j = 1; j <= n; j++) {
        end[i][j] = Double.NEGATIVE_INFINITY;
        double w = score[i - 1][j - 1] - threshold;
        if (allowed[i - 1][j - 1] && w > 0) {
          double e = w;
          byte f = 0;
          if (best[i - 1][j - 1] > 0 && w + best[i - 1][j - 1] > e) {
            e = w + best[i - 1][j - 1];
            f = 1;
          }
          if (end[i - 1][j] > 0 && w + end[i - 1][j] > e) {
            e = w + end[i - 1][j];
            f = 2;
          }
          if (end[i][j - 1] > 0 && w + end[i][j - 1] > e) {
            e = w + end[i][j - 1];
            f = 3;
          }
          end[i][j] = e;
          from[i][j] = f;
        }
        double b = best[i - 1][j];
        int at = bestAt[i - 1][j];
        if (best[i][j - 1] > b) {
          b = best[i][j - 1];
          at = bestAt[i][j - 1];
        }
        if (end[i][j] > b) {
          b = end[i][j];
          at = i * (n + 1) + j;
        }
        best[i][j] = b;
        bestAt[i][j] = at;
      }
    }
    List<Cell> cells = new ArrayList<>();
    int at = bestAt[m][n];
    while (at >= 0) {
      int i = at / (n + 1);
      int j = at % (n + 1);
      cells.add(new Cell(i - 1, j - 1, score[i - 1][j - 1]));
      at =
          switch (from[i][j]) {
            case 1 -> bestAt[i - 1][j - 1];
            case 2 -> (i - 1) * (n + 1) + j;
            case 3 -> i * (n + 1) + j - 1;
            default -> -1;
          };
    }
    Collections.reverse(cells);
    return cells;
  }
}
