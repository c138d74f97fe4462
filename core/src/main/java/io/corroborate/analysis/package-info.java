/**
 * Phase 1, article analysis: {@link io.corroborate.analysis.NewsArticleAnalyzer} turns one cleaned
 * article into its {@link io.corroborate.model.ArticleAnalysis} (sentences, figures, quotes, story
 * profile), running the language analysis once; {@link io.corroborate.analysis.AnalysisJson} writes
 * and reads that record, so a store can keep it and later phases never re-parse an article.
 */
package io.corroborate.analysis;
