package io.corroborate.model;

import java.util.Objects;

/**
 * A block of an article's text that cleaning took out of the body.
 *
 * @param start first index into the text as read
 * @param end last index, exclusive
 * @param kind what the block is
 */
public record RemovedBlock(int start, int end, BlockKind kind) {

  /** Validates the bounds. */
  public RemovedBlock {
    new Span(start, end);
    Objects.requireNonNull(kind, "kind");
  }

  /** The block's range. */
  public Span span() {
    return new Span(start, end);
  }
}
