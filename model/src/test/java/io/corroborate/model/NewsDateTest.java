package io.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NewsDateTest {

  @Test
  void printsTheFormItWasParsedFrom() {
    assertThat(NewsDate.parse("2025-01-14")).hasToString("2025-01-14");
    assertThat(NewsDate.parse("2025-01-14T09:30:00Z")).hasToString("2025-01-14T09:30:00Z");
    assertThat(NewsDate.parse("2025-01-14T09:30+01:00")).hasToString("2025-01-14T09:30:00+01:00");
    assertThat(NewsDate.parse("2025-01-14T09:30:15")).hasToString("2025-01-14T09:30:15");
  }

  @Test
  void ordersByInstantWithBareDaysAtMidnightUtc() {
    assertThat(NewsDate.parse("2025-01-14")).isLessThan(NewsDate.parse("2025-01-14T00:00:01Z"));
    assertThat(NewsDate.parse("2025-01-14T10:00:00+02:00"))
        .isLessThan(NewsDate.parse("2025-01-14T09:00:00Z"));
  }

  @Test
  void quotesTheInputItCannotParse() {
    assertThatThrownBy(() -> NewsDate.parse("next Tuesday"))
        .hasMessage("not an ISO-8601 date: \"next Tuesday\"");
  }
}
