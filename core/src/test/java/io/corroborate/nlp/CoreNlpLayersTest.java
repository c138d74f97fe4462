package io.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The layers built without CoreNLP's pool, tagged in chunks, scoped and under a budget. */
class CoreNlpLayersTest {

  /** Twelve sentences, more than one chunk, with people, places, numbers and dates. */
  private static final String TEXT =
      String.join(
          " ",
          "Mayor Ilse Varga opened the new bridge over the Tarn River in Ostrava on Monday.",
          "The crossing cost 48 million euros and took three years to build.",
          "Engineers from Kessler Bau said the deck was poured in March 2024.",
          "Traffic was light in the morning.",
          "Residents of the old town walked across it with their dogs.",
          "A brass band from Brno played until noon.",
          "\"We waited a long time for this,\" said Tomas Hrubý, a shopkeeper.",
          "The previous bridge closed in 2019 after a flood.",
          "Ferries carried commuters in the meantime.",
          "The European Investment Bank lent part of the money.",
          "Critics in the city council had called the design too costly.",
          "The bridge will carry 12,000 vehicles a day, the council estimates.");

  private static List<String> tags(Annotation a) {
    List<String> out = new ArrayList<>();
    for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
      out.add(t.word() + "/" + t.tag() + "/" + t.lemma() + "/" + t.ner());
    }
    return out;
  }

  @Test
  void tagsEverySentenceAsCoreNlpsOwnPipelineDoes() {
    LocalDate date = LocalDate.of(2026, 3, 5);
    Annotation ours = CoreNlp.shared().annotate(TEXT, Layer.NER, date);

    Properties p = CoreNlp.defaultProperties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    Annotation theirs = new Annotation(io.corroborate.ingest.LongRuns.forTokenizer(TEXT));
    theirs.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    new StanfordCoreNLP(p, false).annotate(theirs);

    assertThat(ours.get(CoreAnnotations.SentencesAnnotation.class)).hasSize(12);
    assertThat(tags(ours)).isEqualTo(tags(theirs));
    assertThat(Entities.of(ours, TEXT)).isEqualTo(Entities.of(theirs, TEXT));
    assertThat(DateMentions.of(ours, TEXT, null)).isEqualTo(DateMentions.of(theirs, TEXT, null));
  }

  @Test
  void leavesTheSentencesOutsideTheScopeWithoutEntities() {
    // the second and fourth sentences only
    SentenceScope scope =
        sentences -> {
          boolean[] b = new boolean[sentences.size()];
          b[1] = true;
          b[3] = true;
          return b;
        };
    Annotation a = CoreNlp.shared().annotate(TEXT, Layer.NER, null, scope, Budget.NONE);
    List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
    assertThat(sentences.get(0).get(CoreAnnotations.TokensAnnotation.class))
        .allSatisfy(t -> assertThat(t.ner()).isNull());
    assertThat(sentences.get(0).get(CoreAnnotations.MentionsAnnotation.class)).isNull();
    assertThat(sentences.get(1).get(CoreAnnotations.TokensAnnotation.class))
        .allSatisfy(t -> assertThat(t.ner()).isNotNull());
    // parts of speech and lemmas are on every sentence
    assertThat(sentences.get(0).get(CoreAnnotations.TokensAnnotation.class))
        .allSatisfy(t -> assertThat(t.lemma()).isNotNull());
    List<String> money = new ArrayList<>();
    for (CoreMap m : a.get(CoreAnnotations.MentionsAnnotation.class)) {
      money.add(m.get(CoreAnnotations.TextAnnotation.class));
    }
    assertThat(money).contains("48 million euros").doesNotContain("Ilse Varga", "Tarn River");
  }

  @Test
  void stopsBetweenChunksWhenTheBudgetRunsOut() {
    AtomicLong now = new AtomicLong();
    Budget budget = Budget.of(Duration.ofSeconds(1), now::get);
    Annotation a = CoreNlp.shared().annotate(TEXT, Layer.TOKENS, null, SentenceScope.ALL, budget);
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThatThrownBy(
            () -> CoreNlp.shared().extend(a, Layer.TOKENS, Layer.NER, SentenceScope.ALL, budget))
        .isInstanceOf(Budget.Exceeded.class)
        .hasMessageContaining("before pos");
  }
}
