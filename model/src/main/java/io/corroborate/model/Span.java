package io.corroborate.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in some text.
 *
 * @param start first index, inclusive
 * @param end last index, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** Validates the bounds. */
  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("start must not be negative: start=" + start);
    }
    if (start > end) {
      throw new IllegalArgumentException(
          "start must not exceed end: start=" + start + ", end=" + end);
    }
  }

  /** Number of code units covered. */
  public int length() {
    return end - start;
  }

  /** Whether this span covers no text. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Whether the two spans share at least one position. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The covered part of {@code text}. */
  public String in(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
