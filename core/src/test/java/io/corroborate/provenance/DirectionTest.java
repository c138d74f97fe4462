package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.NewsDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectionTest {

  private static ArticleFacts facts(
      int i, String date, String outlet, Set<String> credits, int farm) {
    return new ArticleFacts(
        i,
        "a" + i,
        date == null ? null : NewsDate.parse(date),
        outlet,
        credits,
        null,
        null,
        null,
        farm);
  }

  @Test
  void aCreditDecidesBeforeDates() {
    ArticleFacts wire = facts(0, "2026-03-04T10:00:00Z", "wire", Set.of(), 0);
    ArticleFacts paper = facts(1, "2026-03-03T10:00:00Z", "paper", Set.of("wire"), 0);
    Direction.Decision d = Direction.decide(wire, paper, 1, 1, 100, 100);
    assertThat(d.source()).isEqualTo(wire);
    assertThat(d.reason()).isEqualTo(Direction.Reason.CREDIT);
  }

  @Test
  void theEarlierPublishedIsTheSourceBeyondThePrecisionOfTheDates() {
    ArticleFacts early = facts(0, "2026-03-03T08:00:00Z", "x", Set.of(), 0);
    ArticleFacts late = facts(1, "2026-03-03T11:00:00Z", "y", Set.of(), 0);
    assertThat(Direction.decide(late, early, 1, 1, 10, 10).source()).isEqualTo(early);
    ArticleFacts sameDay = facts(2, "2026-03-03", "z", Set.of(), 0);
    assertThat(Direction.decide(sameDay, late, 1, 1, 10, 10).reason())
        .isNotEqualTo(Direction.Reason.DATE);
  }

  @Test
  void theArticleHoldingMoreThanTheSharedTextIsTheSource() {
    ArticleFacts big = facts(0, null, null, Set.of(), 0);
    ArticleFacts small = facts(1, null, null, Set.of(), 0);
    Direction.Decision d = Direction.decide(small, big, 0.9, 0.4, 100, 300);
    assertThat(d.source()).isEqualTo(big);
    assertThat(d.reason()).isEqualTo(Direction.Reason.CONTAINMENT);
  }

  @Test
  void aContentFarmCopiesWhenTheTextsDoNotDecide() {
    ArticleFacts farm = facts(0, null, null, Set.of(), 2);
    ArticleFacts site = facts(1, null, null, Set.of(), 0);
    assertThat(Direction.decide(farm, site, 1, 1, 100, 100).source()).isEqualTo(site);
  }
}
