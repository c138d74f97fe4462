package io.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Stanford CoreNLP, one annotator set per {@link Layer}, each loaded on first use and kept for the
 * life of the JVM (models take seconds and hundreds of megabytes to load, so load them once).
 * Layers are added to an annotation one after the other, so a stage that needs only tokens never
 * pays for the tagger or the entity recogniser. Thread-safe: CoreNLP annotators may be shared.
 */
public final class CoreNlp {

  private static final CoreNlp SHARED = new CoreNlp(defaultProperties());

  private final Properties base;
  private final Map<Layer, StanfordCoreNLP> pipelines = new EnumMap<>(Layer.class);

  /** CoreNLP with the given base properties (annotator lists are set per layer). */
  public CoreNlp(Properties base) {
    this.base = base;
  }

  /** The JVM-wide instance with the project's default settings. */
  public static CoreNlp shared() {
    return SHARED;
  }

  /** English models; fine-grained entity types off (slow, unused); numbers and dates normalised. */
  public static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("pos.maxlen", "400");
    p.setProperty("ner.maxlen", "400");
    return p;
  }

  /** A new annotation of {@code text} with every layer up to {@code upTo}. */
  public Annotation annotate(String text, Layer upTo) {
    return annotate(text, upTo, null);
  }

  /**
   * A new annotation of {@code text} with every layer up to {@code upTo}, relative dates ("on
   * Tuesday", "last week") read against {@code documentDate} when it is not null.
   */
  public Annotation annotate(String text, Layer upTo, LocalDate documentDate) {
    // same length, so offsets hold; long unbroken runs would make the tokenizer quadratic
    Annotation a = new Annotation(io.corroborate.ingest.LongRuns.forTokenizer(text));
    if (documentDate != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    extend(a, null, upTo);
    return a;
  }

  /**
   * Adds the layers after {@code done} up to {@code upTo} to an annotation.
   *
   * @param done the last layer the annotation already has, or null for none
   */
  public void extend(Annotation annotation, Layer done, Layer upTo) {
    int from = done == null ? 0 : done.ordinal() + 1;
    for (int i = from; i <= upTo.ordinal(); i++) {
      pipeline(Layer.values()[i]).annotate(annotation);
    }
  }

  /** Loads the annotators of a layer now, so timing of later work excludes model loading. */
  public void preload(Layer upTo) {
    for (int i = 0; i <= upTo.ordinal(); i++) {
      pipeline(Layer.values()[i]);
    }
  }

  private synchronized StanfordCoreNLP pipeline(Layer layer) {
    return pipelines.computeIfAbsent(
        layer,
        l -> {
          Properties p = new Properties();
          p.putAll(base);
          p.setProperty("annotators", l.annotators());
          return new StanfordCoreNLP(p, false);
        });
  }
}
