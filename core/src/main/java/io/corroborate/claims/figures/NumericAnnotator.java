package io.corroborate.claims.figures;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import io.corroborate.nlp.Budget;
import io.corroborate.nlp.CoreNlp;
import io.corroborate.nlp.Layer;
import io.corroborate.nlp.SentenceScope;
import java.util.Properties;

/**
 * The CoreNLP annotators the figure extractor runs on the few sentences that hold numbers: the
 * rule-based numeric entity classifier of the {@code ner} annotator without its statistical models
 * and without SUTime (which costs far more than the rest), the neural dependency parser, and a
 * part-of-speech tagger for stretches of over-long sentences the shared analysis left untagged.
 * Each is loaded once per JVM on first use, and works a few sentences at a time under the article's
 * time budget. Thread-safe: CoreNLP annotators may be shared.
 */
final class NumericAnnotator {

  private static final NumericAnnotator SHARED = new NumericAnnotator();

  private volatile AnnotationPipeline numbers;
  private volatile AnnotationPipeline parser;
  // one lock per model, so that one loading does not hold up a thread that needs another
  private final Object numbersLock = new Object();
  private final Object parserLock = new Object();

  private NumericAnnotator() {}

  /** The JVM-wide instance. */
  static NumericAnnotator shared() {
    return SHARED;
  }

  /** Sets numeric entity types (NUMBER, MONEY, PERCENT, DATE, TIME, DURATION ...) on tokens. */
  void classify(Annotation sentences, Budget budget) {
    CoreNlp.annotateInChunks(numbers(), sentences, budget, "figures");
  }

  /** Adds dependency graphs to the sentences. */
  void parse(Annotation sentences, Budget budget) {
    CoreNlp.annotateInChunks(parser(), sentences, budget, "figures");
  }

  /** Adds part-of-speech tags to the sentences. */
  void tag(Annotation sentences, Budget budget) {
    // the shared analysis' own tagger and lemmatiser (the same models and settings, loaded once)
    CoreNlp.shared().extend(sentences, Layer.TOKENS, Layer.LEMMA, SentenceScope.ALL, budget);
  }

  /**
   * Loads the annotators every article with numbers needs now, so that timing excludes model
   * loading (the tagger is the shared analysis' own).
   */
  void preload() {
    numbers();
    parser();
  }

  private AnnotationPipeline numbers() {
    AnnotationPipeline p = numbers;
    if (p == null) {
      synchronized (numbersLock) {
        if (numbers == null) {
          Properties props = base("ner");
          props.setProperty("ner.model", "");
          props.setProperty("ner.useSUTime", "false");
          props.setProperty("ner.applyNumericClassifiers", "true");
          props.setProperty("ner.applyFineGrained", "false");
          props.setProperty("ner.buildEntityMentions", "false");
          props.setProperty("ner.maxlen", "200");
          numbers = CoreNlp.pipelineOf(props, "ner");
        }
        p = numbers;
      }
    }
    return p;
  }

  private AnnotationPipeline parser() {
    AnnotationPipeline p = parser;
    if (p == null) {
      synchronized (parserLock) {
        if (parser == null) {
          Properties props = base("depparse");
          props.setProperty("depparse.maxlen", "200");
          parser = CoreNlp.pipelineOf(props, "depparse");
        }
        p = parser;
      }
    }
    return p;
  }

  private static Properties base(String annotators) {
    Properties props = new Properties();
    props.putAll(CoreNlp.defaultProperties());
    props.setProperty("annotators", annotators);
    return props;
  }
}
