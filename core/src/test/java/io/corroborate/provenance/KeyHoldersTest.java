package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A newcomer is paired with every holder of a key up to the bound, then with the first few. */
class KeyHoldersTest {

  private static List<Integer> paired(KeyHolders h, long key) {
    List<Integer> out = new ArrayList<>();
    h.forEachPaired(key, out::add);
    return out;
  }

  @Test
  void pairsEveryHolderUpToTheBoundThenTheAnchorsOnly() {
    KeyHolders h = new KeyHolders();
    assertThat(paired(h, 7)).isEmpty();
    h.add(7, 3);
    assertThat(paired(h, 7)).containsExactly(3);
    h.add(7, 5);
    h.add(-7, 9);
    assertThat(paired(h, 7)).containsExactly(3, 5);
    assertThat(paired(h, -7)).containsExactly(9);
    int bound = LshBands.MAX_BUCKET_PAIRS_SIZE;
    for (int i = 2; i < bound - 1; i++) {
      h.add(7, 100 + i);
    }
    assertThat(paired(h, 7)).hasSize(bound - 1).startsWith(3, 5);
    h.add(7, 1_000);
    assertThat(paired(h, 7))
        .containsExactlyElementsOf(
            IntStream.range(0, LshBands.ANCHORS)
                .mapToObj(i -> i == 0 ? 3 : i == 1 ? 5 : 100 + i)
                .toList());
    h.add(7, 2_000);
    assertThat(paired(h, 7)).hasSize(LshBands.ANCHORS).startsWith(3, 5);
    assertThat(paired(h, 0)).isEmpty();
  }
}
