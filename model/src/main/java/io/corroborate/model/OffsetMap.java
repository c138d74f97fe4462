package io.corroborate.model;

import java.util.Arrays;

/**
 * Maps positions in a derived text (a cleaned body) back to the original text it was made from, so
 * that anything found in the derived text can be reported with offsets into the original.
 *
 * <p>The map is a sorted list of segments. A copy segment says that {@code length} characters
 * starting at {@code derivedStart} are the original's characters from {@code originalStart}, one
 * for one. A replacement segment says that a run of derived characters stands for a run of original
 * characters of another length, as a decoded {@code &amp;amp;} stands for five; spans touching it
 * cover all of it. Derived characters outside every segment (separators the cleaner inserted) map
 * to the end of the previous segment. Instances are immutable and thread-safe.
 */
public final class OffsetMap {

  private final int[] derivedStarts;
  private final int[] derivedLengths;
  private final int[] originalStarts;
  private final int[] originalLengths;
  private final int derivedLength;

  private OffsetMap(int[] ds, int[] dn, int[] os, int[] on, int derivedLength) {
    this.derivedStarts = ds;
    this.derivedLengths = dn;
    this.originalStarts = os;
    this.originalLengths = on;
    this.derivedLength = derivedLength;
  }

  /** The map of a text to itself. */
  public static OffsetMap identity(int length) {
    return new Builder().copy(0, 0, length).build(length);
  }

  /** A builder that takes segments in increasing derived order. */
  public static Builder builder() {
    return new Builder();
  }

  /** Length of the derived text. */
  public int derivedLength() {
    return derivedLength;
  }

  /**
   * The segments as one array of {@code segmentCount() * 4} numbers: for each segment its derived
   * start, derived length, original start and original length. With {@link #ofSegments} it stores a
   * map and reads it back.
   */
  public int[] segments() {
    int[] out = new int[derivedStarts.length * 4];
    for (int i = 0; i < derivedStarts.length; i++) {
      out[i * 4] = derivedStarts[i];
      out[i * 4 + 1] = derivedLengths[i];
      out[i * 4 + 2] = originalStarts[i];
      out[i * 4 + 3] = originalLengths[i];
    }
    return out;
  }

  /**
   * The map with the given segments (as {@link #segments()} gives them) over a derived text of the
   * given length.
   *
   * @throws IllegalArgumentException when the segments are not four numbers each, overlap or run
   *     past the derived text
   */
  public static OffsetMap ofSegments(int[] segments, int derivedLength) {
    if (segments.length % 4 != 0) {
      throw new IllegalArgumentException("segments must come in fours: length=" + segments.length);
    }
    Builder b = new Builder();
    for (int i = 0; i < segments.length; i += 4) {
      b.replace(segments[i], segments[i + 1], segments[i + 2], segments[i + 3]);
    }
    return b.build(derivedLength);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap m
        && derivedLength == m.derivedLength
        && Arrays.equals(derivedStarts, m.derivedStarts)
        && Arrays.equals(derivedLengths, m.derivedLengths)
        && Arrays.equals(originalStarts, m.originalStarts)
        && Arrays.equals(originalLengths, m.originalLengths);
  }

  @Override
  public int hashCode() {
    return 31 * derivedLength + Arrays.hashCode(originalStarts);
  }

  /** Number of segments. */
  public int segmentCount() {
    return derivedStarts.length;
  }

  /**
   * The original position of a derived position: exact inside a copy segment, the start of a
   * replacement segment inside one, the end of the previous segment inside a gap; {@code
   * derivedLength()} maps to the end of the last segment.
   *
   * @throws IllegalArgumentException when the position is outside {@code [0, derivedLength]}
   */
  public int toOriginal(int derived) {
    checkPosition(derived);
    int i = segmentAt(derived);
    if (i < 0) {
      return derivedStarts.length == 0 ? 0 : originalStarts[0];
    }
    int into = derived - derivedStarts[i];
    if (into >= derivedLengths[i]) {
      return originalStarts[i] + originalLengths[i];
    }
    return isCopy(i) ? originalStarts[i] + into : originalStarts[i];
  }

  /**
   * The original span of a derived span: from the original of its first mapped character to just
   * after the original of its last. A span wholly inside a gap maps to an empty span.
   */
  public Span toOriginal(Span derived) {
    checkPosition(derived.end());
    int start = startOf(derived.start());
    if (derived.isEmpty()) {
      return new Span(start, start);
    }
    int last = derived.end() - 1;
    int i = segmentAt(last);
    int end;
    if (i < 0) {
      end = start;
    } else if (last < derivedStarts[i] + derivedLengths[i]) {
      end =
          isCopy(i)
              ? originalStarts[i] + (last - derivedStarts[i]) + 1
              : originalStarts[i] + originalLengths[i];
    } else {
      end = originalStarts[i] + originalLengths[i];
    }
    return new Span(start, Math.max(start, end));
  }

