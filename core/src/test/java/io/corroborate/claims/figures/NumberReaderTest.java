package io.corroborate.claims.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberReaderTest {

  @Test
  void readsDigitGroupsAndDecimals() {
    assertThat(NumberReader.parseDigits("12,000").value()).isEqualTo(12000.0);
    assertThat(NumberReader.parseDigits("1,307,000").value()).isEqualTo(1307000.0);
    assertThat(NumberReader.parseDigits("1.5").value()).isEqualTo(1.5);
    assertThat(NumberReader.parseDigits(".001").value()).isEqualTo(0.001);
  }

  @Test
  void refusesMalformedGroupsClockTimesAndHugeNumbers() {
    assertThat(NumberReader.parseDigits("1,2,3,4,5")).isNull();
    assertThat(NumberReader.parseDigits("10:30")).isNull();
    assertThat(NumberReader.parseDigits("9".repeat(400))).isNull();
  }

  @Test
  void keepsWhatIsGluedToTheDigits() {
    NumberReader.Digits g = NumberReader.parseDigits("45g");
    assertThat(g.value()).isEqualTo(45.0);
    assertThat(g.suffix()).isEqualTo("g");
    assertThat(NumberReader.parseDigits("11th").ordinal()).isTrue();
    assertThat(NumberReader.parseDigits("32-year-old").suffix()).isEqualTo("-year-old");
  }
}
