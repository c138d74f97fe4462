package io.corroborate.model;

import java.util.Objects;

/**
 * Where one article carries a grouped quote.
 *
 * @param articleId the article
 * @param start start of the quote in its text
 * @param end end, exclusive
 */
public record QuoteMention(String articleId, int start, int end) {

  /** Validates the fields. */
  public QuoteMention {
    Objects.requireNonNull(articleId, "articleId");
    new Span(start, end);
  }
}
