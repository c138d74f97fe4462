package io.corroborate.claims.figures;

/**
 * What the extractor remembers from one sentence of an article to the next: the last named source,
 * so that "he said" can be credited to "John Kirby". Not thread-safe; one per article.
 */
final class ArticleContext {

  /** The last source named in full as the subject of a reporting verb, or null. */
  String lastNamedSource;
}
