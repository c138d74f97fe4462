package io.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import io.corroborate.nlp.CoreNlp;
import io.corroborate.nlp.Layer;
import org.junit.jupiter.api.Test;

class ClaimSentencesTest {

  private static boolean[] choose(ClaimSentences scope, String text) {
    Annotation a = CoreNlp.shared().annotate(text, Layer.LEMMA);
    return scope.choose(a.get(CoreAnnotations.SentencesAnnotation.class));
  }

  @Test
  void choosesTheLeadAndEveryClaimSentenceWithItsNeighbours() {
    String text =
        String.join(
            " ",
            "The harbour froze over.", // 0 lead
            "Boats stayed in.", // 1
            "Gulls circled the quay.", // 2
            "Children skated near the pier.", // 3 neighbour of 4
            "The harbour master said the ice was thick.", // 4 reporting verb
            "Nobody fished.", // 5 neighbour of 4
            "The wind dropped at dusk.", // 6
            "A bakery handed out bread.", // 7
            "Tea was poured on the steps.", // 8 neighbour of 9
            "Ice covered 40 hectares of water.", // 9 number
            "Snow fell later.", // 10 neighbour of 9
            "The lamps came on.", // 11
            "Dogs barked at the skaters.", // 12
            "\u201CIt is beautiful,\u201D one of them shouted.", // 13 quote
            "The last ferry was cancelled."); // 14 neighbour of 13
    boolean[] chosen = choose(new ClaimSentences(1), text);
    assertThat(chosen).hasSize(15);
    assertThat(chosen)
        .containsExactly(
            true, false, false, true, true, true, false, false, true, true, true, false, true, true,
            true);
  }

  @Test
  void takesTheWholeLeadWhateverItHolds() {
    boolean[] chosen =
        choose(new ClaimSentences(3), "It rained. It snowed. It hailed. It cleared.");
    assertThat(chosen).containsExactly(true, true, true, false);
  }

  @Test
  void readsNumberWordsAsNumbers() {
    assertThat(choose(new ClaimSentences(0), "It rained. Seven ships sank. It cleared. Dry."))
        .containsExactly(true, true, true, false);
  }
}
