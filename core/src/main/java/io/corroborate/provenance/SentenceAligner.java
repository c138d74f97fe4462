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

  /**
   * The best chain that may go back once: a monotone chain, then one jump to an earlier sentence of
   * the second text, then a monotone chain again. A retelling that swaps two blocks of its source
   * (or moves one) aligns whole this way, while reports that tell the same facts in their own order
   * still need many jumps. The jump costs {@code jumpCost} from the chain's total, so it is taken
   * only when the sentences after it pay for it. Quadratic in the number of sentences.
   *
   * @param score how alike sentence {@code i} of the first text and {@code j} of the second are
   * @param allowed whether a pair may be in the chain at all
   * @param threshold score that a pair must exceed to add to the chain's total
   * @param jumpCost what the one jump back costs
   */
  public static List<Cell> alignWithOneJump(
      double[][] score, boolean[][] allowed, double threshold, double jumpCost) {
    int m = score.length;
    if (m == 0 || score[0].length == 0) {
      return List.of();
    }
    int n = score[0].length;
    double none = Double.NEGATIVE_INFINITY;
    // state 0: no jump yet; state 1: after the jump. end: chain ending at (i-1, j-1);
    // best: best chain inside the prefix and the cell (i*(n+1)+j) where it ends
    double[][] end0 = new double[m + 1][n + 1];
    double[][] best0 = new double[m + 1][n + 1];
    int[][] at0 = new int[m + 1][n + 1];
    byte[][] from0 = new byte[m + 1][n + 1];
    double[][] end1 = new double[m + 1][n + 1];
    double[][] best1 = new double[m + 1][n + 1];
    int[][] at1 = new int[m + 1][n + 1];
    byte[][] from1 = new byte[m + 1][n + 1];
    int[][] jumpFrom = new int[m + 1][n + 1];
    for (int i = 0; i <= m; i++) {
      java.util.Arrays.fill(end0[i], none);
      java.util.Arrays.fill(end1[i], none);
      java.util.Arrays.fill(best1[i], none);
      java.util.Arrays.fill(at0[i], -1);
      java.util.Arrays.fill(at1[i], -1);
    }
    // the best state-0 chain ending in an earlier row at a column >= j, and where it ends
    double[] later = new double[n + 2];
    int[] laterAt = new int[n + 2];
    java.util.Arrays.fill(later, none);
    java.util.Arrays.fill(laterAt, -1);
    for (int i = 1; i <= m; i++) {
      for (int j = 1; j <= n; j++) {
        double w = score[i - 1][j - 1] - threshold;
        if (allowed[i - 1][j - 1] && w > 0) {
          double e = w;
          byte f = 0;
          if (best0[i - 1][j - 1] > 0 && w + best0[i - 1][j - 1] > e) {
            e = w + best0[i - 1][j - 1];
            f = 1;
          }
          if (end0[i - 1][j] > 0 && w + end0[i - 1][j] > e) {
            e = w + end0[i - 1][j];
            f = 2;
          }
          if (end0[i][j - 1] > 0 && w + end0[i][j - 1] > e) {
            e = w + end0[i][j - 1];
            f = 3;
          }
          end0[i][j] = e;
          from0[i][j] = f;
          double e1 = none;
          byte f1 = 0;
          if (best1[i - 1][j - 1] > none) {
            e1 = w + best1[i - 1][j - 1];
            f1 = 1;
          }
          if (end1[i - 1][j] > none && w + end1[i - 1][j] > e1) {
            e1 = w + end1[i - 1][j];
            f1 = 2;
          }
          if (end1[i][j - 1] > none && w + end1[i][j - 1] > e1) {
            e1 = w + end1[i][j - 1];
            f1 = 3;
          }
          if (later[j + 1] > 0 && w + later[j + 1] - jumpCost > e1) {
            e1 = w + later[j + 1] - jumpCost;
            f1 = 4;
            jumpFrom[i][j] = laterAt[j + 1];
          }
          end1[i][j] = e1;
          from1[i][j] = f1;
        }
        best0[i][j] = best0[i - 1][j];
        at0[i][j] = at0[i - 1][j];
        if (best0[i][j - 1] > best0[i][j]) {
          best0[i][j] = best0[i][j - 1];
          at0[i][j] = at0[i][j - 1];
        }
        if (end0[i][j] > best0[i][j]) {
          best0[i][j] = end0[i][j];
          at0[i][j] = i * (n + 1) + j;
        }
        best1[i][j] = best1[i - 1][j];
        at1[i][j] = at1[i - 1][j];
        if (best1[i][j - 1] > best1[i][j]) {
          best1[i][j] = best1[i][j - 1];
          at1[i][j] = at1[i][j - 1];
        }
        if (end1[i][j] > best1[i][j]) {
          best1[i][j] = end1[i][j];
          at1[i][j] = i * (n + 1) + j;
        }
      }
      for (int j = n; j >= 1; j--) {
        if (end0[i][j] > later[j]) {
          later[j] = end0[i][j];
          laterAt[j] = i * (n + 1) + j;
        }
        if (later[j + 1] > later[j]) {
          later[j] = later[j + 1];
          laterAt[j] = laterAt[j + 1];
        }
      }
    }
    boolean jumped = best1[m][n] > best0[m][n];
    int at = jumped ? at1[m][n] : at0[m][n];
    List<Cell> cells = new ArrayList<>();
    while (at >= 0) {
      int i = at / (n + 1);
      int j = at % (n + 1);
      cells.add(new Cell(i - 1, j - 1, score[i - 1][j - 1]));
      if (jumped) {
        switch (from1[i][j]) {
          case 1 -> at = at1[i - 1][j - 1];
          case 2 -> at = (i - 1) * (n + 1) + j;
          case 3 -> at = i * (n + 1) + j - 1;
          case 4 -> {
            at = jumpFrom[i][j];
            jumped = false;
          }
          default -> at = -1;
        }
      } else {
        at =
            switch (from0[i][j]) {
              case 1 -> at0[i - 1][j - 1];
              case 2 -> (i - 1) * (n + 1) + j;
              case 3 -> i * (n + 1) + j - 1;
              default -> -1;
            };
      }
    }
    Collections.reverse(cells);
    return cells;
  }
}
