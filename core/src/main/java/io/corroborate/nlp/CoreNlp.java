package io.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Stanford CoreNLP, one annotator set per {@link Layer}, each loaded on first use and kept for the
 * life of the JVM (models take seconds and hundreds of megabytes to load, so load them once).
 * Layers are added to an annotation one after the other, so a stage that needs only tokens never
 * pays for the tagger or the entity recogniser.
 *
 * <p>Annotators are built directly rather than through {@code StanfordCoreNLP}, whose JVM-wide
 * annotator pool loads models under one lock: here each layer has its own holder, so layers load in
 * parallel ({@link #preloadInBackground}) while the first articles are read. The entity layer runs
 * on the sentences a {@link SentenceScope} chooses, and the tagger and the entity recogniser work
 * sentence by sentence under a {@link Budget}, so one pathological article is stopped between
 * sentences instead of holding a worker. {@link AnalysisLimits} bound the work whatever the clock:
 * sentences past the limit are not annotated, over-long sentences are not tagged, and each time a
 * limit bites a warning says so. Thread-safe: CoreNLP annotators may be shared.
 */
public final class CoreNlp {

  /** Sentences handed to an annotator at a time, between two checks of the budget. */
  static final int CHUNK_SENTENCES = 8;

  private static final CoreNlp SHARED = new CoreNlp(defaultProperties());

  private final Properties base;
  private final ConcurrentMap<Layer, FutureTask<Annotator>> pipelines = new ConcurrentHashMap<>();
  private final LongAdder entitySentences = new LongAdder();
  private final LongAdder entityCandidates = new LongAdder();

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

  /**
   * A pipeline of the named CoreNLP annotators ({@code "tokenize,ssplit,pos"}, ...) with the given
   * properties, built without {@code StanfordCoreNLP}'s JVM-wide pool (whose lock serialises model
   * loading). Each call loads its models anew: callers keep the result.
   */
  public static AnnotationPipeline pipelineOf(Properties props, String annotators) {
    AnnotatorImplementations impl = new AnnotatorImplementations();
    AnnotationPipeline pipeline = new AnnotationPipeline();
    List<String> names = new ArrayList<>();
    for (String name : annotators.split(",")) {
      names.add(name.strip());
    }
    if (names.contains("tokenize")) {
      // since CoreNLP 4 the tokenizer splits sentences itself (with the ssplit.* properties)
      names.remove("ssplit");
    }
    for (String name : names) {
      pipeline.addAnnotator(
          switch (name) {
            case "tokenize" -> impl.tokenizer(props);
            case "ssplit" -> impl.wordToSentences(props);
            case "pos" -> posAnnotator(props, impl);
            case "lemma" -> impl.morpha(props, false);
            case "ner" -> impl.ner(props);
            case "depparse" -> impl.dependencies(props);
            default -> throw new IllegalArgumentException("unknown annotator: " + name);
          });
    }
    return pipeline;
  }

  /** The English part-of-speech model, the one the {@code pos} annotator loads by default. */
  public static final String POS_MODEL =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private static volatile MaxentTagger posTagger;

  /**
   * The English part-of-speech tagger ({@link #POS_MODEL}), loaded once per JVM on first use and
   * shared by the tagging layer and every stage that tags sentences of its own. Thread-safe.
   */
  public static MaxentTagger posTagger() {
    MaxentTagger t = posTagger;
    if (t == null) {
      synchronized (CoreNlp.class) {
        t = posTagger;
        if (t == null) {
          t = new MaxentTagger(POS_MODEL);
          posTagger = t;
        }
      }
    }
    return t;
  }

  /** The {@code pos} annotator, on the shared tagger unless the properties name another model. */
  private static Annotator posAnnotator(Properties props, AnnotatorImplementations impl) {
    String model = props.getProperty("pos.model");
    if (model != null && !model.equals(POS_MODEL)) {
      return impl.posTagger(props);
    }
    int maxlen = Integer.parseInt(props.getProperty("pos.maxlen", "" + Integer.MAX_VALUE));
    int threads =
        Integer.parseInt(props.getProperty("pos.nthreads", props.getProperty("nthreads", "1")));
    return new POSTaggerAnnotator(posTagger(), maxlen, threads);
  }

  /** A new annotation of {@code text} with every layer up to {@code upTo}. */
  public Annotation annotate(String text, Layer upTo) {
    return annotate(text, upTo, null);
  }

  /**
   * A new annotation of {@code text} with every layer up to {@code upTo}, relative dates ("on
   * Tuesday", "last week") read by SUTime against {@code documentDate} when it is not null. Beware:
   * SUTime's resolution keeps state across documents (CoreNLP issue 1061), so with a date the
   * result can depend on what this JVM annotated before; the product passes null and anchors dates
   * itself ({@link DateMentions}).
   */
  public Annotation annotate(String text, Layer upTo, LocalDate documentDate) {
    return annotate(text, upTo, documentDate, SentenceScope.ALL, Budget.NONE);
  }

  /**
   * A new annotation of {@code text} with every layer up to {@code upTo}, the entity layer on the
   * sentences {@code scope} chooses, stopped with {@link Budget.Exceeded} when {@code budget} runs
   * out.
   */
  public Annotation annotate(
      String text, Layer upTo, LocalDate documentDate, SentenceScope scope, Budget budget) {
    return annotate(text, upTo, documentDate, scope, budget, AnalysisLimits.DEFAULTS, w -> {});
  }

  /**
   * A new annotation of {@code text} with every layer up to {@code upTo}, the entity layer on the
   * sentences {@code scope} chooses, stopped with {@link Budget.Exceeded} when {@code budget} runs
   * out, and bounded by {@code limits}: only the first {@link AnalysisLimits#maxSentences()}
   * sentences are kept in the annotation, and sentences longer than {@link
   * AnalysisLimits#maxSentenceTokens()} get no tags or entities. Each limit that bites is told to
   * {@code warnings} once, as a message that names the limit and its option.
   */
  public Annotation annotate(
      String text,
      Layer upTo,
      LocalDate documentDate,
      SentenceScope scope,
      Budget budget,
      AnalysisLimits limits,
      Consumer<String> warnings) {
    // same length, so offsets hold; long unbroken runs would make the tokenizer quadratic
    Annotation a = new Annotation(io.corroborate.ingest.LongRuns.forTokenizer(text));
    if (documentDate != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    extend(a, null, Layer.TOKENS, scope, budget, limits);
    bound(a, limits, warnings);
    if (upTo != Layer.TOKENS) {
      extend(a, Layer.TOKENS, upTo, scope, budget, limits);
    }
    return a;
  }

  /**
   * Keeps the first {@code maxSentences} sentences of a tokenised document (and their tokens) and
   * reports the limits that bite.
   */
  private static void bound(Annotation a, AnalysisLimits limits, Consumer<String> warnings) {
    List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    int all = sentences.size();
    if (all > limits.maxSentences()) {
      List<CoreMap> kept = new ArrayList<>(sentences.subList(0, limits.maxSentences()));
      List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens != null) {
        // the document's tokens are its sentences' tokens, in order
        Integer tokenEnd = kept.get(kept.size() - 1).get(CoreAnnotations.TokenEndAnnotation.class);
        int end = 0;
        if (tokenEnd != null) {
          end = tokenEnd;
        } else {
          for (CoreMap s : kept) {
            List<CoreLabel> ts = s.get(CoreAnnotations.TokensAnnotation.class);
            end += ts == null ? 0 : ts.size();
          }
        }
        end = Math.min(end, tokens.size());
        a.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens.subList(0, end)));
      }
      a.set(CoreAnnotations.SentencesAnnotation.class, kept);
      sentences = kept;
      warnings.accept(
          "has "
              + all
              + " sentences, more than "
              + limits.maxSentences()
              + " (--max-sentences): only the first "
              + limits.maxSentences()
              + " are analysed, the rest of the body is kept unanalysed");
    }
    int over = 0;
    int longest = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int n = tokens == null ? 0 : tokens.size();
      if (!limits.analyses(n)) {
        over++;
        longest = Math.max(longest, n);
      }
    }
    if (over > 0) {
      warnings.accept(
          (over == 1 ? "1 sentence" : over + " sentences")
              + " longer than "
              + limits.maxSentenceTokens()
              + " tokens (--max-sentence-tokens; the longest has "
              + longest
              + "): kept in the body, but not tagged, and no entities, dates or figures read from"
              + (over == 1 ? " it" : " them"));
    }
  }

  /**
   * Adds the layers after {@code done} up to {@code upTo} to an annotation.
   *
   * @param done the last layer the annotation already has, or null for none
   */
  public void extend(Annotation annotation, Layer done, Layer upTo) {
    extend(annotation, done, upTo, SentenceScope.ALL, Budget.NONE);
  }

  /**
   * Adds the layers after {@code done} up to {@code upTo} to an annotation, the entity layer on the
   * sentences {@code scope} chooses only, sentences over the default token limit ({@link
   * AnalysisLimits#DEFAULTS}) left untagged.
   *
   * @param done the last layer the annotation already has, or null for none
   * @throws Budget.Exceeded when the budget runs out between two chunks of sentences
   */
  public void extend(
      Annotation annotation, Layer done, Layer upTo, SentenceScope scope, Budget budget) {
    extend(annotation, done, upTo, scope, budget, AnalysisLimits.DEFAULTS);
  }

  /**
   * Adds the layers after {@code done} up to {@code upTo} to an annotation, the entity layer on the
   * sentences {@code scope} chooses only (the others get no entity tags and no mentions). Sentences
   * longer than {@link AnalysisLimits#maxSentenceTokens()} are given neither to the tagger (their
   * tokens are tagged {@code X}, as CoreNLP tags a sentence it gives up on) nor to the entity
   * layer. The sentence limit applies where the annotation is made ({@link #annotate(String, Layer,
   * LocalDate, SentenceScope, Budget, AnalysisLimits, Consumer)}), not here.
   *
   * @param done the last layer the annotation already has, or null for none
   * @throws Budget.Exceeded when the budget runs out between two chunks of sentences
   */
  public void extend(
      Annotation annotation,
      Layer done,
      Layer upTo,
      SentenceScope scope,
      Budget budget,
      AnalysisLimits limits) {
    int from = done == null ? 0 : done.ordinal() + 1;
    for (int i = from; i <= upTo.ordinal(); i++) {
      Layer layer = Layer.values()[i];
      budget.check(layer.name().toLowerCase(java.util.Locale.ROOT));
      Annotator annotator = pipeline(layer);
      if (layer == Layer.TOKENS) {
        annotator.annotate(annotation);
        continue;
      }
      List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
      if (sentences == null) {
        annotator.annotate(annotation);
        continue;
      }
      boolean[] chosen = layer == Layer.NER ? scope.choose(sentences) : null;
      if (layer == Layer.POS || layer == Layer.NER) {
        chosen = withinLimit(sentences, chosen, limits, layer == Layer.POS);
      }
      if (chosen != null) {
        entityCandidates.add(chosen.length);
        for (boolean c : chosen) {
          if (c) {
            entitySentences.increment();
          }
        }
      }
      annotateInChunks(
          annotator,
          annotation,
          sentences,
          chosen,
          budget,
          layer.name().toLowerCase(java.util.Locale.ROOT));
      if (layer == Layer.NER) {
        // the document-level list of mentions, in sentence order, as the annotator would set it
        List<CoreMap> all = new ArrayList<>();
        for (CoreMap s : sentences) {
          List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
          if (ms != null) {
            all.addAll(ms);
          }
        }
        annotation.set(CoreAnnotations.MentionsAnnotation.class, all);
      }
    }
  }

  /**
   * The sentences to annotate: those already chosen (all when {@code chosen} is null) that are
   * within the token limit; null when that is all of them. Over-long ones are tagged {@code X} when
   * {@code tag}.
   */
  private static boolean[] withinLimit(
      List<CoreMap> sentences, boolean[] chosen, AnalysisLimits limits, boolean tag) {
    boolean[] out = chosen;
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreLabel> tokens = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || limits.analyses(tokens.size())) {
        continue;
      }
      if (out == null) {
        out = new boolean[sentences.size()];
        java.util.Arrays.fill(out, true);
      }
      out[i] = false;
      if (tag) {
        for (CoreLabel t : tokens) {
          t.setTag("X");
        }
      }
    }
    return out;
  }

  /**
   * Runs a sentence-level annotator (tagger, entity recogniser, parser) over a document's sentences
   * a few at a time, with the budget checked before each chunk. The sentences are annotated in
   * place, each seeing the same tokens as on the whole document, so the result is the one of a
   * single call.
   *
   * @param stage what the annotator does, for the budget's message
   * @throws Budget.Exceeded when the budget runs out between two chunks
   */
  public static void annotateInChunks(
      Annotator annotator, Annotation doc, Budget budget, String stage) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      budget.check(stage);
      annotator.annotate(doc);
      return;
    }
    annotateInChunks(annotator, doc, sentences, null, budget, stage);
  }

  /** As {@link #annotateInChunks(Annotator, Annotation, Budget, String)}, on chosen sentences. */
  private static void annotateInChunks(
      Annotator annotator,
      Annotation doc,
      List<CoreMap> sentences,
      boolean[] chosen,
      Budget budget,
      String stage) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    String docDate = doc.get(CoreAnnotations.DocDateAnnotation.class);
    List<CoreMap> chunk = new ArrayList<>(CHUNK_SENTENCES);
    for (int i = 0; i < sentences.size(); i++) {
      if (chosen != null && !chosen[i]) {
        continue;
      }
      chunk.add(sentences.get(i));
      if (chunk.size() == CHUNK_SENTENCES) {
        budget.check(stage);
        annotator.annotate(subDocument(text, docDate, chunk));
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      budget.check(stage);
      annotator.annotate(subDocument(text, docDate, chunk));
    }
  }

  /** A document of some of another's sentences, sharing their tokens. */
  private static Annotation subDocument(String text, String docDate, List<CoreMap> sentences) {
    Annotation a = new Annotation(text);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    a.set(CoreAnnotations.TokensAnnotation.class, tokens);
    a.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
    if (docDate != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    return a;
  }

  /**
   * How many sentences this instance gave the entity layer, and of how many it was asked for: what
   * the sentence scopes saved.
   *
   * @return {tagged, offered}
   */
  public long[] entityLayerSentences() {
    return new long[] {entitySentences.sum(), entityCandidates.sum()};
  }

  /** Loads the annotators of a layer now, so timing of later work excludes model loading. */
  public void preload(Layer upTo) {
    for (int i = 0; i <= upTo.ordinal(); i++) {
      pipeline(Layer.values()[i]);
    }
  }

  /**
   * Starts loading the annotators of every layer up to {@code upTo} on daemon threads, one per
   * layer, and returns at once: a run that will need them overlaps their loading with its reading
   * and with each other. A layer already loaded or loading is not loaded again; a load that fails
   * fails again, with its cause, where the layer is first used.
   *
   * @return one future per layer, completed when its load has ended
   */
  public List<CompletableFuture<Void>> preloadInBackground(Layer upTo) {
    List<CompletableFuture<Void>> loads = new ArrayList<>();
    for (int i = 0; i <= upTo.ordinal(); i++) {
      Layer layer = Layer.values()[i];
      loads.add(
          Background.run(
              "load-" + layer.name().toLowerCase(java.util.Locale.ROOT), () -> pipeline(layer)));
    }
    return loads;
  }

  private Annotator pipeline(Layer layer) {
    FutureTask<Annotator> task = pipelines.get(layer);
    if (task == null) {
      FutureTask<Annotator> made =
          new FutureTask<>(
              () -> {
                Properties p = new Properties();
                p.putAll(base);
                p.setProperty("annotators", layer.annotators());
                // the token limit is applied before the annotators (extend), with a warning;
                // theirs would give up on longer sentences silently
                p.setProperty("pos.maxlen", Integer.toString(Integer.MAX_VALUE));
                p.setProperty("ner.maxlen", Integer.toString(Integer.MAX_VALUE));
                return pipelineOf(p, layer.annotators());
              });
      task = pipelines.putIfAbsent(layer, made);
      if (task == null) {
        task = made;
        made.run();
      }
    }
    return Background.await(task, "loading the " + layer.name().toLowerCase() + " models");
  }
}
