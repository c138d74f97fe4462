package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.BlockKind;
import io.corroborate.model.InputKind;
import io.corroborate.model.RemovedBlock;
import io.corroborate.model.Span;
import java.time.Duration;
import java.util.List;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Body extraction on small fictional pages, one general behaviour each. */
class HtmlExtractionTest {

  private final ArticleCleaner cleaner = new ArticleCleaner();

  private static final String P1 =
      "Ferry crews on Velsa returned to work on Thursday after the Island Transport Board raised"
          + " night-shift pay by six percent, ending a strike that stranded thousands.";
  private static final String P2 =
      "The board said timetables would be back to normal by Saturday, and that refunds would be"
          + " paid to every passenger whose crossing was cancelled during the dispute.";
  private static final String P3 =
      "Union organiser Hal Breck said crews would work extra sailings at the weekend to clear the"
          + " backlog of freight waiting at Northport and at the southern terminal.";

  private Article clean(String html) {
    return cleaner.clean(RawDocument.of("page.html", InputKind.HTML, html));
  }

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry strike ends | Velsa Post</title>"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  private static List<String> paragraphs(Article a) {
    return List.of(a.body().split("\n\n"));
  }

  @Test
  void theArticleBodyBeatsAProseHeavySidebar() {
    String sidebar =
        "<div class=\"widget-area\"><p>"
            + "Velsa Post has reported on island life since 1921, with a newsroom of twelve"
            + " reporters and editors in Northport and a bureau in the southern villages.</p><p>"
            + "Our newsletter arrives every morning with the tides, the ferry times and the"
            + " weather, and the letters that readers send us about all three of them.</p>"
            + "<p>We welcome corrections and tips at the front desk of the harbour office.</p>"
            + "</div>";
    Article a =
        clean(
            page(
                "",
                "<div class=\"layout\"><aside>"
                    + sidebar
                    + "</aside><div class=\"entry-content\"><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p></div></div>"));
    assertThat(paragraphs(a)).containsExactly(P1, P2);
    assertThat(a.metadataSources()).containsEntry("body", "markup");
  }

  @Test
  void jsonLdArticleBodyPointsAtTheElementThatHoldsIt() {
    String other =
        "Harbour fees will rise next spring, the port authority said in a statement that gave no"
            + " figures and promised a consultation with fishermen and ferry operators alike.";
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry"
            + " strike ends\",\"articleBody\":\""
            + P1
            + " "
            + P2
            + " "
            + P3
            + "\"}</script>";
    Article a =
        clean(
            page(
                ld,
                "<div id=\"a\"><p>"
                    + other
                    + "</p><p>"
                    + other
                    + "</p><p>"
                    + other
                    + "</p></div><div id=\"b\"><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p><p>"
                    + P3
                    + "</p></div>"));
    assertThat(paragraphs(a)).containsExactly(P1, P2, P3);
    assertThat(a.metadataSources()).containsEntry("body", "json-ld");
  }

  @Test
  void keepsTheLeadFromTheHeaderButNotTheHeadlineOrByline() {
    String lead =
        "The three-day strike that stranded thousands of travellers on Velsa is over after a pay"
            + " deal was struck late on Wednesday night.";
    Article a =
        clean(
            page(
                "",
                "<main><header class=\"article-header\"><h1>Ferry strike ends</h1>"
                    + "<div class=\"teaser\"><p>"
                    + lead
                    + "</p></div><div class=\"byline\">By Mina Sorel</div></header>"
                    + "<div class=\"article-body\"><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p></div></main>"));
    assertThat(paragraphs(a)).containsExactly(lead, P1, P2);
  }

  @Test
  void aTeaserThatRepeatsTheFirstParagraphIsDropped() {
    Article a =
        clean(
            page(
                "",
                "<main><header><h1>Ferry strike ends</h1><p class=\"summary\">"
                    + P1
                    + "</p></header><div class=\"article-body\"><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p></div></main>"));
    assertThat(paragraphs(a)).containsExactly(P1, P2);
  }

  @Test
  void aRelatedBoxInsideTheBodyGoesButTheReportingAfterItStays() {
    Article a =
        clean(
            page(
                "",
                "<div class=\"article-body\"><p>"
                    + P1
                    + "</p><div class=\"box\"><h3>Read also</h3><p>Harbour fees will rise next"
                    + " spring, the port authority announced in a short statement on Monday.</p>"
                    + "</div><p>"
                    + P2
                    + "</p></div>"));
    assertThat(paragraphs(a)).containsExactly(P1, P2);
    assertThat(a.removed()).extracting(RemovedBlock::kind).contains(BlockKind.RELATED_LINKS);
  }

  @Test
  void furnitureInsideTheBodyIsListedWithItsKind() {
    Article a =
        clean(
            page(
                "",
                "<div class=\"article-body\"><p>"
                    + P1
                    + "</p><figure><img src=\"a.jpg\"><figcaption>Crews at Northport.</figcaption>"
                    + "</figure><div class=\"share-tools\"><a href=\"#\">Facebook</a></div><p>"
                    + P2
                    + "</p></div>"));
    assertThat(paragraphs(a)).containsExactly(P1, P2);
    assertThat(a.removed())
        .extracting(RemovedBlock::kind)
        .contains(BlockKind.PHOTO_CAPTION, BlockKind.SHARE_BAR);
    for (RemovedBlock r : a.removed()) {
      String removed = a.text().substring(r.start(), r.end());
      assertThat(removed).isNotBlank();
    }
  }

  @Test
  void commentsAreNeverTheArticleHoweverLong() {
    StringBuilder comments = new StringBuilder("<div id=\"comments\">");
    for (int i = 0; i < 6; i++) {
      comments.append("<p>").append(P3).append(" Comment number ").append(i).append(".</p>");
    }
    comments.append("</div>");
    Article a = clean(page("", "<div class=\"post\"><p>" + P1 + "</p></div>" + comments));
    assertThat(a.body()).isEqualTo(P1);
  }

  @Test
  void aDropCapJoinsItsParagraph() {
    Article a =
        clean(
            page(
                "",
                "<div class=\"article-body\"><div class=\"dropcap\">F</div><p>"
                    + P1.substring(1)
                    + "</p><p>"
                    + P2
                    + "</p></div>"));
    assertThat(paragraphs(a)).containsExactly(P1, P2);
  }

  @Test
  void everyParagraphMapsBackToItsTextInThePageSource() {
    Article a =
        clean(
            page(
                "",
                "<div class=\"article-body\"><p>Crews &amp; officers met at&nbsp;dawn; the"
                    + " board&#8217;s offer was &quot;final&quot;, they were told, and the talks"
                    + " went on until noon.</p><p>"
                    + P2
                    + "</p></div>"));
    String body = a.body();
    int at = 0;
    for (String p : paragraphs(a)) {
      int start = body.indexOf(p, at);
      Span inSource = a.toTextSpan(new Span(start, start + p.length()));
      String source = a.text().substring(inSource.start(), inSource.end());
      assertThat(Parser.unescapeEntities(source, false).replace('\u00a0', ' ')).isEqualTo(p);
      at = start + p.length();
    }
  }

  @Test
  void aVeryWidePageTakesBoundedTime() {
    StringBuilder wide = new StringBuilder("<div>");
    for (int i = 0; i < 40_000; i++) {
      wide.append("<div class=\"c").append(i % 7).append("\"><a href=\"/x\">link ").append(i);
      wide.append("</a> and some words</div>");
    }
    wide.append("</div><div class=\"article-body\"><p>").append(P1).append("</p></div>");
    Article a =
        Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> clean(page("", wide.toString())));
    assertThat(a.body()).contains(P1);
  }

  @Test
  void aTeaserThatEndsInASubscribePromptIsTruncatedAndALockedOneIsPaywalled() {
    Article a =
        clean(
            page(
                "<meta property=\"article:content_tier\" content=\"locked\">",
                "<div class=\"article-body\"><p>"
                    + P1
                    + "</p><p>Subscribe to the Velsa Post to read the full story.</p></div>"));
    assertThat(a.body()).isEqualTo(P1);
    assertThat(a.truncated()).isTrue();
    assertThat(a.paywalled()).isTrue();
    Article open = clean(page("", "<div class=\"article-body\"><p>" + P1 + "</p></div>"));
    assertThat(open.truncated()).isFalse();
    assertThat(open.paywalled()).isFalse();
  }

  @Test
  void aTextWithoutDeclaredLanguageGetsTheDetectedOne() {
    Article a =
        cleaner.clean(
            RawDocument.of(
                "note.txt",
                InputKind.TEXT,
                "Die Fähre nach Velsa fährt wieder\n\nDie Fähre nach Velsa fuhr am Donnerstag"
                    + " wieder nach Plan, nachdem die Gewerkschaft den Streik für beendet erklärt"
                    + " hatte. Die Reederei entschuldigte sich bei allen Fahrgästen."));
    assertThat(a.language()).isEqualTo("de");
    assertThat(a.metadataSources()).containsEntry("language", "detector");
  }
}
