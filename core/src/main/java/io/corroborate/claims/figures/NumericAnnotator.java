package io.corroborate.claims.figures;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.corroborate.nlp.CoreNlp;
import java.util.Properties;

/**
 * The CoreNLP annotators the figure extractor runs on the few sentences that hold numbers: the
 * rule-based numeric entity classifier of the {@code ner} annotator without its statistical models
 * and without SUTime (which costs far more than the rest), the neural dependency parser, and a
 * part-of-speech tagger for stretches of over-long sentences the shared analysis left untagged.
 * Each is loaded once per JVM on first use. Thread-safe: CoreNLP annotators may be shared.
 */
final class NumericAnnotator {

  private static final NumericAnnotator SHARED = new NumericAnnotator();

  private volatile StanfordCoreNLP numbers;
  private volatile StanfordCoreNLP parser;
  private volatile StanfordCoreNLP tagger;

  private NumericAnnotator() {}

  /** The JVM-wide instance. */
  static NumericAnnotator shared() {
    return SHARED;
  }

  /** Sets numeric entity types (NUMBER, MONEY, PERCENT, DATE, TIME, DURATION ...) on tokens. */
  void classify(Annotation sentences) {
    numbers().annotate(sentences);
  }

  /** Adds dependency graphs to the sentences. */
  void parse(Annotation sentences) {
    parser().annotate(sentences);
  }

  /** Adds part-of-speech tags to the sentences. */
  void tag(Annotation sentences) {
    tagger().annotate(sentences);
  }

  /** Loads every annotator now, so that timing excludes model loading. */
  void preload() {
    numbers();
    parser();
    tagger();
  }

  private StanfordCoreNLP numbers() {
    StanfordCoreNLP p = numbers;
    if (p == null) {
      synchronized (this) {
        if (numbers == null) {
          Properties props = base("ner");
          props.setProperty("ner.model", "");
          props.setProperty("ner.useSUTime", "false");
          props.setProperty("ner.applyNumericClassifiers", "true");
          props.setProperty("ner.applyFineGrained", "false");
          props.setProperty("ner.buildEntityMentions", "false");
          props.setProperty("ner.maxlen", "200");
          numbers = new StanfordCoreNLP(props, false);
        }
        p = numbers;
      }
    }
    return p;
  }

  private StanfordCoreNLP parser() {
    StanfordCoreNLP p = parser;
    if (p == null) {
      synchronized (this) {
        if (parser == null) {
          Properties props = base("depparse");
          props.setProperty("depparse.maxlen", "200");
          parser = new StanfordCoreNLP(props, false);
        }
        p = parser;
      }
    }
    return p;
  }

  private StanfordCoreNLP tagger() {
    StanfordCoreNLP p = tagger;
    if (p == null) {
      synchronized (this) {
        if (tagger == null) {
          tagger = new StanfordCoreNLP(base("pos,lemma"), false);
        }
        p = tagger;
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
