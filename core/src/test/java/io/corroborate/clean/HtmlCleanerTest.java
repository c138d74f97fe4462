package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.BlockKind;
import io.corroborate.model.InputKind;
import io.corroborate.model.Span;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {

  private final ArticleCleaner cleaner = new ArticleCleaner();

  private static final String PAGE =
      "<!DOCTYPE html><html lang=\"de-DE\"><head><title>Ferry strike ends | Porthaven Courier</title>"
          + "<meta property=\"og:site_name\" content=\"Porthaven Courier\">"
          + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
          + "\"headline\":\"Ferry strike ends after three days\",\"datePublished\":\"2026-02-05T08:00:00Z\","
          + "\"dateModified\":\"2026-02-05T09:30:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Mina Sorel\"}]}</script>"
          + "</head><body>"
          + "<nav class=\"menu\"><a href=\"/\">Home</a><a href=\"/news\">News</a><a href=\"/sport\">Sport</a></nav>"
          + "<div class=\"article-body\"><h1>Ferry strike ends after three days</h1>"
          + "<p>Ferry crews on Velsa returned to work on Thursday after the Island Transport Board"
          + " raised night-shift pay by 6%, ending a strike that stranded thousands of travellers.</p>"
          + "<figure><img src=\"x.jpg\"><figcaption>Crews at Northport on Thursday. (Photo: R. Tamsin)</figcaption></figure>"
          + "<p>&quot;It&#39;s a fair deal &amp; we&rsquo;re glad it&#x2019;s over,&quot; said union"
          + " organiser Hal Breck, adding that crews would work extra sailings at the weekend.</p>"
          + "<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>"
          + "<p>The board said timetables would be back to normal by Saturday, and that refunds"
          + " would be paid to passengers whose crossings were cancelled.</p>"
          + "<ul class=\"related\"><li><a href=\"/a\">Velsa airport reopens</a></li><li><a href=\"/b\">Harbour fees rise</a></li></ul>"
          + "</div><footer>&copy; 2026 Porthaven Courier</footer></body></html>";

  private Article clean(String html) {
    return cleaner.clean(
        RawDocument.of("page.html", InputKind.HTML, html)
            .withUrl("https://courier.example/2026/02/05/ferry"));
  }

  @Test
  void keepsTheArticleParagraphsAndDropsThePageFurniture() {
    Article a = clean(PAGE);
    assertThat(a.body().split("\n\n"))
        .containsExactly(
            "Ferry crews on Velsa returned to work on Thursday after the Island Transport Board raised"
                + " night-shift pay by 6%, ending a strike that stranded thousands of travellers.",
            "\"It's a fair deal & we\u2019re glad it\u2019s over,\" said union organiser Hal Breck,"
                + " adding that crews would work extra sailings at the weekend.",
            "The board said timetables would be back to normal by Saturday, and that refunds would be"
                + " paid to passengers whose crossings were cancelled.");
    assertThat(a.removed())
        .extracting(r -> r.kind())
        .contains(BlockKind.TITLE, BlockKind.PHOTO_CAPTION);
  }

  @Test
  void readsMetadataAndSaysWhereEachValueCameFrom() {
    Article a = clean(PAGE);
    assertThat(a.title()).isEqualTo("Ferry strike ends after three days");
    assertThat(a.published()).hasToString("2026-02-05T08:00:00Z");
    assertThat(a.modified()).hasToString("2026-02-05T09:30:00Z");
    assertThat(a.byline()).isEqualTo("Mina Sorel");
    assertThat(a.outlet()).isEqualTo("Porthaven Courier");
    assertThat(a.language()).isEqualTo("de");
    assertThat(a.metadataSources())
        .containsEntry("title", "json-ld")
        .containsEntry("published", "json-ld")
        .containsEntry("outlet", "og")
        .containsEntry("language", "html-lang");
  }

  @Test
  void bodySpansMapToTheSameTextInThePageSourceThroughEntities() {
    Article a = clean(PAGE);
    String body = a.body();
    for (String paragraph : body.split("\n\n")) {
      int at = body.indexOf(paragraph);
      Span inSource = a.toTextSpan(new Span(at, at + paragraph.length()));
      String source = a.text().substring(inSource.start(), inSource.end());
      assertThat(Parser.unescapeEntities(source, false)).isEqualTo(paragraph);
    }
    int fair = body.indexOf("fair deal & we");
    Span amp = a.toTextSpan(new Span(fair + 10, fair + 11));
    assertThat(a.text().substring(amp.start(), amp.end())).isEqualTo("&amp;");
  }

  @Test
  void survivesFiftyThousandNestedTags() {
    String deep = "<div>".repeat(50_000) + "<p>Deep text survives.</p>" + "</div>".repeat(50_000);
    Article a =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> clean("<html><body>" + deep + "</body></html>"));
    assertThat(a.body()).contains("Deep text survives.");
  }

  @Test
  void aFragmentWithoutParagraphsStillYieldsItsText() {
    Article a =
        cleaner.clean(
            RawDocument.of("f#1", InputKind.FEED, "Short feed item with no markup at all."));
    assertThat(a.body()).isEqualTo("Short feed item with no markup at all.");
  }

  @Test
  void emptyAndScriptOnlyPagesGiveAnEmptyBody() {
    assertThat(clean("<html><body></body></html>").body()).isEmpty();
    assertThat(clean("<script>alert(1)</script><style>p{}</style>").body()).isEmpty();
    assertThat(Jsoup.parse(PAGE).title()).isNotEmpty();
  }
}
