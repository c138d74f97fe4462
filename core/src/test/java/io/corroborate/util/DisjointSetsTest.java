package io.corroborate.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DisjointSetsTest {

  @Test
  void joinsTransitivelyAndTheSmallestMemberIsTheRoot() {
    DisjointSets s = new DisjointSets(6);
    s.union(4, 2);
    s.union(5, 4);
    s.union(1, 3);
    assertThat(s.find(5)).isEqualTo(2);
    assertThat(s.find(4)).isEqualTo(2);
    assertThat(s.find(3)).isEqualTo(1);
    assertThat(s.find(0)).isZero();
    assertThat(s.find(1)).isNotEqualTo(s.find(2));
  }

  @Test
  void attachKeepsTheGivenRoot() {
    DisjointSets s = new DisjointSets(4);
    s.attach(0, 3);
    s.attach(1, 0);
    assertThat(s.find(0)).isEqualTo(3);
    assertThat(s.find(1)).isEqualTo(3);
    assertThat(s.find(2)).isEqualTo(2);
  }

  @Test
  void rejectsANegativeSize() {
    assertThatThrownBy(() -> new DisjointSets(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void theSetsDoNotDependOnTheOrderOfTheUnions(
      @ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
    Random random = new Random(seed);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pairs.add(new int[] {random.nextInt(n), random.nextInt(n)});
    }
    DisjointSets forward = new DisjointSets(n);
    pairs.forEach(p -> forward.union(p[0], p[1]));
    Collections.shuffle(pairs, random);
    DisjointSets shuffled = new DisjointSets(n);
    pairs.forEach(p -> shuffled.union(p[1], p[0]));
    for (int i = 0; i < n; i++) {
      assertThat(shuffled.find(i)).isEqualTo(forward.find(i));
    }
  }
}
