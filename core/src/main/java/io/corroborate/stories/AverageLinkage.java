package io.corroborate.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * Average-linkage agglomeration (UPGMA) of units whose similarity is a sum over article pairs
 * divided by the number of pairs: merges the most similar pair while its average reaches the
 * threshold. Ties go to the lowest indexes, so the result depends only on the input. Small inputs
 * only (cubic time).
 */
final class AverageLinkage {

  private AverageLinkage() {}

  /**
   * Groups of unit indexes, each ascending, in order of their first unit.
   *
   * @param sum pairwise sums of similarities (symmetric; modified)
   * @param count pairwise numbers of article pairs (symmetric; modified)
   */
  static List<List<Integer>> cluster(double[][] sum, double[][] count, double threshold) {
    return cluster(sum, count, threshold, 1);
  }

  /**
   * Like {@link #cluster(double[][], double[][], double)}, but stops when {@code groups} groups are
   * left.
   */
  static List<List<Integer>> cluster(
      double[][] sum, double[][] count, double threshold, int groupsLeft) {
    int n = sum.length;
    int left = n;
    List<List<Integer>> groups = new ArrayList<>(n);
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      List<Integer> g = new ArrayList<>();
      g.add(i);
      groups.add(g);
      alive[i] = true;
    }
    while (left > groupsLeft) {
      int bi = -1;
      int bj = -1;
      double best = threshold;
      for (int i = 0; i < n; i++) {
        if (!alive[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (!alive[j] || count[i][j] <= 0) {
            continue;
          }
          double avg = sum[i][j] / count[i][j];
          if (avg > best || avg == best && bi < 0) {
            best = avg;
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        break;
      }
      for (int k = 0; k < n; k++) {
        if (k != bi && k != bj && alive[k]) {
          sum[bi][k] += sum[bj][k];
          sum[k][bi] = sum[bi][k];
          count[bi][k] += count[bj][k];
          count[k][bi] = count[bi][k];
        }
      }
      alive[bj] = false;
      left--;
      groups.get(bi).addAll(groups.get(bj));
    }
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (alive[i]) {
        List<Integer> g = groups.get(i);
        g.sort(null);
        out.add(g);
      }
    }
    return out;
  }
}
