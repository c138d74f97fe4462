package io.corroborate.provenance;

/**
 * A passage of a copy and the passage of its source it comes from, in token indices (end
 * exclusive).
 *
 * @param start first token of the passage in the copy
 * @param end end of the passage in the copy
 * @param fromStart first token of the passage in the source
 * @param fromEnd end of the passage in the source
 */
public record TokenPassage(int start, int end, int fromStart, int fromEnd) {

  /** Validates the ranges. */
  public TokenPassage {
    if (start < 0 || start > end || fromStart < 0 || fromStart > fromEnd) {
      throw new IllegalArgumentException(
          "bad passage: start="
              + start
              + ", end="
              + end
              + ", fromStart="
              + fromStart
              + ", fromEnd="
              + fromEnd);
    }
  }
}
