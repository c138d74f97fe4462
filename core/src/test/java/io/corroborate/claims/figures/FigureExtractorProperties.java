package io.corroborate.claims.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.Figure;
import io.corroborate.nlp.AnalyzedArticle;
import io.corroborate.nlp.CoreNlp;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Adversarial text never crashes the extractor, and every figure's offsets point at its words. */
class FigureExtractorProperties {

  private static final FigureExtractor EXTRACTOR = new FigureExtractor();

  private static List<Figure> figures(String text) {
    Article a = Articles.of("p", text);
    List<Figure> fs = EXTRACTOR.extract(new AnalyzedArticle(a, CoreNlp.shared()));
    for (Figure f : fs) {
      assertThat(f.start()).isBetween(0, a.text().length());
      assertThat(f.end()).isBetween(f.start(), a.text().length());
      assertThat(a.text().substring(f.start(), f.end())).isEqualTo(f.text());
      if (f.low() != null && f.high() != null) {
        assertThat(f.low()).isLessThanOrEqualTo(f.high());
      }
    }
    return fs;
  }

  @Provide
  Arbitrary<String> numberish() {
    Arbitrary<String> words =
        Arbitraries.of(
            "some",
            "12,000",
            "1,2,3,4,5,",
            "more than",
            "a dozen",
            "soldiers",
            "$",
            "1.2bn",
            "%",
            "45",
            "between",
            "and",
            "10",
            "to",
            "12 thousand",
            "killed",
            "or",
            "wounded",
            ",",
            ".",
            "according to",
            "Estermont",
            "in the past week",
            "since",
            "mid-November",
            "-",
            "3",
            "March",
            "2026",
            "10:30",
            "(",
            ")",
            "thousands",
            "of",
            "several",
            "minus",
            "one",
            "USD10m",
            "4.3M",
            "1/16",
            "twenty-five",
            "million",
            "9".repeat(40));
    return words.list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  @Property(tries = 40)
  void numberSoupNeverBreaksTheExtractor(@ForAll("numberish") String text) {
    figures(text);
  }

  @Property(tries = 30)
  void anyTextNeverBreaksTheExtractor(@ForAll("anyText") String text) {
    figures(text);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().ofMaxLength(300);
  }

  @Example
  void aSentenceOfFiveThousandTokensIsReadInBoundedTime() {
    String text = "1,2,3,4,5, ".repeat(1000) + "and 12 soldiers " + "x ".repeat(3000);
    long t0 = System.nanoTime();
    figures(text);
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(120);
  }

  @Example
  void fourHundredDigitsAreNoQuantity() {
    assertThat(figures("The code was " + "7".repeat(400) + " and nothing else.")).isEmpty();
  }

  @Example
  void otherLanguagesGiveSensibleOrNoFigures() {
    figures("Пострадали 12 человек, сообщили власти. 地震で300人が避難した。 قُتل 40 شخصًا.");
    assertThat(figures("Στην Αθήνα σήμερα βρέχει.")).isEmpty();
  }
}
