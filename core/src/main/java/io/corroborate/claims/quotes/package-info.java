/**
 * Quotes: who said what. Finds direct quotes (straight and curly marks, quotes split by their
 * attribution, quotes running over several paragraphs) and reported speech ("X said that ...",
 * "according to X, ..."), attributes each to its speaker mention and resolves that mention to the
 * fullest name the article gives (pronouns, surnames, appositions, roles, organisations).
 *
 * <p>The entry point is {@link io.corroborate.claims.quotes.QuoteExtractor}; everything else in the
 * package is internal. Work is bounded: quotes never run past a few paragraphs, part-of-speech
 * tagging runs only on sentences that can carry a quote or an attribution, and over-long sentences
 * are left untagged.
 */
package io.corroborate.claims.quotes;
