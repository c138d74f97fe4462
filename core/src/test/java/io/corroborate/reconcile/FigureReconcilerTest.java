package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Analyses;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.FigureMention;
import io.corroborate.model.InputKind;
import io.corroborate.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A fictional border conflict covered by five outlets, one of which reprints another. */
class FigureReconcilerTest {

  private static final ArticleCleaner CLEANER = new ArticleCleaner();
  private static final FigureReconciler STAGE = new FigureReconciler();

  /** Article ids by the source name the test gives them. */
  static final java.util.Map<String, String> IDS = new java.util.HashMap<>();

  static Article article(String name, String published, String text) {
    Article a =
        CLEANER.clean(
            new RawDocument(
                name,
                InputKind.JSON_TEXT,
                text,
                null,
                name,
                null,
                published,
                "Outlet " + name,
                null,
                null));
    IDS.put(a.id(), name);
    return a;
  }

  static String name(FigureMention m) {
    return IDS.get(m.articleId());
  }

  static String id(String name) {
    return IDS.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .map(java.util.Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  static final String REPRINTED =
      "As many as 9,000 Federation soldiers have been deployed to Vell, an estimated 8,000 of"
          + " whom have been stationed in Kora.\n\n"
          + "President Ilsa Marenko said Federation troops have seen some 2,000 casualties since"
          + " they crossed the border in mid-April.";

  static List<Article> story;
  static List<FigureGroup> groups;
  static List<FigureGroup> groupsWithCopies;

  @BeforeAll
  static void reconcile() {
    story =
        List.of(
            article(
                "a1",
                null,
                "Officials in Tarsk say the Northern Federation has deployed some 8,000 troops to"
                    + " the border region of Vell.\n\n"
                    + "More than 2,000 have been killed or wounded, according to Tarsk."),
            article("a2", null, REPRINTED),
            article("a3", null, REPRINTED),
            article(
                "a4",
                null,
                "President Marenko said at least 2,000 Federation soldiers have died or been"
                    + " wounded in Vell.\n\n"
                    + "Defence spokesman Oren Vask said more than 500 soldiers had died in the past"
                    + " week."),
            article(
                "a5",
                null,
                "Approximately 500 troops were reportedly killed or wounded in the past week,"
                    + " the ministry claimed.\n\n"
                    + "Reports estimate that more than 7,000 soldiers have been sent to the front"
                    + " lines."));
    groups = STAGE.reconcile(Analyses.context(story, List.of()));
    List<CopyLink> links =
        List.of(
            new CopyLink(id("a3"), Relation.VERBATIM, id("a2"), id("a2"), null, 0.98, List.of()),
            new CopyLink(id("a2"), Relation.INDEPENDENT, null, id("a2"), null, 0, List.of()));
    groupsWithCopies = STAGE.reconcile(Analyses.context(story, links));
  }

  static FigureGroup groupWith(List<FigureGroup> gs, String articleId, double value) {
    for (FigureGroup g : gs) {
      for (FigureMention m : g.mentions()) {
        if (name(m).equals(articleId) && m.value() != null && m.value() == value) {
          return g;
        }
      }
    }
    throw new AssertionError("no group holds " + value + " of " + articleId);
  }

  static Set<String> articles(FigureGroup g) {
    Set<String> ids = new TreeSet<>();
    for (FigureMention m : g.mentions()) {
      ids.add(name(m));
    }
    return ids;
  }

  @Test
  void groupsDeploymentFiguresThatTheirQualifiersReconcile() {
    // "as many as 9,000", "some 8,000" and "more than 7,000": 8,000 satisfies every wording
    FigureGroup deployed = groupWith(groups, "a2", 9000);
    assertThat(groupWith(groups, "a1", 8000)).isSameAs(deployed);
    assertThat(groupWith(groups, "a5", 7000)).isSameAs(deployed);
    assertThat(deployed.status()).isEqualTo(FigureGroup.ROUNDING);
    assertThat(deployed.conflicting()).isFalse();
    assertThat(deployed.compatible()).isTrue();
    assertThat(deployed.why()).isNotBlank();
  }

  @Test
  void flagsTheSameCountAtTheSameTimeWithValuesThatDisagree() {
    List<Article> fire =
        List.of(
            article(
                "f1",
                "2031-06-10",
                "The blaze at the Orrin timber yard destroyed 42 warehouses, the fire chief said."),
            article(
                "f2",
                "2031-06-10",
                "Firefighters said the blaze at the Orrin timber yard destroyed 30 warehouses."));
    List<FigureGroup> gs = STAGE.reconcile(Analyses.context(fire, List.of()));
    FigureGroup warehouses = groupWith(gs, "f1", 42);
    assertThat(articles(warehouses)).containsExactly("f1", "f2");
    assertThat(warehouses.status()).isEqualTo(FigureGroup.CONFLICTING);
    assertThat(warehouses.conflicting()).isTrue();
    assertThat(warehouses.why()).contains("42").contains("30");
  }

  @Test
  void callsValuesOverDifferentPlacesAScopeDifference() {
    List<Article> troops =
        List.of(
            article(
                "h1",
                "2031-08-01",
                "Officials say Tarsk has deployed some 6,000 soldiers in Vell's northern Orm"
                    + " district."),
            article(
                "h2",
                "2031-08-01",
                "As many as 7,000 Tarsk soldiers have been deployed to Vell, officials say."));
    List<FigureGroup> gs = STAGE.reconcile(Analyses.context(troops, List.of()));
    FigureGroup deployed = groupWith(gs, "h1", 6000);
    assertThat(articles(deployed)).containsExactly("h1", "h2");
    assertThat(deployed.status()).isEqualTo(FigureGroup.SCOPE);
    assertThat(deployed.conflicting()).isFalse();
  }

  @Test
  void leavesAgesAndNumbersOfWebAddressesOutOfTheTable() {
    List<Article> trial =
        List.of(
            article(
                "g1",
                "2031-02-01",
                "Dovan Rusk, 47, was sentenced to 12 years in prison for the Selby bank fraud."
                    + " Read more at www.example-news.test/courts/2031/998877/story."),
            article(
                "g2",
                "2031-02-01",
                "Dovan Rusk, 47, was jailed for 12 years over the Selby bank fraud, the court"
                    + " heard."));
    List<FigureGroup> gs = STAGE.reconcile(Analyses.context(trial, List.of()));
    for (FigureGroup g : gs) {
      for (FigureMention m : g.mentions()) {
        assertThat(m.value()).isNotIn(47.0, 998877.0, 2031.0);
      }
    }
    assertThat(gs).isNotEmpty();
  }

  @Test
  void keepsAPartThatTheTextDistinguishesApart() {
    FigureGroup deployed = groupWith(groups, "a2", 9000);
    FigureGroup stationed = null;
    for (FigureGroup g : groups) {
      for (FigureMention m : g.mentions()) {
        if (name(m).equals("a2") && m.value() != null && m.value() == 8000.0) {
          stationed = g;
        }
      }
    }
    assertThat(stationed).isNotNull().isNotSameAs(deployed);
  }

  @Test
  void groupsCasualtiesWordedDifferentlyAndFlagsTheWording() {
    FigureGroup casualties = groupWith(groups, "a4", 2000);
    assertThat(articles(casualties)).containsExactly("a1", "a2", "a3", "a4");
    assertThat(casualties.conflicting()).isFalse();
    assertThat(casualties.wordings()).hasSizeGreaterThan(1);
    assertThat(casualties.independentSources()).isEqualTo(4);
  }

  @Test
  void countsAReprintOnceThroughTheCopyGraph() {
    FigureGroup casualties = groupWith(groupsWithCopies, "a4", 2000);
    assertThat(articles(casualties)).hasSize(4);
    assertThat(casualties.independentSources()).isEqualTo(3);
  }

  @Test
  void keepsAWeeklyCountApartFromTheRunningTotal() {
    FigureGroup weekly = groupWith(groups, "a4", 500);
    assertThat(articles(weekly)).containsExactly("a4", "a5");
    assertThat(weekly).isNotSameAs(groupWith(groups, "a4", 2000));
    assertThat(weekly.independentClaimants()).isEqualTo(2);
  }

  @Test
  void normalisesClaimantNames() {
    FigureGroup casualties = groupWith(groups, "a4", 2000);
    // "President Ilsa Marenko" and "President Marenko" are one claimant; Tarsk is another
    assertThat(casualties.independentClaimants()).isEqualTo(2);
  }

  @Test
  void putsLaterHigherFiguresInUpdatesInDateOrder() {
    List<Article> flood =
        List.of(
            article(
                "d1", "2031-03-03", "At least 12 people were killed in the flood, police said."),
            article("d2", "2031-03-04T07:20:00Z", "Fourteen people have now died in the flood."),
            article(
                "d3",
                "2031-03-04T16:45:00Z",
                "Rescuers found another body, bringing the number of people killed in the flood"
                    + " to 15."),
            article("d4", "2031-03-05", "At least 15 people died in the flood."));
    List<FigureGroup> gs = STAGE.reconcile(Analyses.context(flood, List.of()));
    FigureGroup dead = groupWith(gs, "d1", 12);
    assertThat(articles(dead)).containsExactly("d1", "d2", "d3", "d4");
    List<Double> updates = new ArrayList<>();
    for (FigureMention m : dead.updates()) {
      updates.add(m.value());
    }
    assertThat(updates).containsExactly(14.0, 15.0);
    assertThat(dead.conflicting()).isFalse();
    assertThat(dead.status()).isEqualTo(FigureGroup.UPDATED);
  }

  @Test
  void groupsPeopleDisplacedWhateverTheWording() {
    List<Article> storm =
        List.of(
            article(
                "e1",
                "2031-05-02",
                "Storm surge forced about 6,000 residents of Kellin from their homes, the coast"
                    + " guard said."),
            article("e2", "2031-05-02", "More than 5,000 people were evacuated from Kellin."),
            article(
                "e3",
                "2031-05-03",
                "About 7,000 people have now fled their homes along the Kellin shore."));
    List<FigureGroup> gs = STAGE.reconcile(Analyses.context(storm, List.of()));
    FigureGroup displaced = groupWith(gs, "e1", 6000);
    assertThat(articles(displaced)).containsExactly("e1", "e2", "e3");
  }

  @Test
  void readsTheWordsOfANeighbouringFigureAsItsOwnNotAsThisOnes() {
    // "at least" qualifies the 43 dead, "so far" the deadliest strike, "ten of them" a part of the
    // 55: none makes the wounded a provisional tally or a part, so 55 and 100 disagree
    List<Article> blast =
        List.of(
            article(
                "w1",
                null,
                "At least 43 people were killed and 55 wounded in the blast at the Dorran market,"
                    + " ten of them critically."),
            article(
                "w2",
                null,
                "The blast at the Dorran market wounded around 100 people, the deadliest strike"
                    + " of the offensive so far."));
    List<FigureGroup> gs = STAGE.reconcile(Analyses.context(blast, List.of()));
    FigureGroup wounded = groupWith(gs, "w1", 55);
    assertThat(articles(wounded)).containsExactly("w1", "w2");
    assertThat(wounded.status()).isEqualTo(FigureGroup.CONFLICTING);
  }

  @Test
  void comparesLengthsWhateverTheSpellingOfTheirUnit() {
    List<Article> fall =
        List.of(
            article(
                "m1",
                null,
                "A 40-year-old climber died after falling about 150 metres from a ridge on Mount"
                    + " Arlen."),
            article(
                "m2",
                null,
                "A climber died on Mount Arlen after he slipped and fell about 200m from a"
                    + " ridge."));
    List<FigureGroup> gs = STAGE.reconcile(Analyses.context(fall, List.of()));
    FigureGroup fell = groupWith(gs, "m1", 150);
    assertThat(articles(fell)).containsExactly("m1", "m2");
    assertThat(fell.status()).isEqualTo(FigureGroup.CONFLICTING);
  }

  @Test
  void readsWhatALightVerbLeftPeopleInFromTheWordsAfterThem() {
    // "leaving 40 people dead" counts the dead, "left 50 people with serious injuries" the injured
    List<Article> school =
        List.of(
            article(
                "l1",
                null,
                "The shelling of the Dorran school left 40 people dead, the relief agency said."),
            article(
                "l2",
                null,
                "The shelling of the Dorran school left 50 people with serious injuries."));
    List<FigureGroup> gs = STAGE.reconcile(Analyses.context(school, List.of()));
    FigureGroup dead = groupWith(gs, "l1", 40);
    assertThat(dead.conflicting()).isFalse();
    assertThat(dead.status()).isNotEqualTo(FigureGroup.CONFLICTING);
  }

  @Test
  void outputDoesNotDependOnTheRun() {
    List<FigureGroup> again = STAGE.reconcile(Analyses.context(story, List.of()));
    assertThat(again).isEqualTo(groups);
  }
}
