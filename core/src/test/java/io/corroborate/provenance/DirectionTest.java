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
        farm,
        i);
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

  @Test
  void ofARetellingTheTextOtherOutletsCarryIsTheSourceWhateverTheOrder() {
    ArticleFacts retelling = facts(0, null, null, Set.of(), 0);
    ArticleFacts wire = facts(1, null, null, Set.of(), 0);
    Direction.Decision d =
        Direction.decideRetelling(
            retelling,
            wire,
            0.6,
            0.9,
            new Direction.Signals(1, 0, 0.1),
            new Direction.Signals(4, 0, 0.1));
    assertThat(d.source()).isEqualTo(wire);
    assertThat(d.reason()).isEqualTo(Direction.Reason.CARRIED);
  }

  @Test
  void ofARetellingTheTextWhoseWordingOtherReportsShareIsTheSource() {
    ArticleFacts a = facts(0, null, null, Set.of(), 0);
    ArticleFacts b = facts(1, null, null, Set.of(), 0);
    Direction.Decision d =
        Direction.decideRetelling(
            a, b, 1, 1, new Direction.Signals(1, 2, 0.2), new Direction.Signals(1, 20, 0.2));
    assertThat(d.source()).isEqualTo(b);
  }

  @Test
  void aPaddedRetellingSparseInSpecificsIsTheCopyThoughItHoldsMore() {
    ArticleFacts retelling = facts(0, null, null, Set.of(), 0);
    ArticleFacts original = facts(1, null, null, Set.of(), 0);
    // the retelling adds framing, so containment alone would call it the source
    Direction.Decision d =
        Direction.decideRetelling(
            retelling,
            original,
            0.6,
            0.8,
            new Direction.Signals(1, 0, 0.13),
            new Direction.Signals(1, 0, 0.18));
    assertThat(d.source()).isEqualTo(original);
    assertThat(d.reason()).isEqualTo(Direction.Reason.SPECIFICS);
  }

  @Test
  void aDateStillDecidesBeforeTheSignalsOfARetelling() {
    ArticleFacts early = facts(0, "2026-03-03T08:00:00Z", "x", Set.of(), 0);
    ArticleFacts late = facts(1, "2026-03-04T08:00:00Z", "y", Set.of(), 0);
    Direction.Decision d =
        Direction.decideRetelling(
            late, early, 1, 1, new Direction.Signals(5, 40, 0.3), new Direction.Signals(1, 0, 0.1));
    assertThat(d.source()).isEqualTo(early);
  }

  @Test
  void specificityCountsNamesAndFiguresInsideSentences() {
    assertThat(Specificity.of("The Harbour Board said 14 ferries sailed.")).isEqualTo(3 / 7.0);
    assertThat(Specificity.of("The board said ferries sailed.")).isZero();
    assertThat(Specificity.of("")).isZero();
  }
}
