package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NormalizedTokensTest {

  @Test
  void splitsWordsAndKeepsTheirSpans() {
    String text = "Dam breach: 4,000 flee the TOWN's east!";
    NormalizedTokens t = NormalizedTokens.of(text);
    assertThat(t.size()).isEqualTo(9);
    assertThat(text.substring(t.start(0), t.end(0))).isEqualTo("Dam");
    assertThat(text.substring(t.start(2), t.end(2))).isEqualTo("4");
    assertThat(text.substring(t.start(6), t.end(6))).isEqualTo("TOWN");
  }

  @Test
  void ignoresCaseAndPunctuation() {
    NormalizedTokens a = NormalizedTokens.of("The dam — it broke.");
    NormalizedTokens b = NormalizedTokens.of("the DAM it broke");
    assertThat(a.sameWords(b)).isTrue();
    assertThat(a.contentHash()).isEqualTo(b.contentHash());
    assertThat(NormalizedTokens.of("the dam it held").contentHash()).isNotEqualTo(a.contentHash());
  }

  @Test
  void givesEachCharacterOfUnspacedScriptsATokenOfItsOwn() {
    NormalizedTokens zh = NormalizedTokens.of("大坝决堤，数千人撤离。");
    assertThat(zh.size()).isEqualTo(9);
    // Thai vowel and tone marks stay with the consonant they follow
    String thai = "เขื่อนแตก";
    NormalizedTokens th = NormalizedTokens.of(thai);
    assertThat(th.size()).isBetween(3, thai.length());
    assertThat(th.end(th.size() - 1)).isEqualTo(thai.length());
  }

  @Test
  void emptyAndPunctuationOnlyTextsHaveNoTokens() {
    assertThat(NormalizedTokens.of("").size()).isZero();
    assertThat(NormalizedTokens.of(" — … !!").size()).isZero();
  }

  @Property
  void tokensLieInsideTheTextInOrder(@ForAll String text) {
    NormalizedTokens t = NormalizedTokens.of(text);
    int last = 0;
    for (int i = 0; i < t.size(); i++) {
      assertThat(t.start(i)).isGreaterThanOrEqualTo(last);
      assertThat(t.end(i)).isGreaterThan(t.start(i)).isLessThanOrEqualTo(text.length());
      last = t.end(i);
    }
  }
}
