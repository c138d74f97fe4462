package io.corroborate.nlp;

import java.util.Objects;

/**
 * One mention of a named entity in an article, with offsets into the article's cleaned body (map
 * them to the text as read with {@link AnalyzedArticle#toTextSpan}).
 *
 * @param text the words as written
 * @param type the entity type
 * @param start first body index, inclusive
 * @param end last body index, exclusive
 * @param sentence index of the sentence holding it, from 0
 */
public record EntityMention(String text, EntityType type, int start, int end, int sentence) {

  /** Validates the fields. */
  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("mention bounds invalid: start=" + start + ", end=" + end);
    }
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must not be negative: sentence=" + sentence);
    }
  }
}
