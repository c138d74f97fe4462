package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void detectsTheLanguageOfAParagraphWithItsTwoLetterCode() {
    assertThat(
            Languages.detect(
                    "Die Fähre nach Velsa fuhr am Donnerstag wieder nach Plan, nachdem die"
                        + " Gewerkschaft den Streik für beendet erklärt hatte.")
                .code())
        .isEqualTo("de");
    assertThat(
            Languages.detect(
                    "Les équipages du ferry ont repris le travail jeudi après l'accord conclu"
                        + " avec la direction du port.")
                .code())
        .isEqualTo("fr");
    assertThat(
            Languages.detect(
                    "Ferry crews returned to work on Thursday after the board raised night-shift"
                        + " pay by six percent.")
                .code())
        .isEqualTo("en");
  }

  @Test
  void saysNothingAboutTooShortATextOrNoText() {
    assertThat(Languages.detect("OK")).isNull();
    assertThat(Languages.detect("")).isNull();
    assertThat(Languages.detect(null)).isNull();
    assertThat(Languages.detect("12 34 56 78 90 12 34 56 78 90 12 34 56 78 90 12 34")).isNull();
  }

  @Test
  void mapsThreeLetterCodesToTwoLetterOnesWhereTheyExist() {
    assertThat(Languages.code("deu")).isEqualTo("de");
    assertThat(Languages.code("cmn")).isEqualTo("zh");
    assertThat(Languages.code("pes")).isEqualTo("fa");
    assertThat(Languages.code("gsw")).isEqualTo("gsw");
  }
}
