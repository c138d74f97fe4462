package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

  private static HtmlMetadata read(String html) {
    Document doc = Jsoup.parse(html);
    return HtmlMetadata.read(doc, null);
  }

  @Test
  void readsJsonLdWrappedInCdata() {
    HtmlMetadata m =
        read(
            "<html><head><title>Harbour fees rise | Velsa Post</title>"
                + "<script type=\"application/ld+json\">//<![CDATA[\n"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour fees rise\","
                + "\"datePublished\":\"2026-03-02T07:15:00Z\",\"author\":{\"name\":\"Ode Marrin\"}}"
                + "\n//]]></script></head><body></body></html>");
    assertThat(m.title).isEqualTo("Harbour fees rise");
    assertThat(m.published).hasToString("2026-03-02T07:15:00Z");
    assertThat(m.byline).isEqualTo("Ode Marrin");
    assertThat(m.sources).containsEntry("published", "json-ld");
  }

  @Test
  void prefersTheStatementThatAgreesWithThePageTitle() {
    HtmlMetadata m =
        read(
            "<html><head><title>Tidal Mills of Velsa - Islandpedia</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"Article\","
                + "\"name\":\"Tidal Mills of Velsa\",\"headline\":\"encyclopedia article\"}"
                + "</script></head><body><h1>Islandpedia</h1></body></html>");
    assertThat(m.title).isEqualTo("Tidal Mills of Velsa");
  }

  @Test
  void aLogoHeadingIsNotTheTitle() {
    HtmlMetadata m =
        read(
            "<html><head><title>Ferry strike ends after three days | Porthaven Courier</title>"
                + "</head><body><h1>Porthaven Courier</h1></body></html>");
    assertThat(m.title).isEqualTo("Ferry strike ends after three days | Porthaven Courier");
  }

  @Test
  void readsSpaceSeparatedMetaPropertiesAndBylineTags() {
    HtmlMetadata m =
        read(
            "<html><head><title>Whatever</title>"
                + "<meta property=\"x:title dc:title\" content=\"Quay walls repaired\">"
                + "<meta name=\"byl\" content=\"By Tamsin Rook\"></head><body></body></html>");
    assertThat(m.title).isEqualTo("Quay walls repaired");
    assertThat(m.byline).isEqualTo("Tamsin Rook");
  }

  @Test
  void findsABylineInTheMarkupWhenNoTagGivesOne() {
    HtmlMetadata m =
        read(
            "<html><head><title>Quay walls repaired</title></head><body>"
                + "<div class=\"story-byline\">By <a href=\"/staff/ivo\">Ivo Pellam</a></div>"
                + "<p>The quay walls were repaired over the winter.</p></body></html>");
    assertThat(m.byline).isEqualTo("Ivo Pellam");
    assertThat(m.sources).containsEntry("byline", "markup");
  }

  @Test
  void agreementNeedsMostWordsOfTheCandidate() {
    assertThat(HtmlMetadata.agrees("Quay walls repaired", "Quay walls repaired | Velsa Post"))
        .isTrue();
    assertThat(HtmlMetadata.agrees("Velsa Post weekly digest", "Quay walls repaired")).isFalse();
  }
}
