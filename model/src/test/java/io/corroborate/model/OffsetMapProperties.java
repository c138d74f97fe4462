package io.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class OffsetMapProperties {

  private static OffsetMap bodyOfExample() {
    return OffsetMap.builder().copy(0, 7, 9).copy(11, 17, 9).build(20);
  }

  @Property
  void identityMapsEveryPositionToItself(
      @ForAll @IntRange(min = 0, max = 500) int length,
      @ForAll @IntRange(min = 0, max = 500) int p) {
    int pos = Math.min(p, length);
    assertThat(OffsetMap.identity(length).toOriginal(pos)).isEqualTo(pos);
  }

  @Property
  void spansStayInsideTheOriginal(
      @ForAll @IntRange(min = 0, max = 20) int a, @ForAll @IntRange(min = 0, max = 20) int b) {
    Span derived = new Span(Math.min(a, b), Math.max(a, b));
    Span original = bodyOfExample().toOriginal(derived);
    assertThat(original.start()).isBetween(7, 26);
    assertThat(original.end()).isBetween(original.start(), 26);
  }
}
