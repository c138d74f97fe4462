package io.corroborate.model;

/**
 * Phase 1, article analysis: one cleaned article in, its {@link ArticleAnalysis} out. Pure and
 * deterministic: the same article gives an equal analysis on any thread, in any order, on any
 * machine. Implementations are thread-safe, so callers may analyse articles in parallel.
 */
@FunctionalInterface
public interface ArticleAnalyzer {

  /** The analysis of one article. */
  ArticleAnalysis analyze(Article article);
}
