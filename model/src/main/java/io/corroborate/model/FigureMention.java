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
 * @param text the words stating the figure
 * @param unit the unit or counted noun as written, or null
 * @param sentenceStart start of the sentence in the article's text
 * @param sentenceEnd end of the sentence, exclusive
 * @param update whether it supersedes earlier mentions of the group as the story develops
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
    int end,
    String text,
    String unit,
    int sentenceStart,
    int sentenceEnd,
    boolean update) {

  /** Validates the fields. */
  public FigureMention {
    Objects.requireNonNull(articleId, "articleId");
    new Span(start, end);
    new Span(sentenceStart, sentenceEnd);
  }

  /** A copy marked as an update, or not. */
  public FigureMention withUpdate(boolean isUpdate) {
    return new FigureMention(
        articleId,
        value,
        low,
        high,
        qualifier,
        counts,
        claimant,
        timeScope,
        hedged,
        date,
        sentence,
        start,
        end,
        text,
        unit,
        sentenceStart,
        sentenceEnd,
        isUpdate);
  }
}
