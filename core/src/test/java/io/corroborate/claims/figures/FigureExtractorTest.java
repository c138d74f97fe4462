package io.corroborate.claims.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.Figure;
import io.corroborate.model.FigureKind;
import io.corroborate.model.FoundFigure;
import io.corroborate.model.Qualifier;
import io.corroborate.nlp.AnalyzedArticle;
import io.corroborate.nlp.CoreNlp;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {

  private static final FigureExtractor EXTRACTOR = new FigureExtractor();

  private static List<Figure> figures(String text) {
    Article a = Articles.of("t", text);
    return EXTRACTOR.extract(new AnalyzedArticle(a, CoreNlp.shared()));
  }

  private static Figure only(String text) {
    List<Figure> fs = figures(text);
    assertThat(fs).as(text).hasSize(1);
    return fs.get(0);
  }

  @Test
  void readsAQualifiedCountWithItsEventAndClaimant() {
    Figure f =
        only(
            "More than 2,000 Federation soldiers have been killed or wounded, according to Tarsk.");
    assertThat(f.kind()).isEqualTo(FigureKind.COUNT);
    assertThat(f.value()).isEqualTo(2000.0);
    assertThat(f.low()).isEqualTo(2000.0);
    assertThat(f.high()).isNull();
    assertThat(f.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(f.unit()).isEqualTo("soldiers");
    assertThat(f.counts()).isEqualTo("Federation soldiers killed or wounded");
    assertThat(f.claimant()).isEqualTo("Tarsk");
    assertThat(f.text()).isEqualTo("More than 2,000 Federation soldiers");
  }

  @Test
  void creditsTheSubjectOfAReportingVerb() {
    Figure f = only("Defence spokesman Oren Vask said some 8,000 troops had been sent to Vell.");
    assertThat(f.claimant()).isEqualTo("Defence spokesman Oren Vask");
    assertThat(f.qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(f.counts()).startsWith("troops sent");
  }

  @Test
  void aFigurePutAtAValueCountsTheObjectAndCreditsTheSubject() {
    Figure f = only("Harbour officials put the repair bill at 9 million florins.");
    assertThat(f.counts()).contains("repair bill").doesNotContain("officials");
    assertThat(f.claimant()).isEqualTo("Harbour officials");
  }

  @Test
  void theDefiniteDescriptionOfANamedSourceIsCreditedToItsName() {
    List<Figure> figures =
        figures(
            "Some 14 crossings were cancelled on Monday, the Velsa Island Transport Board said."
                + " About 2,000 travellers were stranded overnight, the board said.");
    assertThat(figures).extracting(Figure::claimant).containsOnly("Velsa Island Transport Board");
  }

  @Test
  void passiveAndNonCountingUsesOfReportingVerbsCreditNobody() {
    assertThat(only("The new bridge is expected to take four years.").claimant()).isNull();
    assertThat(only("The review board will report within nine months.").claimant()).isNull();
  }

  @Test
  void readsTheQualifiersOfTheContract() {
    assertThat(only("As many as 9,000 troops were deployed.").qualifier())
        .isEqualTo(Qualifier.UP_TO);
    assertThat(only("At least 12 people died.").qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(only("Fewer than 40 boats were sent.").qualifier()).isEqualTo(Qualifier.LESS_THAN);
    assertThat(only("No more than 30 guests came.").qualifier()).isEqualTo(Qualifier.AT_MOST);
    assertThat(only("An estimated 700 homes were flooded.").qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(only("Nearly 4,000 people were evacuated.").qualifier()).isEqualTo(Qualifier.ABOUT);
  }

  @Test
  void readsNumbersInWordsAndMagnitudes() {
    assertThat(only("More than a dozen fishermen were rescued.").value()).isEqualTo(12.0);
    assertThat(only("The plan costs 1.5 million florins.").value()).isEqualTo(1_500_000.0);
    assertThat(only("Twelve thousand people marched.").value()).isEqualTo(12_000.0);
    Figure money = only("The port earned $1.2bn last year.");
    assertThat(money.kind()).isEqualTo(FigureKind.MONEY);
    assertThat(money.value()).isEqualTo(1.2e9);
    assertThat(money.unit()).isEqualTo("$");
  }

  @Test
  void readsRangesAndOrdersOfMagnitude() {
    Figure range = only("Between 10 and 12 thousand people fled the valley.");
    assertThat(range.value()).isNull();
    assertThat(range.low()).isEqualTo(10_000.0);
    assertThat(range.high()).isEqualTo(12_000.0);
    assertThat(range.qualifier()).isEqualTo(Qualifier.RANGE);
    Figure thousands = only("Thousands of residents left the coast.");
    assertThat(thousands.value()).isNull();
    assertThat(thousands.low()).isEqualTo(1000.0);
    assertThat(thousands.high()).isEqualTo(10_000.0);
    Figure several = only("Several villagers were missing.");
    assertThat(several.value()).isNull();
    assertThat(several.low()).isNull();
  }

  @Test
  void tellsPercentagesAgesAndDurations() {
    Figure pct = only("Turnout rose to 45% in the northern districts.");
    assertThat(pct.kind()).isEqualTo(FigureKind.PERCENT);
    assertThat(pct.value()).isEqualTo(45.0);
    Figure age = only("A 32-year-old fisherman was found alive.");
    assertThat(age.kind()).isEqualTo(FigureKind.AGE);
    assertThat(age.value()).isEqualTo(32.0);
    Figure days = only("He hid in a cellar for two days.");
    assertThat(days.kind()).isEqualTo(FigureKind.DURATION);
    assertThat(days.unit()).isEqualTo("days");
  }

  @Test
  void readsTheTimeScopeAndHedging() {
    Figure week =
        only("Approximately 500 troops were reportedly killed or wounded in the past week.");
    assertThat(week.timeScope()).isEqualTo("in the past week");
    assertThat(week.hedged()).isTrue();
    Figure daily = only("Some 1,500 soldiers are wounded each day, the ministry said.");
    assertThat(daily.timeScope()).isEqualTo("each day");
    assertThat(daily.hedged()).isFalse();
    Figure since =
        only("Federation troops have seen some 2,000 casualties since they arrived in mid-April.");
    assertThat(since.timeScope()).isEqualTo("since mid-April");
  }

  @Test
  void leavesOutYearsDatesTimesPhoneNumbersAndListNumbering() {
    assertThat(figures("The bridge was built in 1962 and reopened on March 3, 2026.")).isEmpty();
    assertThat(figures("The hearing starts at 10:30 a.m. on Tuesday.")).isEmpty();
    assertThat(figures("For help, call the Vell helpline on 0800-555-0199 or dial 999.")).isEmpty();
    assertThat(figures("1. Bring water.\n\n2. Bring a torch.")).isEmpty();
    assertThat(figures("The Federation launched the Series 7 rocket.")).isEmpty();
  }

  @Test
  void keepsASubsetApartFromItsWhole() {
    List<FoundFigure> fs =
        EXTRACTOR.find(
            new AnalyzedArticle(
                Articles.of(
                    "t",
                    "As many as 9,000 soldiers have been deployed to Vell, an estimated 8,000 of"
                        + " whom have been stationed in Kora."),
                CoreNlp.shared()));
    assertThat(fs).hasSize(2);
    assertThat(fs.get(0).subset()).isFalse();
    assertThat(fs.get(0).event()).isEqualTo("deploy");
    assertThat(fs.get(1).subset()).isTrue();
    assertThat(fs.get(1).event()).isEqualTo("station");
  }

  @Test
  void offsetsIndexTheTextAsRead() {
    String text = "Harbour news\n\nAbout 4,000 residents left their homes, officials said.\n";
    Article a = Articles.of("t", text);
    List<FoundFigure> fs = EXTRACTOR.find(new AnalyzedArticle(a, CoreNlp.shared()));
    assertThat(fs).isNotEmpty();
    for (FoundFigure f : fs) {
      assertThat(text.substring(f.figure().start(), f.figure().end())).isEqualTo(f.figure().text());
      assertThat(f.sentence().start()).isLessThanOrEqualTo(f.figure().start());
      assertThat(f.sentence().end()).isGreaterThanOrEqualTo(f.figure().end());
    }
    assertThat(fs.get(0).figure().text()).isEqualTo("About 4,000 residents");
  }

  @Test
  void aConversionInBracketsCountsWhatTheFigureBeforeItCounts() {
    List<Figure> fs = figures("The flood barrier will cost 18 million crowns ($2.1 million).");
    assertThat(fs).hasSize(2);
    assertThat(fs.get(1).kind()).isEqualTo(FigureKind.MONEY);
    assertThat(fs.get(1).counts()).isEqualTo(fs.get(0).counts());
  }
}
