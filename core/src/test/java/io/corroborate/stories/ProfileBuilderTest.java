package io.corroborate.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Fixtures;
import io.corroborate.model.ArticleProfile;
import io.corroborate.model.NewsDate;
import io.corroborate.nlp.AnalysisCache;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Profiles from real CoreNLP analysis, without embeddings. */
class ProfileBuilderTest {

  private static final ProfileBuilder BUILDER =
      new ProfileBuilder(
          new AnalysisCache(),
          null,
          new DatePolicy(DatePolicy.DEFAULT_EARLIEST, LocalDate.of(2030, 1, 1)));

  @Test
  void readsTheDayOfTheHappeningAgainstThePublicationDate() {
    ArticleProfile p =
        BUILDER.profile(
            Fixtures.article(
                "a",
                "Dam breach floods Marrowick",
                "The Calder dam above Marrowick gave way on Tuesday, the Calder Valley Water Board"
                    + " said. Fourteen people died and 2,350 were evacuated.",
                NewsDate.of(LocalDate.of(2026, 3, 5))));
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(p.eventDate()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(p.dates()).containsKey("d:2026-03-03");
    assertThat(p.entities()).containsKeys("l:marowick", "o:calder valey water board", "o:cvwb");
    assertThat(p.terms()).containsKeys("breach", "evacuate", "#2350");
    assertThat(p.headline()).isEqualTo("Dam breach floods Marrowick");
    assertThat(p.titled()).isTrue();
  }

  @Test
  void withoutADateTakesTheDatelineAtTheTop() {
    ArticleProfile p =
        BUILDER.profile(
            Fixtures.article(
                "b",
                null,
                "March 3, 2026\n\nFerry crews in Port Hallam walked out on Monday over pay, the"
                    + " Hallam Ferry Union said.",
                null));
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(p.eventDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(p.titled()).isFalse();
  }

  @Test
  void datesThatCannotBeRightAreIgnored() {
    ArticleProfile p =
        BUILDER.profile(
            Fixtures.article(
                "c",
                null,
                "Ferry crews in Port Hallam walked out over pay.",
                NewsDate.of(LocalDate.of(2091, 1, 1))));
    assertThat(p.date()).isNull();
    assertThat(p.eventDate()).isNull();
  }

  @Test
  void anEmptyArticleHasAnEmptyProfile() {
    ArticleProfile p = BUILDER.profile(Fixtures.article("d", null, "", null));
    assertThat(p.isEmpty()).isTrue();
    assertThat(p.headline()).isNull();
  }
}
