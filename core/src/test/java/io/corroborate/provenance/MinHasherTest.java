package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  private final MinHasher hasher = new MinHasher(MinHashConfig.DEFAULT);

  /** Two sets of {@code size} random hashes sharing {@code shared} of them. */
  private static long[][] sets(int size, int shared, Random r) {
    long[] a = new long[size];
    long[] b = new long[size];
    for (int i = 0; i < size; i++) {
      a[i] = r.nextLong();
      b[i] = i < shared ? a[i] : r.nextLong();
    }
    return new long[][] {a, b};
  }

  @Test
  void agreementEstimatesJaccardSimilarity() {
    Random r = new Random(11);
    for (double target : new double[] {0.1, 0.3, 0.5, 0.8}) {
      double sum = 0;
      double exact = 0;
      int trials = 40;
      for (int t = 0; t < trials; t++) {
        int size = 300;
        int shared = (int) Math.round(2 * size * target / (1 + target));
        long[][] s = sets(size, shared, r);
        exact = shared / (double) (2 * size - shared);
        sum += MinHasher.similarity(hasher.signature(s[0]), hasher.signature(s[1]));
      }
      assertThat(sum / trials).as("target %s", target).isCloseTo(exact, within(0.03));
    }
  }

  @Test
  void smallSetsAreDensifiedAndStillComparable() {
    long[] a = {1, 2, 3, 4, 5};
    long[] b = {1, 2, 3, 4, 6};
    int[] sa = hasher.signature(a);
    assertThat(sa).doesNotContain(Integer.MAX_VALUE);
    assertThat(MinHasher.similarity(sa, hasher.signature(a.clone()))).isEqualTo(1.0);
    assertThat(MinHasher.similarity(sa, hasher.signature(b))).isBetween(0.3, 1.0);
  }

  @Test
  void signaturesDependOnTheSeedOnly() {
    long[] a = {42, 7, 99};
    assertThat(new MinHasher(MinHashConfig.DEFAULT).signature(a)).isEqualTo(hasher.signature(a));
    MinHashConfig other = new MinHashConfig(5, 128, 64, 2, 1234);
    assertThat(new MinHasher(other).signature(a)).isNotEqualTo(hasher.signature(a));
  }

  @Test
  void emptySetHasTheEmptySignature() {
    assertThat(hasher.signature(new long[0])).containsOnly(Integer.MAX_VALUE);
  }
}
