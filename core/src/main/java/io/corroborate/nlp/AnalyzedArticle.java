package io.corroborate.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import io.corroborate.model.Article;
import io.corroborate.model.Span;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An article with its language analysis, computed lazily and at most once per layer. CoreNLP runs
 * on the cleaned body; {@link #toTextSpan} maps its offsets back to the text as read. Thread-safe:
 * layers are computed under the instance's lock.
 */
public final class AnalyzedArticle {

  private final Article article;
  private final CoreNlp nlp;
  private final SentenceScope scope;
  private final Budget budget;
  private final AnalysisLimits limits;
  private final Consumer<String> warnings;
  private Annotation annotation;
  private Layer layer;
  private final Map<Object, Object> derived = new HashMap<>();

  /**
   * An article to analyse with the given CoreNLP, entities on every sentence, no time limit, the
   * default {@link AnalysisLimits} (applied without a word: callers that must tell the user pass a
   * listener to {@link #AnalyzedArticle(Article, CoreNlp, SentenceScope, Budget, AnalysisLimits,
   * Consumer)}).
   */
  public AnalyzedArticle(Article article, CoreNlp nlp) {
    this(article, nlp, SentenceScope.ALL, Budget.NONE);
  }

  /**
   * An article to analyse with the given CoreNLP, the entity layer on the sentences {@code scope}
   * chooses, layers stopped with {@link Budget.Exceeded} once {@code budget} has run out, the
   * default {@link AnalysisLimits} applied without a word.
   */
  public AnalyzedArticle(Article article, CoreNlp nlp, SentenceScope scope, Budget budget) {
    this(article, nlp, scope, budget, AnalysisLimits.DEFAULTS, w -> {});
  }

  /**
   * An article to analyse with the given CoreNLP, the entity layer on the sentences {@code scope}
   * chooses, layers stopped with {@link Budget.Exceeded} once {@code budget} has run out, the
   * analysis bounded by {@code limits}; each limit that bites is told once to {@code warnings}
   * (from the thread that first asks for the annotation).
   */
  public AnalyzedArticle(
      Article article,
      CoreNlp nlp,
      SentenceScope scope,
      Budget budget,
      AnalysisLimits limits,
      Consumer<String> warnings) {
    this.article = Objects.requireNonNull(article, "article");
    this.nlp = Objects.requireNonNull(nlp, "nlp");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * The bounds of this article's analysis: stages that read sentences leave alone those longer than
   * {@link AnalysisLimits#maxSentenceTokens()}.
   */
  public AnalysisLimits limits() {
    return limits;
  }

  /** The time budget of this article's analysis ({@link Budget#NONE} when unlimited). */
  public Budget budget() {
    return budget;
  }

  /** The article. */
  public Article article() {
    return article;
  }

  /** The text CoreNLP sees: the cleaned body. */
  public String body() {
    return article.body();
  }

  /**
   * The CoreNLP annotation of the body with at least the given layer. Callers must not modify it.
   */
  public synchronized Annotation annotation(Layer atLeast) {
    if (annotation == null) {
      // SUTime is not told the article's date: its resolution of relative dates depends on the
      // documents it read before (CoreNLP issue 1061); DateMentions anchors them instead
      Annotation a =
          nlp.annotate(article.body(), Layer.TOKENS, null, scope, budget, limits, warnings);
      annotation = a;
      layer = Layer.TOKENS;
    }
    if (layer.ordinal() < atLeast.ordinal()) {
      // layer by layer, so that a layer stopped by the budget leaves the ones before it usable
      for (int i = layer.ordinal() + 1; i <= atLeast.ordinal(); i++) {
        Layer next = Layer.values()[i];
        nlp.extend(annotation, layer, next, scope, budget, limits);
        layer = next;
      }
    }
    return annotation;
  }

  /**
   * A value derived from this article's analysis (its entities, its dates), computed on first
   * request and kept. The key identifies the kind of value; keys are compared by equality.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<AnalyzedArticle, T> compute) {
    synchronized (derived) {
      Object v = derived.get(key);
      if (v != null) {
        return (T) v;
      }
    }
    T value = Objects.requireNonNull(compute.apply(this), "derived value");
    synchronized (derived) {
      Object v = derived.putIfAbsent(key, value);
      return v == null ? value : (T) v;
    }
  }

  /** Maps a span of the body (CoreNLP's offsets) to the text as read. */
  public Span toTextSpan(int bodyStart, int bodyEnd) {
    return article.toTextSpan(new Span(bodyStart, bodyEnd));
  }
}