  private boolean isCopy(int i) {
    return derivedLengths[i] == originalLengths[i];
  }

  private int startOf(int derived) {
    int i = segmentAt(derived);
    if (i >= 0 && derived < derivedStarts[i] + derivedLengths[i]) {
      return isCopy(i) ? originalStarts[i] + derived - derivedStarts[i] : originalStarts[i];
    }
    if (i + 1 < derivedStarts.length) {
      return originalStarts[i + 1];
    }
    return toOriginal(derived);
  }

  /** Index of the last segment starting at or before {@code derived}, or -1. */
  private int segmentAt(int derived) {
    int i = Arrays.binarySearch(derivedStarts, derived);
    return i >= 0 ? i : -i - 2;
  }

  private void checkPosition(int derived) {
    if (derived < 0 || derived > derivedLength) {
      throw new IllegalArgumentException(
          "position outside the derived text: position=" + derived + ", length=" + derivedLength);
    }
  }

  /** Collects segments in increasing derived order. */
  public static final class Builder {
    private int[] ds = new int[16];
    private int[] dn = new int[16];
    private int[] os = new int[16];
    private int[] on = new int[16];
    private int size;

    private Builder() {}

    /**
     * Records that {@code length} derived characters from {@code derivedStart} copy the original
     * from {@code originalStart}. Adjacent contiguous copies are merged.
     */
    public Builder copy(int derivedStart, int originalStart, int length) {
      check(derivedStart, originalStart, length, length);
      if (length == 0) {
        return this;
      }
      if (size > 0) {
        int last = size - 1;
        if (dn[last] == on[last]
            && derivedStart == ds[last] + dn[last]
            && originalStart == os[last] + on[last]) {
          dn[last] += length;
          on[last] += length;
          return this;
        }
      }
      add(derivedStart, length, originalStart, length);
      return this;
    }

    /**
     * Records that {@code derivedLength} derived characters from {@code derivedStart} stand for
     * {@code originalLength} original characters from {@code originalStart}, as a whole.
     */
    public Builder replace(
        int derivedStart, int derivedLength, int originalStart, int originalLength) {
      check(derivedStart, originalStart, derivedLength, originalLength);
      if (derivedLength == 0) {
        return this;
      }
      if (derivedLength == originalLength) {
        return copy(derivedStart, originalStart, derivedLength);
      }
      add(derivedStart, derivedLength, originalStart, originalLength);
      return this;
    }

    /**
     * Adds every segment of {@code map}, shifted by {@code derivedOffset}: the map of a piece of
     * text appended to the derived text at that offset.
     */
    public Builder append(OffsetMap map, int derivedOffset) {
      for (int i = 0; i < map.derivedStarts.length; i++) {
        replace(
            map.derivedStarts[i] + derivedOffset,
            map.derivedLengths[i],
            map.originalStarts[i],
            map.originalLengths[i]);
      }
      return this;
    }

    private void check(int derivedStart, int originalStart, int dLength, int oLength) {
      if (derivedStart < 0 || originalStart < 0 || dLength < 0 || oLength < 0) {
        throw new IllegalArgumentException(
            "segment must not be negative: derivedStart="
                + derivedStart
                + ", originalStart="
                + originalStart
                + ", derivedLength="
                + dLength
                + ", originalLength="
                + oLength);
      }
      if (size > 0 && derivedStart < ds[size - 1] + dn[size - 1]) {
        throw new IllegalArgumentException(
            "segments must not overlap: derivedStart="
                + derivedStart
                + ", previousEnd="
                + (ds[size - 1] + dn[size - 1]));
      }
    }

    private void add(int d, int dl, int o, int ol) {
      if (size == ds.length) {
        ds = Arrays.copyOf(ds, size * 2);
        dn = Arrays.copyOf(dn, size * 2);
        os = Arrays.copyOf(os, size * 2);
        on = Arrays.copyOf(on, size * 2);
      }
      ds[size] = d;
      dn[size] = dl;
      os[size] = o;
      on[size] = ol;
      size++;
    }

    /** The map for a derived text of the given length. */
    public OffsetMap build(int derivedLength) {
      if (size > 0 && ds[size - 1] + dn[size - 1] > derivedLength) {
        throw new IllegalArgumentException(
            "segments run past the derived text: end="
                + (ds[size - 1] + dn[size - 1])
                + ", derivedLength="
                + derivedLength);
      }
      return new OffsetMap(
          Arrays.copyOf(ds, size),
          Arrays.copyOf(dn, size),
          Arrays.copyOf(os, size),
          Arrays.copyOf(on, size),
          derivedLength);
    }
  }
}
