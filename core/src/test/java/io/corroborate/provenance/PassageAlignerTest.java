package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassageAlignerTest {

  private static final String SOURCE =
      "A section of the Ostrava Lake dam gave way early on Tuesday after three days of rain,"
          + " sending water into the town of Pellham. At least nine people were killed, officials"
          + " said. Rescue teams were still searching the streets on the eastern side of town.";

  private final PassageAligner aligner = new PassageAligner(5, PassageAligner.DEFAULT_MAX_GAP);

  private PassageAlignment align(String copy, String source) {
    NormalizedTokens c = NormalizedTokens.of(copy);
    NormalizedTokens s = NormalizedTokens.of(source);
    return aligner.align(Shingles.inOrder(c, 5), c.size(), Shingles.inOrder(s, 5), s.size());
  }

  @Test
  void aVerbatimCopyIsOnePassageCoveringBoth() {
    PassageAlignment a = align(SOURCE, SOURCE);
    assertThat(a.passages()).hasSize(1);
    assertThat(a.copyCoverage()).isEqualTo(1.0);
    assertThat(a.sourceCoverage()).isEqualTo(1.0);
  }

  @Test
  void aPartialReprintCoversThePartItTook() {
    String own =
        "Volunteers in the hill village of Dornach filled sandbags through the night and"
            + " opened the school hall to families from the valley. ";
    String copy = own + SOURCE.substring(SOURCE.indexOf("At least"));
    PassageAlignment a = align(copy, SOURCE);
    assertThat(a.passages()).hasSize(1);
    TokenPassage p = a.passages().get(0);
    NormalizedTokens c = NormalizedTokens.of(copy);
    NormalizedTokens s = NormalizedTokens.of(SOURCE);
    assertThat(copy.substring(c.start(p.start()), c.end(p.end() - 1)))
        .startsWith("At least nine")
        .endsWith("eastern side of town");
    assertThat(SOURCE.substring(s.start(p.fromStart()), s.end(p.fromEnd() - 1)))
        .startsWith("At least nine");
    assertThat(a.copyCoverage()).isBetween(0.4, 0.7);
    assertThat(a.sourceCoverage()).isBetween(0.4, 0.7);
  }

  @Test
  void smallEditsStayInsideOnePassage() {
    String edited = SOURCE.replace("nine", "ten").replace("still", "again");
    PassageAlignment a = align(edited, SOURCE);
    assertThat(a.passages()).hasSize(1);
    assertThat(a.copyCoverage()).isLessThan(1.0).isGreaterThan(0.6);
  }

  @Test
  void unrelatedTextsShareNothing() {
    PassageAlignment a = align("Markets rose on Friday as oil prices fell again.", SOURCE);
    assertThat(a.passages()).isEmpty();
    assertThat(a.copyCoverage()).isZero();
  }
}
