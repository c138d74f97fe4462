package io.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

  /** "Title\n\nBody one.\nBody two." with the body kept as "Body one.\n\nBody two." */
  private static OffsetMap bodyOfExample() {
    return OffsetMap.builder().copy(0, 7, 9).copy(11, 17, 9).build(20);
  }

  @Test
  void mapsCopiedCharactersExactly() {
    OffsetMap m = bodyOfExample();
    assertThat(m.toOriginal(0)).isEqualTo(7);
    assertThat(m.toOriginal(8)).isEqualTo(15);
    assertThat(m.toOriginal(11)).isEqualTo(17);
    assertThat(m.toOriginal(20)).isEqualTo(26);
  }

  @Test
  void mapsSeparatorsToTheEndOfThePreviousSegment() {
    assertThat(bodyOfExample().toOriginal(9)).isEqualTo(16);
  }

  @Test
  void mapsSpansAcrossSegmentsToTheirOuterBounds() {
    OffsetMap m = bodyOfExample();
    assertThat(m.toOriginal(new Span(5, 15))).isEqualTo(new Span(12, 21));
    assertThat(m.toOriginal(new Span(0, 9))).isEqualTo(new Span(7, 16));
  }

  @Test
  void spanInsideAGapIsEmpty() {
    Span s = bodyOfExample().toOriginal(new Span(9, 11));
    assertThat(s.isEmpty()).isTrue();
  }

  @Test
  void mergesContiguousSegments() {
    OffsetMap m = OffsetMap.builder().copy(0, 0, 3).copy(3, 3, 4).build(7);
    assertThat(m.segmentCount()).isEqualTo(1);
  }

  @Test
  void rejectsOverlappingSegments() {
    assertThatThrownBy(() -> OffsetMap.builder().copy(0, 0, 5).copy(3, 10, 2))
        .hasMessageContaining("overlap");
  }

  @Test
  void rejectsPositionsOutsideTheDerivedText() {
    assertThatThrownBy(() -> bodyOfExample().toOriginal(21))
        .hasMessage("position outside the derived text: position=21, length=20");
  }

  @Test
  void replacementSegmentsCoverTheirWholeOriginal() {
    // derived "a&b" from original "a&amp;b"
    OffsetMap m = OffsetMap.builder().copy(0, 0, 1).replace(1, 1, 1, 5).copy(2, 6, 1).build(3);
    assertThat(m.toOriginal(new Span(1, 2))).isEqualTo(new Span(1, 6));
    assertThat(m.toOriginal(new Span(0, 3))).isEqualTo(new Span(0, 7));
    assertThat(m.toOriginal(2)).isEqualTo(6);
  }
}
