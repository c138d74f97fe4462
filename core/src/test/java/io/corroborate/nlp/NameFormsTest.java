package io.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormsTest {

  @Test
  void transliterationsOfOneNameShareAKey() {
    assertThat(NameForms.key("Zelenskiy"))
        .isEqualTo(NameForms.key("Zelensky"))
        .isEqualTo(NameForms.key("Zelenskyy"));
    assertThat(NameForms.key("Volodymyr Zelenskyy"))
        .isEqualTo(NameForms.key("Volodymyr Zelenskiy"));
  }

  @Test
  void foldingReachesAFixedPointInOneCall() {
    // one pass turns "abaiyi" into "abaiy", which ends in "iy" again
    assertThat(NameForms.fold("abaiyi")).isEqualTo("abay");
    assertThat(NameForms.fold("abcyiy")).isEqualTo(NameForms.fold(NameForms.fold("abcyiy")));
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(NameForms.key("Kim")).isNotEqualTo(NameForms.key("Kim Jong Un"));
    assertThat(NameForms.key("Marrowick")).isNotEqualTo(NameForms.key("Marwick"));
  }

  @Test
  void titlesAreDroppedForPeopleOnly() {
    assertThat(NameForms.tokens("President Ilona Varga")).containsExactly("ilona", "varga");
    assertThat(NameForms.tokens("U.S. Navy", false)).containsExactly("u.s", "navy");
  }

  @Test
  void diacriticsAndPossessivesDoNotMatter() {
    assertThat(NameForms.key("Kraków's")).isEqualTo(NameForms.key("Krakow"));
    assertThat(NameForms.key("Renée Ödegaard")).isEqualTo(NameForms.key("Renee Odegaard"));
  }

  @Test
  void acronymsComeFromTheWordsThatCount() {
    assertThat(NameForms.acronym(NameForms.tokens("Calder Valley Water Board", false)))
        .isEqualTo("cvwb");
    assertThat(NameForms.acronym(NameForms.tokens("Bank of the North", false))).isEqualTo("bn");
    assertThat(NameForms.acronym(NameForms.tokens("Reuters", false))).isNull();
    assertThat(NameForms.looksLikeAcronym("CVWB")).isTrue();
    assertThat(NameForms.looksLikeAcronym("U.S.")).isTrue();
    assertThat(NameForms.looksLikeAcronym("Calder")).isFalse();
  }
}
