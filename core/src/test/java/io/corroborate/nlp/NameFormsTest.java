package io.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormsTest {

  @Test
  void transliterationsOfOneNameShareAKey() {
    assertThat(NameForms.key("Morenskiy"))
        .isEqualTo(NameForms.key("Morensky"))
        .isEqualTo(NameForms.key("Morenskyy"));
    assertThat(NameForms.key("Danylo Morenskyy")).isEqualTo(NameForms.key("Danylo Morenskiy"));
  }

  @Test
  void foldingReachesAFixedPointInOneCall() {
    // one pass turns "abaiyi" into "abaiy", which ends in "iy" again
    assertThat(NameForms.fold("abaiyi")).isEqualTo("abay");
    assertThat(NameForms.fold("abcyiy")).isEqualTo(NameForms.fold(NameForms.fold("abcyiy")));
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(NameForms.key("Park")).isNotEqualTo(NameForms.key("Park Dong Hyun"));
    assertThat(NameForms.key("Marrowick")).isNotEqualTo(NameForms.key("Marwick"));
  }

  @Test
  void titlesAreDroppedForPeopleOnly() {
    assertThat(NameForms.tokens("President Ilona Varga")).containsExactly("ilona", "varga");
    assertThat(NameForms.tokens("U.S. Navy", false)).containsExactly("u.s", "navy");
  }

  @Test
  void aPlaceOrItsAdjectiveBeforeATitleIsDroppedWithTheTitle() {
    assertThat(NameForms.tokens("Moldovan President Ilona Varga"))
        .containsExactly("ilona", "varga");
    assertThat(NameForms.tokens("U.S. Secretary Dana Holt")).containsExactly("dana", "holt");
    assertThat(NameForms.tokens("US Senator Dana Holt")).containsExactly("dana", "holt");
    assertThat(NameForms.tokens("South Korean Prime Minister Lee Jun"))
        .containsExactly("lee", "jun");
    // without a title after it, a place word is a name's own ("Ivory Coast", "Moldovan Airlines")
    assertThat(NameForms.tokens("Moldovan Airlines")).containsExactly("moldovan", "airlines");
    assertThat(NameForms.tokens("Estonian")).containsExactly("estonian");
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
