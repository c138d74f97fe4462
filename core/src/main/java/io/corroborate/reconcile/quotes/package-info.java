/**
 * Quotes across a story: the same quote in several articles (edited, truncated, repunctuated) is
 * one group, with its articles, its independent sources counted on the copy graph, and its speaker
 * normalised across the articles. {@link io.corroborate.reconcile.quotes.QuoteGroupStage} is the
 * pipeline's quote stage.
 */
package io.corroborate.reconcile.quotes;
