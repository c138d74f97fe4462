package io.corroborate.model;

import java.util.Objects;

/**
 * A quantity stated in an article.
 *
 * @param text the words stating it
 * @param start start of {@code text} in the article's text as read
 * @param end end, exclusive
 * @param kind what sort of quantity
 * @param value the number, or null for a range or a vague amount
 * @param low lower bound, or null
 * @param high upper bound, or null
 * @param qualifier how the wording bounds it
 * @param unit the unit or counted noun as written, or null
 * @param counts what is counted or measured, with its event, or null
 * @param claimant who the article says claims it, or null
 * @param timeScope the period it covers, or null
 * @param hedged whether the article hedges it ("reportedly")
 */
public record Figure(
    String text,
    int start,
    int end,
    FigureKind kind,
    Double value,
    Double low,
    Double high,
    Qualifier qualifier,
    String unit,
    String counts,
    String claimant,
    String timeScope,
    boolean hedged) {

  /** Validates the fields. */
  public Figure {
    Objects.requireNonNull(text, "text");
    new Span(start, end);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(qualifier, "qualifier");
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("low must not exceed high: low=" + low + ", high=" + high);
    }
  }
}
