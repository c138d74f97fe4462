package io.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameClustersTest {

  @Test
  void spellingsOfOneNameShareADisplayName() {
    NameClusters c =
        NameClusters.of(List.of("Morenskiy", "Morensky", "Danylo Morenskyy", "Morenskyy"));
    assertThat(c.canonical("Morenskiy")).isEqualTo("Danylo Morenskyy");
    assertThat(c.same("Morensky", "Morenskyy")).isTrue();
  }

  @Test
  void anAcronymMeetsTheNameItAbbreviates() {
    NameClusters c =
        NameClusters.of(
            List.of("Estermont's Calder Valley Water Board", "CVWB", "Harbour Courier"));
    assertThat(c.same("CVWB", "Estermont's Calder Valley Water Board")).isTrue();
    assertThat(c.same("CVWB", "Harbour Courier")).isFalse();
  }

  @Test
  void aBareSurnameDoesNotSwallowAnotherPersonWithIt() {
    NameClusters c = NameClusters.of(List.of("Seo", "Seo Jin Ho"));
    assertThat(c.same("Seo", "Seo Jin Ho")).isFalse();
  }

  @Test
  void unknownNamesStandForThemselves() {
    NameClusters c = NameClusters.of(List.of("Ana Kessler"));
    assertThat(c.canonical(" Tomas Kessler ")).isEqualTo("Tomas Kessler");
    assertThat(c.canonical(null)).isNull();
  }
}
