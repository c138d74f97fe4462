package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateTextTest {

  @Test
  void readsDateLinesInTheFormsNewsPagesWrite() {
    assertThat(DateText.parseDateLine("January 14, 2025")).hasToString("2025-01-14");
    assertThat(DateText.parseDateLine("Published: 14 Jan. 2025")).hasToString("2025-01-14");
    assertThat(DateText.parseDateLine("Tuesday, January 14, 2025 9:30 AM ET"))
        .hasToString("2025-01-14T09:30:00");
    assertThat(DateText.parseDateLine("Wednesday 4 March 2026 07:20"))
        .hasToString("2026-03-04T07:20:00");
    assertThat(DateText.parseDateLine("4. März 2026")).hasToString("2026-03-04");
    assertThat(DateText.parseDateLine("le 4 mars 2026 à 07h20")).hasToString("2026-03-04T07:20:00");
  }

  @Test
  void aLineThatSaysMoreThanADateIsNotADateLine() {
    assertThat(DateText.parseDateLine("On January 14, 2025 the soldiers were captured")).isNull();
    assertThat(DateText.parseDateLine("January 14")).isNull();
  }

  @Test
  void parsesMetaValuesInIsoAndRfcForms() {
    assertThat(DateText.parse("2026-03-04T07:20:00+01:00"))
        .hasToString("2026-03-04T07:20:00+01:00");
    assertThat(DateText.parse("2026-03-04 07:20:00")).hasToString("2026-03-04T07:20:00");
    assertThat(DateText.parse("Thu, 05 Mar 2026 08:00:00 GMT")).hasToString("2026-03-05T08:00:00Z");
    assertThat(DateText.parse("not a date")).isNull();
  }
}
