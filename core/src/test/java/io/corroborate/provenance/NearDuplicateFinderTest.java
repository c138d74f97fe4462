package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The blocking keys a distributed join uses: every pair {@link NearDuplicateFinder#candidates}
 * makes shares a key, and unrelated texts share none.
 */
class NearDuplicateFinderTest {

  private final NearDuplicateFinder finder = new NearDuplicateFinder(MinHashConfig.DEFAULT);

  @Test
  void everyCandidatePairSharesABlockingKeyAndStrangersShareNone() {
    Random r = new Random(3);
    String a = invented(r, 300);
    String b = invented(r, 300);
    String c = invented(r, 300);
    String[] wa = a.split(" ");
    // a's middle passage inside new text, and a with some of its words changed
    String passage =
        invented(r, 80)
            + " "
            + String.join(" ", Arrays.asList(wa).subList(100, 200))
            + " "
            + invented(r, 80);
    StringBuilder edited = new StringBuilder();
    for (String w : wa) {
      edited.append(r.nextDouble() < 0.06 ? "zulqa" : w).append(' ');
    }
    List<String> texts = List.of(a, b, c, passage, edited.toString().strip(), a);
    List<Sketch> sketches = texts.stream().map(t -> finder.sketch(NormalizedTokens.of(t))).toList();
    long[][] keys = sketches.stream().map(finder::blockingKeys).toArray(long[][]::new);

    List<Candidate> pairs = finder.candidates(sketches);

    assertThat(pairs)
        .extracting(p -> p.a() + "-" + p.b())
        .contains("0-3", "0-4", "0-5", "3-4", "3-5", "4-5");
    for (Candidate p : pairs) {
      assertThat(sharedKeys(keys[p.a()], keys[p.b()])).as(p.a() + "-" + p.b()).isPositive();
    }
    assertThat(sharedKeys(keys[0], keys[1])).isZero();
    assertThat(sharedKeys(keys[1], keys[2])).isZero();
    assertThat(sharedKeys(keys[0], keys[5])).isEqualTo(keys[0].length);
  }

  private static long sharedKeys(long[] x, long[] y) {
    return Arrays.stream(x).filter(k -> Arrays.stream(y).anyMatch(v -> v == k)).count();
  }

  /** Invented words, so that two texts share no run of five words by chance. */
  private static String invented(Random r, int n) {
    String[] syllables = {"ka", "lo", "mi", "ren", "tas", "vo", "pel", "dun", "sor", "fi", "gra"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      for (int s = 0, len = 2 + r.nextInt(3); s < len; s++) {
        sb.append(syllables[r.nextInt(syllables.length)]);
      }
      sb.append(' ');
    }
    return sb.toString().strip();
  }
}
