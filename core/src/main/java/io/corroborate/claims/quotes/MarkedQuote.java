package io.corroborate.claims.quotes;

import java.util.List;

/**
 * A run of text between quote marks, possibly over several paragraphs (one segment each).
 *
 * @param segments the parts, in order, one per paragraph
 * @param closed whether a closing mark ends it (an unclosed quote ends with its paragraph)
 */
record MarkedQuote(List<Segment> segments, boolean closed) {

  /**
   * One paragraph's part of a quote, as body offsets.
   *
   * @param open position of the opening mark, or -1 when the paragraph continues a quote without
   *     one
   * @param contentStart first character inside the marks
   * @param contentEnd end of the content, exclusive
   * @param close position of the closing mark, or -1
   * @param paragraph the paragraph's index
   */
  record Segment(int open, int contentStart, int contentEnd, int close, int paragraph) {}

  MarkedQuote {
    segments = List.copyOf(segments);
  }

  Segment first() {
    return segments.get(0);
  }

  Segment last() {
    return segments.get(segments.size() - 1);
  }

  int contentStart() {
    return first().contentStart();
  }

  int contentEnd() {
    return last().contentEnd();
  }
}
