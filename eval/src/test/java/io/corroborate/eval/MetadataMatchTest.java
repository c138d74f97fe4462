package io.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.clean.DateText;
import org.junit.jupiter.api.Test;

class MetadataMatchTest {

  @Test
  void titlesMatchWithOrWithoutASiteName() {
    assertThat(MetadataMatch.title("Ferry strike ends | Velsa Post", "Ferry strike ends")).isTrue();
    assertThat(MetadataMatch.title("Velsa Post - Ferry strike ends", "Ferry strike ends")).isTrue();
    assertThat(MetadataMatch.title("Ferry strike ends [Velsa Post]", "Ferry strike ends")).isTrue();
    assertThat(MetadataMatch.title("Ferry  strike ENDS", "ferry strike ends")).isTrue();
    assertThat(MetadataMatch.title("Ferry strike ends", "Harbour fees rise")).isFalse();
    assertThat(MetadataMatch.title(null, null)).isTrue();
    assertThat(MetadataMatch.title(null, "Harbour fees rise")).isFalse();
  }

  @Test
  void bylinesMatchWithoutTheirByAndWithRunOnText() {
    assertThat(MetadataMatch.byline("By Mina Sorel", "Mina Sorel")).isTrue();
    assertThat(MetadataMatch.byline("by Mina Sorel 12 May 2026", "Mina Sorel")).isTrue();
    assertThat(MetadataMatch.byline("Mina Sorel", "Hal Breck")).isFalse();
  }

  @Test
  void datesMatchToTheSecondWithZonesElseByDay() {
    assertThat(
            MetadataMatch.published(
                "2026-02-05T09:00:00+01:00", DateText.parse("2026-02-05T08:00:00Z")))
        .isTrue();
    assertThat(
            MetadataMatch.published(
                "2026-02-05T09:00:01+01:00", DateText.parse("2026-02-05T08:00:00Z")))
        .isFalse();
    assertThat(MetadataMatch.published("2026-02-05T23:10", DateText.parse("2026-02-05"))).isTrue();
    assertThat(MetadataMatch.published("2026-02-06", DateText.parse("2026-02-05"))).isFalse();
  }

  @Test
  void languagesMatchByPrimarySubtag() {
    assertThat(MetadataMatch.language("en-US", "en")).isTrue();
    assertThat(MetadataMatch.language("pt-BR", "pt")).isTrue();
    assertThat(MetadataMatch.language("de", "en")).isFalse();
  }

  @Test
  void siteNamesMatchWhenOneContainsTheOther() {
    assertThat(MetadataMatch.siteName("Velsa Post.com", "Velsa Post")).isTrue();
    assertThat(MetadataMatch.siteName("Velsa Post", "Porthaven Courier")).isFalse();
  }
}
