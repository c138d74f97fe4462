package io.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.model.InputKind;
import io.corroborate.pipeline.Pipeline;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quotes sections of the reports: by speaker, each mention linked to its sentence. */
class QuoteSectionsTest {

  private static Article article(String id, String text) {
    return new ArticleCleaner()
        .clean(
            new RawDocument(id, InputKind.JSON_TEXT, text, null, id, null, null, null, null, null));
  }

  private static final Dossier DOSSIER =
      new Pipeline()
          .analyze(
              List.of(
                  article(
                      "one",
                      "The ferry service stopped on Monday.\n\n\"We will sail again when the sea"
                          + " allows it,\" said Odile Brenner, the harbour master."),
                  article(
                      "two",
                      "Storm in Calvet.\n\n\u201cWe will sail again when the sea allows it\u201d,"
                          + " Brenner told the Courier. \u201cNot before.\u201d\n\n"
                          + "\"It was <b>loud</b> all night,\" a fisherman said.")));

  @Test
  void markdownListsQuotesUnderTheirSpeakerWithEveryArticlesSentence() {
    String md = MarkdownRenderer.render(DOSSIER);
    int speaker = md.indexOf("#### Odile Brenner");
    int unattributed = md.indexOf("#### Unattributed");
    assertThat(speaker).isPositive();
    assertThat(unattributed).isGreaterThan(speaker);
    assertThat(md)
        .contains("\u201cWe will sail again when the sea allows it\u201d \u2014 2 articles");
    assertThat(md).contains("Brenner told the Courier");
  }

  @Test
  void htmlLinksEachMentionToAMarkedSentenceInTheArticle() {
    String html = HtmlRenderer.render(DOSSIER);
    Matcher links = Pattern.compile("href=\"#(q-[^\"]+)\"").matcher(html);
    int n = 0;
    while (links.find()) {
      assertThat(html).contains("<mark id=\"" + links.group(1) + "\">");
      n++;
    }
    assertThat(n).isGreaterThanOrEqualTo(3);
    assertThat(html).doesNotContain("<b>loud</b>").contains("&lt;b&gt;loud&lt;/b&gt;");
  }

  @Test
  void jsonCarriesTheSentenceOfEveryMention() {
    String json = DossierJson.render(DOSSIER);
    assertThat(json).contains("\"sentence\"", "\"sentenceStart\"", "\"independentSources\"");
  }
}
