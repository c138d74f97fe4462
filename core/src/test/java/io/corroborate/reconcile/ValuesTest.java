package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Qualifier;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void precisionFollowsTheLastStatedDigit() {
    assertThat(Values.precision(11_000)).isEqualTo(1000);
    assertThat(Values.precision(4_500)).isEqualTo(100);
    assertThat(Values.precision(12)).isEqualTo(1);
    assertThat(Values.precision(1.5)).isEqualTo(0.1);
  }

  @Test
  void differentRoundNumbersDifferBeyondRounding() {
    assertThat(Values.beyondRounding(11_000, 12_000)).isTrue();
    assertThat(Values.beyondRounding(10_000, 12_000)).isFalse();
    assertThat(Values.beyondRounding(4_000, 4_100)).isFalse();
    assertThat(Values.beyondRounding(12, 14)).isTrue();
  }

  @Test
  void qualifiersBoundTheTruth() {
    assertThat(Values.allowed(12_000.0, null, 12_000.0, Qualifier.UP_TO)[1]).isEqualTo(12_000);
    assertThat(Values.allowed(10_000.0, 10_000.0, null, Qualifier.MORE_THAN)[0])
        .isGreaterThan(10_000);
    double[] about = Values.allowed(11_000.0, null, null, Qualifier.ABOUT);
    assertThat(about[0]).isLessThan(11_000);
    assertThat(about[1]).isGreaterThan(11_000);
  }
}
