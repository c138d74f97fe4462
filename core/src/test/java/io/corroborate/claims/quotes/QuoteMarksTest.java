package io.corroborate.claims.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> contents(String body) {
    return QuoteMarks.find(body, Paragraphs.of(body)).stream()
        .map(
            q ->
                q.segments().stream()
                    .map(s -> body.substring(s.contentStart(), s.contentEnd()))
                    .reduce((a, b) -> a + "|" + b)
                    .orElse(""))
        .toList();
  }

  @Test
  void pairsStraightAndCurlyMarks() {
    assertThat(contents("He said \"yes\" and she said \u201cno\u201d."))
        .containsExactly("yes", "no");
  }

  @Test
  void ignoresInchMarksAndApostrophes() {
    assertThat(contents("A 5\"8 board, don't worry, it's \"fine\".")).containsExactly("fine");
  }

  @Test
  void continuesAQuoteIntoAParagraphThatOpensWithAMark() {
    String body = "\"First part of it.\n\n\"Second part.\"\n\nNarration.";
    assertThat(contents(body)).containsExactly("First part of it.|Second part.");
  }

  @Test
  void endsAnUnclosedQuoteWithItsParagraph() {
    String body = "\"Never closed here.\n\nNarration goes on.";
    assertThat(contents(body)).containsExactly("Never closed here.");
    List<MarkedQuote> q = QuoteMarks.find(body, Paragraphs.of(body));
    assertThat(q.get(0).closed()).isFalse();
  }

  @Test
  void usesSingleMarksOnlyWhereNoDoubleMarksAre() {
    assertThat(
            contents("\u2018We are ready,\u2019 she said, and the soldiers\u2019 kit was packed."))
        .containsExactly("We are ready,");
    assertThat(contents("\"Yes,\" he said about the \u2018plan\u2019.")).containsExactly("Yes,");
  }

  @Test
  void restartsAfterAnOpeningMarkThatFollowsAFullSentence() {
    String body = "\u201cThe first one never closes. \u201cThe second does.\u201d";
    assertThat(contents(body)).containsExactly("The first one never closes.", "The second does.");
  }

  @Test
  void boundsAQuoteChainToAFewParagraphs() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      b.append("\"Paragraph ").append(i).append(" goes on\n\n");
    }
    List<MarkedQuote> q = QuoteMarks.find(b.toString(), Paragraphs.of(b.toString()));
    assertThat(q)
        .allSatisfy(
            m -> assertThat(m.segments()).hasSizeLessThanOrEqualTo(QuoteMarks.MAX_PARAGRAPHS));
  }
}
