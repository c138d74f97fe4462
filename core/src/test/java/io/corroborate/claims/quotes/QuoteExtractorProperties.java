package io.corroborate.claims.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.Quote;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Hostile text never crashes the extractor and its offsets stay inside the text. */
class QuoteExtractorProperties {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "\"",
            "\u201c",
            "\u201d",
            "\u2018",
            "\u2019",
            "'",
            "\u00ab",
            "\u00bb",
            "\u201e",
            " said ",
            " she said",
            " he told reporters",
            ", according to ",
            "Ana Lund",
            " Lund",
            " the Port Authority",
            ", a doctor, ",
            " that ",
            ". ",
            ", ",
            "\n\n",
            "\n",
            " who ",
            "They",
            " it",
            "\u0413\u043e\u0432\u043e\u0440\u0438\u0442",
            "\u4ed6\u8bf4",
            "\u0642\u0627\u0644",
            " \u2014 ",
            "(",
            ")",
            " 12 ",
            "Mr.",
            " was ",
            " the water ",
            "rose",
            " I said",
            "!",
            "?",
            "\u00a0",
            "\t");
    return pieces.list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Property(tries = 150)
  void offsetsStayInsideTheText(@ForAll("texts") String text) {
    check(text);
  }

  @Property(tries = 40)
  void anyCharactersAreHandled(@ForAll String text) {
    check(text);
  }

  @Example
  void unbalancedMarksAcrossAWholeArticle() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      b.append("\u201cParagraph ").append(i).append(" opens, said Ana Lund, and never closes.\n\n");
    }
    check(b.toString());
  }

  @Example
  void aFiveThousandTokenSentence() {
    StringBuilder b = new StringBuilder("Ana Lund said that");
    for (int i = 0; i < 5000; i++) {
      b.append(i % 7 == 0 ? " \"" : " word");
    }
    b.append(".");
    check(b.toString());
  }

  @Example
  void nestedAndMismatchedMarks() {
    check(
        "\u201cHe said \u201cno\u201d and \u2018maybe\u201d then \u00bbstop\u00ab,\u201d Lund"
            + " said. \"Open \u201c close\" \u201d \u2019");
  }

  @Example
  void textInOtherLanguages() {
    check(
        "\u00ab\u041c\u044b \u0433\u043e\u0442\u043e\u0432\u044b\u00bb, \u2014 \u0441\u043a"
            + "\u0430\u0437\u0430\u043b \u043c\u044d\u0440.\n\n\u201e\u8fd9\u662f\u6d4b\u8bd5\u201c,"
            + " \u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633.");
  }

  private static void check(String text) {
    if (text.isBlank()) {
      return;
    }
    Article a = QuoteFixtures.article("p", text);
    List<Quote> quotes = QuoteFixtures.EXTRACTOR.extract(a);
    for (Quote q : quotes) {
      assertThat(q.start()).isBetween(0, text.length());
      assertThat(q.end()).isBetween(q.start(), text.length());
      if (q.speakerStart() != null) {
        assertThat(q.speakerEnd()).isBetween(q.speakerStart(), text.length());
      }
      if (q.verbStart() != null) {
        assertThat(q.verbEnd()).isBetween(q.verbStart(), text.length());
      }
    }
    assertThat(quotes).isSortedAccordingTo((x, y) -> Integer.compare(x.start(), y.start()));
  }
}
