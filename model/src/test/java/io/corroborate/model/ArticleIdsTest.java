package io.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void sameAddressWrittenDifferentlyGivesOneId() {
    String id = ArticleIds.of("https://news.example/world/dam-breach?id=7", null, "one text");
    assertThat(
            ArticleIds.of(
                "HTTPS://News.Example:443/world/dam-breach?utm_source=feed&id=7&fbclid=x#top",
                null,
                "another text"))
        .isEqualTo(id);
    assertThat(ArticleIds.of("https://news.example/world/dam-breach?id=8", null, "one text"))
        .isNotEqualTo(id);
  }

  @Test
  void normalisesOnlyWhatDoesNotNameThePage() {
    assertThat(ArticleIds.normalizeUrl("http://Example.ORG")).isEqualTo("http://example.org/");
    assertThat(ArticleIds.normalizeUrl("https://example.org:8443/A/B?q=Calder&utm_medium=x#c"))
        .isEqualTo("https://example.org:8443/A/B?q=Calder");
    assertThat(ArticleIds.normalizeUrl("ftp://example.org/file")).isNull();
    assertThat(ArticleIds.normalizeUrl("not a url")).isNull();
    assertThat(ArticleIds.normalizeUrl("/relative/path")).isNull();
  }

  @Test
  void withoutAnAddressTheGivenIdThenTheContentDecides() {
    String byGuid = ArticleIds.of(null, "tag:wire.example,2026:123", "text");
    assertThat(ArticleIds.of("mailto:desk@wire.example", "tag:wire.example,2026:123", "other"))
        .isEqualTo(byGuid);
    assertThat(ArticleIds.of(null, null, "text")).isNotEqualTo(byGuid);
    assertThat(ArticleIds.of(null, " ", "text")).isEqualTo(ArticleIds.of(null, null, "text"));
    assertThat(ArticleIds.of(null, null, "text")).isNotEqualTo(ArticleIds.of(null, null, "text."));
  }

  @Test
  void idsCarryAHundredBitsInBase32() {
    String id = ArticleIds.of(null, null, "Rescue teams recovered another body on Wednesday.");
    assertThat(id).matches("a[a-z2-7]{20}");
    assertThat(ArticleIds.BITS).isGreaterThanOrEqualTo(96);
    // the id of a text never changes between versions: stored articles keep their ids
    assertThat(ArticleIds.of(null, null, "")).isEqualTo(ArticleIds.of(null, null, ""));
  }
}
