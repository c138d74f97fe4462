package io.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsStartAfterEndNamingBothValues() {
    assertThatThrownBy(() -> new Span(12, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start must not exceed end: start=12, end=9");
  }

  @Test
  void rejectsNegativeStart() {
    assertThatThrownBy(() -> new Span(-1, 3)).hasMessageContaining("start=-1");
  }

  @Test
  void overlapAndContainmentAreHalfOpen() {
    Span a = new Span(0, 5);
    assertThat(a.overlaps(new Span(5, 8))).isFalse();
    assertThat(a.overlaps(new Span(4, 8))).isTrue();
    assertThat(a.contains(new Span(1, 5))).isTrue();
    assertThat(a.contains(new Span(1, 6))).isFalse();
    assertThat(a.in("hello world")).isEqualTo("hello");
  }
}
