package io.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateMentionsTest {

  private static final LocalDate REF = LocalDate.of(2026, 3, 5); // a Thursday

  private static DateMention resolve(String value, LocalDate ref) {
    return DateMentions.resolve("x", 0, 1, value, ref, 0, false);
  }

  private static DateMention ahead(String value, LocalDate ref) {
    return DateMentions.resolve("x", 0, 1, value, ref, 0, true);
  }

  @Test
  void fullDatesNeedNoReference() {
    DateMention d = resolve("2013-05-03", null);
    assertThat(d.date()).isEqualTo(LocalDate.of(2013, 5, 3));
    assertThat(d.granularity()).isEqualTo(DateGranularity.DAY);
    assertThat(resolve("2013-05", null).granularity()).isEqualTo(DateGranularity.MONTH);
    assertThat(resolve("2022", null).lastDay()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(resolve("2026-W10", null).date()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void weekdaysResolveToTheLatestSuchDayOnOrBeforeTheReference() {
    assertThat(resolve("XXXX-WXX-2", REF).date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(resolve("XXXX-WXX-4", REF).date()).isEqualTo(REF);
    assertThat(resolve("XXXX-WXX-5", REF).date()).isEqualTo(LocalDate.of(2026, 2, 27));
  }

  @Test
  void daysAndMonthsWithoutAYearTakeTheReferenceYearUnlessThatIsTooLate() {
    assertThat(resolve("XXXX-03-01", REF).date()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(resolve("XXXX-12-24", REF).date()).isEqualTo(LocalDate.of(2025, 12, 24));
    assertThat(resolve("XXXX-11", REF).date()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(resolve("PRESENT_REF", REF).date()).isEqualTo(REF);
  }

  @Test
  void aWeekdayTheVerbPointsAheadToIsTheNextSuchDay() {
    assertThat(ahead("XXXX-WXX-5", REF).date()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(ahead("XXXX-WXX-4", REF).date()).isEqualTo(REF);
    assertThat(ahead("XXXX-WXX-7TNI", REF).date()).isEqualTo(LocalDate.of(2026, 3, 8));
  }

  @Test
  void offsetsCountFromTheReference() {
    assertThat(resolve("OFFSET P-1D", REF).date()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(resolve("OFFSET P1D", REF).date()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(resolve("OFFSET P-2W", REF).granularity()).isEqualTo(DateGranularity.WEEK);
    assertThat(resolve("OFFSET P-2W", REF).date()).isEqualTo(LocalDate.of(2026, 2, 16));
    assertThat(resolve("THIS P1D", REF).date()).isEqualTo(REF);
    assertThat(resolve("THIS P1W", REF).date()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(resolve("THIS P1W OFFSET P-1W", REF).date()).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(resolve("THIS P1M OFFSET P-1M", REF).date()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(resolve("THIS P1M OFFSET P-1M", REF).granularity()).isEqualTo(DateGranularity.MONTH);
    assertThat(resolve("THIS P1Y OFFSET P-1Y", REF).date()).isEqualTo(LocalDate.of(2025, 1, 1));
    // "last Friday" and "next Monday": that day in the week before or after the reference's
    assertThat(resolve("XXXX-WXX-5 OFFSET P-1W", REF).date()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(resolve("XXXX-WXX-1 OFFSET P1W", REF).date()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(resolve("OFFSET P-1D", null).resolved()).isFalse();
  }

  @Test
  void whatCannotBeResolvedStaysOpen() {
    assertThat(resolve("XXXX-WXX-2", null).resolved()).isFalse();
    assertThat(resolve("PAST_REF", REF).resolved()).isFalse();
    assertThat(resolve("2013-02-31", null).resolved()).isFalse();
    assertThat(resolve("XXXX-WXX-9", REF).resolved()).isFalse();
  }
}
