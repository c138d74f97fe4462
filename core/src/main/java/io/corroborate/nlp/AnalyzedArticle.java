package io.corroborate.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import io.corroborate.model.Article;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An article with its language analysis, computed lazily and at most once per layer. CoreNLP runs
 * on the cleaned body; {@link #toTextSpan} maps its offsets back to the text as read. Thread-safe:
 * layers are computed under the instance's lock.
 */
public final class AnalyzedArticle {

  private final Article article;
  private final CoreNlp nlp;
  private Annotation annotation;
  private Layer layer;
  private final Map<Object, Object> derived = new HashMap<>();

  /** An article to analyse with the given CoreNLP. */
  public AnalyzedArticle(Article article, CoreNlp nlp) {
    this.article = Objects.requireNonNull(article, "article");
    this.nlp = Objects.requireNonNull(nlp, "nlp");
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
      annotation = nlp.annotate(article.body(), atLeast, documentDate());
      layer = atLeast;
    } else if (layer.ordinal() < atLeast.ordinal()) {
      nlp.extend(annotation, layer, atLeast);
      layer = atLeast;
    }
    return annotation;
  }

  /**
   * The date relative dates in the article are read against ("Tuesday", "last week"): the day it
   * was published, when known; null otherwise.
   */
  public LocalDate documentDate() {
    return article.published() == null ? null : article.published().date();
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
