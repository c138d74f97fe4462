package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LshBandsTest {

  @Test
  void pairsItemsWhoseBandAgrees() {
    MinHashConfig c = new MinHashConfig(5, 4, 2, 2, 1);
    int[][] sigs = {{1, 2, 3, 4}, {9, 9, 3, 4}, {5, 6, 7, 8}, null};
    long[] pairs = LshBands.candidates(sigs, c);
    assertThat(pairs).containsExactly(PairList.key(0, 1));
  }

  @Test
  void aMassOfIdenticalSignaturesGivesLinearlyManyPairs() {
    int n = 5000;
    int[][] sigs = new int[n][];
    for (int i = 0; i < n; i++) {
      sigs[i] = new int[] {7, 7, 7, 7};
    }
    long[] pairs = LshBands.candidates(sigs, new MinHashConfig(5, 4, 2, 2, 1));
    assertThat(pairs.length).isLessThanOrEqualTo(n * LshBands.ANCHORS);
    assertThat(pairs).contains(PairList.key(0, n - 1));
  }

  @Test
  void configRejectsMoreBandRowsThanPermutations() {
    assertThatThrownBy(() -> new MinHashConfig(5, 128, 65, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bands * rows");
    assertThat(MinHashConfig.DEFAULT.candidateProbability(0.3)).isGreaterThan(0.99);
    assertThat(MinHashConfig.DEFAULT.candidateProbability(0.01)).isLessThan(0.01);
  }
}
