package io.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BudgetTest {

  @Test
  void runsOutOnlyAfterItsLimitOnTheGivenClock() {
    AtomicLong now = new AtomicLong(1_000);
    Budget b = Budget.of(Duration.ofMillis(5), now::get);
    now.addAndGet(Duration.ofMillis(5).toNanos());
    assertThat(b.exceeded()).isFalse();
    b.check("ner");
    now.addAndGet(1);
    assertThat(b.exceeded()).isTrue();
    assertThatThrownBy(() -> b.check("ner"))
        .isInstanceOf(Budget.Exceeded.class)
        .hasMessage("time budget of 5 ms per document ran out before ner");
  }

  @Test
  void noneNeverRunsOut() {
    assertThat(Budget.NONE.exceeded()).isFalse();
    Budget.NONE.check("pos");
  }

  @Test
  void rejectsALimitThatIsNotPositive() {
    assertThatThrownBy(() -> Budget.of(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit=PT0S");
  }
}
