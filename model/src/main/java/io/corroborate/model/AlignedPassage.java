package io.corroborate.model;

/**
 * A passage of a copy and the passage of its source it comes from.
 *
 * @param start start in the copy's text
 * @param end end in the copy's text, exclusive
 * @param fromStart start in the source's text
 * @param fromEnd end in the source's text, exclusive
 */
public record AlignedPassage(int start, int end, int fromStart, int fromEnd) {

  /** Validates both ranges. */
  public AlignedPassage {
    new Span(start, end);
    new Span(fromStart, fromEnd);
  }
}
