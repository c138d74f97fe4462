package io.corroborate.nlp;

import io.corroborate.model.Article;
import java.lang.ref.SoftReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The analyses of one run's articles, so that every stage shares one per article. The analyses are
 * held softly: when a large run fills the heap, the collector may drop some, and a stage that needs
 * one again has it redone (the same result, since analysis is deterministic) instead of the run
 * failing for want of memory. Thread-safe.
 */
public final class AnalysisCache {

  private final CoreNlp nlp;
  private final ConcurrentMap<String, SoftReference<AnalyzedArticle>> byId =
      new ConcurrentHashMap<>();

  /** A cache using the given CoreNLP. */
  public AnalysisCache(CoreNlp nlp) {
    this.nlp = nlp;
  }

  /** A cache using the shared CoreNLP. */
  public AnalysisCache() {
    this(CoreNlp.shared());
  }

  /** The analysis of an article, created on first request (or again after the heap dropped it). */
  public AnalyzedArticle of(Article article) {
    SoftReference<AnalyzedArticle> ref = byId.get(article.id());
    AnalyzedArticle a = ref == null ? null : ref.get();
    if (a != null) {
      return a;
    }
    AnalyzedArticle[] made = new AnalyzedArticle[1];
    byId.compute(
        article.id(),
        (id, old) -> {
          AnalyzedArticle kept = old == null ? null : old.get();
          if (kept != null) {
            made[0] = kept;
            return old;
          }
          made[0] = new AnalyzedArticle(article, nlp);
          return new SoftReference<>(made[0]);
        });
    return made[0];
  }
}
