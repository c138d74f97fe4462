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

  /**
   * The analysis of one article, with what the analysis had to leave out told to {@code warnings}
   * (a limit that bit, such as a sentence too long to tag), one message per matter, each specific
   * enough to act on and without the article's name (the caller adds it). The analysis is the same
   * as {@link #analyze(Article)}'s. By default nothing is told.
   */
  default ArticleAnalysis analyze(Article article, java.util.function.Consumer<String> warnings) {
    return analyze(article);
  }
}
