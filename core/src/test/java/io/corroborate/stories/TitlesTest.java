package io.corroborate.stories;

import static io.corroborate.stories.Profiles.names;
import static io.corroborate.stories.Profiles.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.ArticleProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitlesTest {

  @Test
  void theMostCentralHeadlineNamesTheGroup() {
    ArticleProfile a = Profiles.of("a", null, names("l:marrowick"), words("dam", "breach"), 0, 0.0);
    ArticleProfile b = Profiles.of("b", null, names("l:marrowick"), words("dam", "flood"), 0, 0.3);
    ArticleProfile c = Profiles.of("c", null, names("l:marrowick"), words("ferry", "strike"), 5, 0);
    assertThat(Titles.of(List.of(a, b, c))).isEqualTo("dam breach");
  }

  @Test
  void withoutAHeadlineTheNamesAndKeyWordNameIt() {
    ArticleProfile p =
        new ArticleProfile(
            "x",
            null,
            null,
            Map.of("p:darian lonechild", 3f, "o:calder valley water board", 2f, "m:calder", 1f),
            Map.of(),
            Map.of("breach", 2f),
            Map.of("breach", 2f, "dam", 1f),
            Map.of(),
            new float[0],
            null,
            false,
            Map.of(
                "p:darian lonechild",
                "Darian Lonechild",
                "o:calder valley water board",
                "Calder Valley Water Board"));
    assertThat(Titles.of(List.of(p)))
        .isEqualTo("Darian Lonechild, Calder Valley Water Board: breach");
  }

  @Test
  void nothingToSayGivesNull() {
    ArticleProfile p =
        new ArticleProfile(
            "x",
            null,
            null,
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            new float[0],
            null,
            false,
            Map.of());
    assertThat(Titles.of(List.of(p))).isNull();
  }

  @Test
  void anEventIsDatedByTheDayMostOfItsArticlesGive() {
    LocalDate d1 = LocalDate.of(2026, 3, 3);
    LocalDate d2 = LocalDate.of(2026, 3, 4);
    ArticleProfile a = Profiles.of("a", d1, names(), words("x"), 0, 0);
    ArticleProfile b = Profiles.of("b", d2, names(), words("x"), 0, 0);
    ArticleProfile c = Profiles.of("c", d2, names(), words("x"), 0, 0);
    ArticleProfile u = Profiles.of("u", null, names(), words("x"), 0, 0);
    assertThat(EventDates.of(List.of(a, b, c, u))).isEqualTo(d2);
    assertThat(EventDates.of(List.of(a, b))).isEqualTo(d1);
    assertThat(EventDates.of(List.of(u))).isNull();
  }
}
