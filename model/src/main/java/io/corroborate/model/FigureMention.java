package io.corroborate.model;

import java.util.Objects;

/**
 * One article's mention of a figure group's count.
 *
 * @param articleId the article
 * @param value the stated value, or null
 * @param low lower bound, or null
 * @param high upper bound, or null
 * @param qualifier how the wording bounds it
 * @param counts what it counts, as this article words it
 * @param claimant who claims it here, or null
 * @param timeScope the period, or null
 * @param hedged whether hedged here
 * @param date the article's publication date, or null
 * @param sentence the sentence stating it
 * @param start start of the figure in the article's text
 * @param end end, exclusive
 */
public record FigureMention(
    String articleId,
    Double value,
    Double low,
    Double high,
    Qualifier qualifier,
    String counts,
    String claimant,
    String timeScope,
    boolean hedged,
    NewsDate date,
    String sentence,
    int start,
    int end) {

  /** Validates the fields. */
  public FigureMention {
    Objects.requireNonNull(articleId, "articleId");
    new Span(start, end);
  }
}
