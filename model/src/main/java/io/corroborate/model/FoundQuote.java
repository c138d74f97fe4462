package io.corroborate.model;

import java.util.Objects;

/**
 * A quote with the sentence that carries it (the quote and, when it is near, its attribution), so
 * that a report can link the quote to its place in the article.
 *
 * @param quote the quote
 * @param sentence the span of that sentence in the article's text; it holds the quote's span
 * @param sentenceText the sentence as cleaned (white space collapsed, markup decoded)
 */
public record FoundQuote(Quote quote, Span sentence, String sentenceText) {

  /** Validates that the sentence holds the quote. */
  public FoundQuote {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(sentenceText, "sentenceText");
    if (sentence.start() > quote.start() || sentence.end() < quote.end()) {
      throw new IllegalArgumentException(
          "the sentence must hold the quote: sentence="
              + sentence
              + ", quote="
              + quote.start()
              + ".."
              + quote.end());
    }
  }
}
