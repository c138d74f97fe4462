package io.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Analyses;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.InputKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Phase 1's record written and read back, as a store keeps it. */
class AnalysisJsonTest {

  private static ArticleAnalysis page;
  private static ArticleAnalysis text;

  @BeforeAll
  static void analyse() throws IOException {
    // a web page of the example corpus: markup, furniture, an offset map with replacements
    Path html = Path.of("../examples/calder-dam/web/northgate-times.html");
    String content = Files.readString(html, java.nio.charset.Charset.forName("windows-1252"));
    Article a =
        new ArticleCleaner().clean(RawDocument.of(html.toString(), InputKind.HTML, content));
    page = Analyses.ANALYZER.analyze(a);
    Article t =
        new ArticleCleaner()
            .clean(
                new RawDocument(
                    "own-text",
                    InputKind.JSON_TEXT,
                    "Ferry crews rescued 42 passengers on Sunday, the coastguard said.\n\n"
                        + "\"We reached them within an hour,\" said Ilse Marten, who led the crew."
                        + " About 1,200 people live on the island.",
                    "https://coast.example/rescue?utm_source=x",
                    "own-text",
                    "Ferry crews rescue 42",
                    "2026-02-01T08:00:00Z",
                    "Coast News",
                    null,
                    "en"));
    text = Analyses.ANALYZER.analyze(t);
  }

  @Test
  void analysesHoldWhatLaterPhasesNeed() {
    assertThat(text.version()).isEqualTo(NewsArticleAnalyzer.VERSION);
    assertThat(text.sentences()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(text.figures()).extracting(f -> f.figure().value()).contains(42.0, 1200.0);
    assertThat(text.quotes()).extracting(q -> q.quote().speaker()).contains("Ilse Marten");
    assertThat(text.profile().id()).isEqualTo(text.id());
    assertThat(page.figures()).isNotEmpty();
    assertThat(page.profile().embedding()).isNotEmpty();
  }

  @Test
  void anAnalysisReadsBackEqual() throws IOException {
    for (ArticleAnalysis a : new ArticleAnalysis[] {page, text}) {
      String json = AnalysisJson.write(a);
      assertThat(json).doesNotContain("\n");
      ArticleAnalysis back = AnalysisJson.read(json);
      assertThat(back).isEqualTo(a);
      assertThat(AnalysisJson.write(back)).isEqualTo(json);
    }
  }

  @Test
  void theArticleAloneReadsBackEqualAndIsRefusedAsTheWholeIs() throws IOException {
    for (ArticleAnalysis a : new ArticleAnalysis[] {page, text}) {
      assertThat(AnalysisJson.readArticle(AnalysisJson.write(a))).isEqualTo(a.article());
    }
    String newer =
        AnalysisJson.write(text)
            .replaceFirst("\"version\":" + NewsArticleAnalyzer.VERSION, "\"version\":999");
    assertThatThrownBy(() -> AnalysisJson.readArticle(newer))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("analysis version 999 is newer");
    assertThatThrownBy(() -> AnalysisJson.readArticle("{\"articles\": []}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no version");
    assertThatThrownBy(() -> AnalysisJson.readArticle("not json"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not an article analysis");
    String noArticle = "{\"version\":" + NewsArticleAnalyzer.VERSION + ",\"sentences\":[]}";
    assertThatThrownBy(() -> AnalysisJson.readArticle(noArticle))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no article");
  }

  @Test
  void theProfileAloneReadsBackAsTheWholeAnalysisGivesIt() throws IOException {
    for (ArticleAnalysis a : new ArticleAnalysis[] {page, text}) {
      String json = AnalysisJson.write(a);
      assertThat(AnalysisJson.readProfile(json))
          .usingRecursiveComparison()
          .isEqualTo(AnalysisJson.read(json).profile());
      assertThat(AnalysisJson.readProfile(json).embedding())
          .containsExactly(a.profile().embedding());
    }
    String noProfile = "{\"version\":" + NewsArticleAnalyzer.VERSION + ",\"article\":null}";
    assertThatThrownBy(() -> AnalysisJson.readProfile(noProfile))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no profile");
  }

  @Test
  void anAnalysisOfANewerVersionIsRefusedWithAClearMessage() {
    String json =
        AnalysisJson.write(text)
            .replaceFirst("\"version\":" + NewsArticleAnalyzer.VERSION, "\"version\":999");
    assertThatThrownBy(() -> AnalysisJson.read(json))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("analysis version 999 is newer");
  }

  @Test
  void textThatIsNoAnalysisIsRefused() {
    assertThatThrownBy(() -> AnalysisJson.read("{\"articles\": []}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no version");
    assertThatThrownBy(() -> AnalysisJson.read("not json"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not an article analysis");
    String tampered =
        AnalysisJson.write(text)
            .replace("\"sentences\":[", "\"sentences\":[{\"start\":5,\"end\":99999},");
    assertThatThrownBy(() -> AnalysisJson.read(tampered))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("sentence outside the body");
  }
}
