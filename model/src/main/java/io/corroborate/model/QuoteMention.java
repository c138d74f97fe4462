package io.corroborate.model;

import java.util.Objects;

/**
 * Where one article carries a grouped quote, and how it attributes it.
 *
 * @param articleId the article
 * @param start start of the quote in its text
 * @param end end, exclusive
 * @param speaker the speaker as this article names it (its fullest name), or null
 * @param verb the attribution verb here, or null
 * @param direct whether this article quotes the words directly
 * @param sentence the sentence (or sentences) holding the quote and its attribution
 * @param sentenceStart start of that sentence in the article's text
 * @param sentenceEnd its end, exclusive
 */
public record QuoteMention(
    String articleId,
    int start,
    int end,
    String speaker,
    String verb,
    boolean direct,
    String sentence,
    int sentenceStart,
    int sentenceEnd) {

  /** Validates the fields. */
  public QuoteMention {
    Objects.requireNonNull(articleId, "articleId");
    new Span(start, end);
    new Span(sentenceStart, sentenceEnd);
    if (sentenceStart > start || sentenceEnd < end) {
      throw new IllegalArgumentException(
          "the sentence must hold the quote: sentence="
              + sentenceStart
              + ".."
              + sentenceEnd
              + ", quote="
              + start
              + ".."
              + end);
    }
  }
}
