package io.corroborate.nlp;

import io.corroborate.model.Article;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The analyses of one run's articles, so that every stage shares one per article. Thread-safe. */
public final class AnalysisCache {

  private final CoreNlp nlp;
  private final ConcurrentMap<String, AnalyzedArticle> byId = new ConcurrentHashMap<>();

  /** A cache using the given CoreNLP. */
  public AnalysisCache(CoreNlp nlp) {
    this.nlp = nlp;
  }

  /** A cache using the shared CoreNLP. */
  public AnalysisCache() {
    this(CoreNlp.shared());
  }

  /** The analysis of an article, created on first request. */
  public AnalyzedArticle of(Article article) {
    return byId.computeIfAbsent(article.id(), id -> new AnalyzedArticle(article, nlp));
  }
}
