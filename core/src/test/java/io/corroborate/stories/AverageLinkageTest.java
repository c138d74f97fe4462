package io.corroborate.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

  private static double[][][] matrices(double[][] sim) {
    int n = sim.length;
    double[][] sum = new double[n][n];
    double[][] count = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          sum[i][j] = sim[i][j];
          count[i][j] = 1;
        }
      }
    }
    return new double[][][] {sum, count};
  }

  @Test
  void mergesWhileTheAverageReachesTheThreshold() {
    double[][] sim = {
      {0, 0.9, 0.8, 0.1},
      {0.9, 0, 0.4, 0.1},
      {0.8, 0.4, 0, 0.2},
      {0.1, 0.1, 0.2, 0}
    };
    double[][][] m = matrices(sim);
    // {0,1} at 0.9; then 2 joins at (0.8 + 0.4) / 2 = 0.6; 3 stays out
    assertThat(AverageLinkage.cluster(m[0], m[1], 0.5))
        .isEqualTo(List.of(List.of(0, 1, 2), List.of(3)));
    m = matrices(sim);
    assertThat(AverageLinkage.cluster(m[0], m[1], 0.7))
        .isEqualTo(List.of(List.of(0, 1), List.of(2), List.of(3)));
  }

  @Test
  void stopsAtTheNumberOfGroupsAsked() {
    double[][] sim = {
      {0, 0.1, 0.1},
      {0.1, 0, 0.05},
      {0.1, 0.05, 0}
    };
    double[][][] m = matrices(sim);
    assertThat(AverageLinkage.cluster(m[0], m[1], Double.NEGATIVE_INFINITY, 2)).hasSize(2);
  }

  @Test
  void tiesGoToTheLowestIndexes() {
    double[][] sim = {
      {0, 0.5, 0.5},
      {0.5, 0, 0.5},
      {0.5, 0.5, 0}
    };
    double[][][] m = matrices(sim);
    assertThat(AverageLinkage.cluster(m[0], m[1], 0.6, 1))
        .isEqualTo(List.of(List.of(0), List.of(1), List.of(2)));
    m = matrices(sim);
    assertThat(AverageLinkage.cluster(m[0], m[1], 0.5, 2))
        .isEqualTo(List.of(List.of(0, 1), List.of(2)));
  }
}
