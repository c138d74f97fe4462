package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeKeysTest {

  @Test
  void runningTotalsShareAKey() {
    assertThat(ScopeKeys.of(null)).isEqualTo("total");
    assertThat(ScopeKeys.of("since mid-November")).isEqualTo("total");
  }

  @Test
  void periodsAreKeyedByTheirUnit() {
    assertThat(ScopeKeys.of("in the past week")).isEqualTo(ScopeKeys.of("over the last week"));
    assertThat(ScopeKeys.of("each day")).isEqualTo(ScopeKeys.of("every day"));
    assertThat(ScopeKeys.of("each day")).isNotEqualTo(ScopeKeys.of("in the past week"));
  }
}
