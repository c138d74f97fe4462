package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class WinnowingProperties {

  private static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append('w').append(r.nextInt(100_000)).append(' ');
    }
    return sb.toString();
  }

  /** Any shared passage of window + shingle - 1 words yields a shared fingerprint. */
  @Property(tries = 200)
  void sharedPassagesShareAFingerprint(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int before,
      @ForAll @IntRange(min = 0, max = 300) int after) {
    Random r = new Random(seed);
    int k = MinHashConfig.DEFAULT_SHINGLE_SIZE;
    int w = NearDuplicateFinder.DEFAULT_WINDOW;
    String passage = words(r, w + k - 1);
    String a = words(r, before) + passage + words(r, after);
    String b = words(r, after) + passage + words(r, before);
    long[] fa = Winnowing.fingerprints(Shingles.inOrder(NormalizedTokens.of(a), k), w);
    long[] fb = Winnowing.fingerprints(Shingles.inOrder(NormalizedTokens.of(b), k), w);
    assertThat(Shingles.shared(fa, fb)).isPositive();
  }
}
