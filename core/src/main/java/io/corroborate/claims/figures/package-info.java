/**
 * Figure extraction: every quantity of an article ("some 4,000 residents", "$1.2bn", "45%", "a
 * 41-year-old", "two days") with its value, bounds, qualifier, unit, kind, what it counts, who
 * claims it, the period it covers and whether it is hedged. Built on CoreNLP: the shared tokens,
 * tags and lemmas, CoreNLP's number normaliser and rule-based numeric entity classifier, and the
 * dependency parser, run only on sentences that hold numbers. {@link
 * io.corroborate.claims.figures.FigureExtractor} is the entry point; the pipeline's {@code
 * FigureLines} writes the {@code figures} command's JSON lines.
 */
package io.corroborate.claims.figures;
