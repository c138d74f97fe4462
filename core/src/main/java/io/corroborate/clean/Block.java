package io.corroborate.clean;

import io.corroborate.model.OffsetMap;
import io.corroborate.model.Span;
import java.util.Objects;

/**
 * One paragraph-like unit of an article: a line or paragraph of text, or a block element of a page,
 * with the map from its characters to the article's text as read.
 *
 * @param text the block's text, whitespace normalised, never blank
 * @param map maps positions in {@code text} to positions in the article's text
 * @param tag the HTML element it came from ("p", "h2", "li", "figcaption"), or "line" for text
 */
public record Block(String text, OffsetMap map, String tag) {

  /** Validates the fields. */
  public Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(tag, "tag");
    if (map.derivedLength() != text.length()) {
      throw new IllegalArgumentException(
          "map must cover the block: derivedLength="
              + map.derivedLength()
              + ", text length="
              + text.length());
    }
  }

  /** A block that is a contiguous range of the article's text. */
  public static Block ofRange(String articleText, int start, int end, String tag) {
    return new Block(
        articleText.substring(start, end),
        OffsetMap.builder().copy(0, start, end - start).build(end - start),
        tag);
  }

  /** Where the block is in the article's text. */
  public Span span() {
    return map.toOriginal(new Span(0, text.length()));
  }

  /** Whether the block came from a heading element. */
  public boolean isHeading() {
    return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
  }
}
