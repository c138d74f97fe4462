package io.corroborate.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import io.corroborate.model.Article;
import io.corroborate.model.Span;
import java.util.Objects;

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
      annotation = nlp.annotate(article.body(), atLeast);
      layer = atLeast;
    } else if (layer.ordinal() < atLeast.ordinal()) {
      nlp.extend(annotation, layer, atLeast);
      layer = atLeast;
    }
    return annotation;
  }

  /** Maps a span of the body (CoreNLP's offsets) to the text as read. */
  public Span toTextSpan(int bodyStart, int bodyEnd) {
    return article.toTextSpan(new Span(bodyStart, bodyEnd));
  }
}
