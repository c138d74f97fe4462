package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.BlockKind;
import io.corroborate.model.CreditLine;
import io.corroborate.model.InputKind;
import io.corroborate.model.RemovedBlock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

  private final ArticleCleaner cleaner = new ArticleCleaner();

  static String resource(String name) throws IOException {
    try (InputStream in = TextCleanerTest.class.getResourceAsStream("/clean/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Article cleanText(String name) throws IOException {
    return cleaner.clean(RawDocument.of(name, InputKind.TEXT, resource(name)));
  }

  private static Map<String, BlockKind> removedByText(Article a) {
    return a.removed().stream()
        .collect(
            Collectors.toMap(
                r -> a.text().substring(r.start(), r.end()), RemovedBlock::kind, (x, y) -> x));
  }

  @Test
  void removesEveryKindOfFurnitureFromAPlainTextPage() throws IOException {
    Article a = cleanText("furniture-heavy.txt");
    Map<String, BlockKind> removed = removedByText(a);
    assertThat(removed)
        .containsEntry("The Porthaven Courier", BlockKind.SITE_NAME)
        .containsEntry("PORTHAVEN COURIER", BlockKind.SITE_NAME)
        .containsEntry("In Business", BlockKind.NAVIGATION)
        .containsEntry("February 2, 2026", BlockKind.DATE_LINE)
        .containsEntry("5 min read", BlockKind.READING_TIME)
        .containsEntry("[ad_1]", BlockKind.AD_MARKER)
        .containsEntry("[ad_2]", BlockKind.AD_MARKER)
        .containsEntry(
            "Sign in to The Porthaven Courier to keep reading", BlockKind.SUBSCRIBE_PROMPT)
        .containsEntry("Please enter a valid email address.", BlockKind.SUBSCRIBE_PROMPT)
        .containsEntry("CLICK HERE TO DOWNLOAD THE COURIER APP", BlockKind.SUBSCRIBE_PROMPT)
        .containsEntry("Velsa ferry terminal", BlockKind.PHOTO_CAPTION)
        .containsEntry(
            "STRIKING CREWS REJECT LATEST PAY OFFER, UNION SAYS", BlockKind.RELATED_LINKS)
        .containsEntry("Island Wire Service contributed to this report.", BlockKind.CREDIT_LINE)
        .containsEntry("Additional reporting by Mina Sorel.", BlockKind.CREDIT_LINE)
        .containsEntry("Show full article", BlockKind.UI_LABEL)
        .containsEntry("Follow us:", BlockKind.SHARE_BAR)
        .containsEntry("Velsa, Ferries, Strikes, Island Transport Board", BlockKind.TAGS)
        .containsEntry("About The Author", BlockKind.AUTHOR_BIO)
        .containsEntry("Leave a Reply", BlockKind.COMMENT_FORM)
        .containsEntry("Translate »", BlockKind.TRANSLATION_WIDGET);
    assertThat(removed.keySet())
        .anyMatch(t -> t.startsWith("This story mentions self-harm"))
        .anyMatch(t -> t.startsWith("Passengers wait at the Velsa ferry terminal"));
    assertThat(
            removed.get(
                removed.keySet().stream()
                    .filter(t -> t.startsWith("This story mentions"))
                    .findFirst()
                    .orElseThrow()))
        .isEqualTo(BlockKind.HELPLINE);
  }

  @Test
  void keepsEveryParagraphOfReporting() throws IOException {
    Article a = cleanText("furniture-heavy.txt");
    assertThat(a.body())
        .isEqualTo(
            "Thousands of travellers were stranded on Velsa island on Monday after ferry crews"
                + " walked out in a dispute over night-shift pay, the Island Transport Board said.\n\n"
                + "\"We have offered more than any other operator in the region,\" board chairman"
                + " Felix Arden said in a statement. \"The crews are holding islanders to ransom.\"\n\n"
                + "The union representing 340 deckhands said its members would stay out until"
                + " Thursday.");
  }

  @Test
  void readsTheOutletFromPromptsThatNameTheSiteButNotFromCredits() throws IOException {
    Article a = cleanText("prompts-name-the-site.txt");
    assertThat(a.outlet()).isEqualTo("Velsmouth Ledger");
    assertThat(a.body()).contains("Dock workers at the port").doesNotContain("Join Velsmouth");
  }

  @Test
  void readsTitleOutletAndDateFromTheHeader() throws IOException {
    Article a = cleanText("furniture-heavy.txt");
    assertThat(a.title()).isEqualTo("Ferry strike strands thousands of travellers on Velsa island");
    assertThat(a.text().substring(a.titleSpan().start(), a.titleSpan().end())).isEqualTo(a.title());
    assertThat(a.outlet()).isEqualTo("The Porthaven Courier");
    assertThat(a.published()).hasToString("2026-02-02");
    assertThat(a.credits()).extracting(CreditLine::creditedTo).contains("Island Wire Service");
  }

  @Test
  void stripsAContentFarmsTailAndKeepsTheSyndicationCredit() throws IOException {
    Article a = cleanText("farm-syndicated.txt");
    assertThat(a.body())
        .startsWith("The new maternity wing")
        .endsWith("nine million more than first budgeted.")
        .doesNotContain(
            "Petra Vance", "Recent posts", "Baker sets record", "Source link", "Image:");
    assertThat(a.credits()).hasSize(1);
    CreditLine c = a.credits().get(0);
    assertThat(c.creditedTo()).isEqualTo("GlenmoorGazette.com");
    assertThat(c.type()).isEqualTo(CreditLine.CreditType.REPUBLISHED);
    assertThat(removedByText(a))
        .containsEntry("Petra Vance", BlockKind.AUTHOR_BIO)
        .containsEntry("Rail line reopens after landslide", BlockKind.RELATED_LINKS)
        .containsEntry("Share post:", BlockKind.SHARE_BAR)
        .containsEntry("Date:", BlockKind.DATE_LINE);
  }

  @Test
  void aTextWhoseFirstLinesAreSentencesHasNoTitleAndKeepsEveryLine() {
    String text =
        "Officials said on Monday that the bridge would reopen.\n"
            + "Engineers finished repairs to the deck over the weekend.\n"
            + "Traffic is expected to be light.\n";
    Article a = cleaner.clean(RawDocument.of("t.txt", InputKind.TEXT, text));
    assertThat(a.title()).isNull();
    assertThat(a.removed()).isEmpty();
    assertThat(a.body().split("\n\n")).hasSize(3);
  }

  @Test
  void jsonTextNeverLosesItsFirstLineToATitle() {
    String text = "Storm closes coastal road\nThe road will reopen on Friday, police said.";
    Article a = cleaner.clean(RawDocument.of("id-1", InputKind.JSON_TEXT, text));
    assertThat(a.title()).isNull();
    assertThat(a.body())
        .isEqualTo("Storm closes coastal road\n\nThe road will reopen on Friday, police said.");
  }

  @Test
  void bodyOffsetsPointIntoTheTextAsRead() throws IOException {
    Article a = cleanText("furniture-heavy.txt");
    for (String paragraph : a.body().split("\n\n")) {
      int at = a.body().indexOf(paragraph);
      var span = a.toTextSpan(new io.corroborate.model.Span(at, at + paragraph.length()));
      assertThat(a.text().substring(span.start(), span.end())).isEqualTo(paragraph);
    }
  }

  @Test
  void joinsHardWrappedLinesIntoParagraphs() {
    String p1 =
        "The regional council voted on Tuesday to close the old harbour\n"
            + "bridge to lorries from next month, after an inspection found\n"
            + "corrosion in two of its steel supports, officials said.\n";
    String p2 =
        "Lorry drivers will have to use the ring road, adding about twenty\n"
            + "minutes to journeys between the port and the industrial estate\n"
            + "on the northern edge of the town, the council said.\n";
    Article a = cleaner.clean(RawDocument.of("w.txt", InputKind.JSON_TEXT, p1 + "\n" + p2));
    assertThat(a.body().split("\n\n")).hasSize(2);
    assertThat(a.body()).contains("harbour bridge to lorries");
  }

  @Test
  void recordsAgencyDatelinesAsCredits() {
    String text = "NORTHPORT, Velsa (IWS) — The island's only airport reopened on Monday.";
    Article a = cleaner.clean(RawDocument.of("d", InputKind.JSON_TEXT, text));
    assertThat(a.credits()).hasSize(1);
    assertThat(a.credits().get(0).creditedTo()).isEqualTo("IWS");
    assertThat(a.body()).isEqualTo(text);
    List<CreditLine> credits = a.credits();
    assertThat(text.substring(credits.get(0).span().start(), credits.get(0).span().end()))
        .isEqualTo("NORTHPORT, Velsa (IWS) —");
  }
}
