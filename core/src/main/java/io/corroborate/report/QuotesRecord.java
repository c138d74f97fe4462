package io.corroborate.report;

import io.corroborate.model.Article;
import io.corroborate.model.Quote;
import java.util.List;

/**
 * One line of {@code quotes}: the article's source and its quotes, each with the contract's fields
 * ({@code text, start, end, speaker, speakerStart, speakerEnd, role, verb, direct}).
 */
public record QuotesRecord(String source, List<Quote> quotes) {

  /** Freezes the list. */
  public QuotesRecord {
    quotes = List.copyOf(quotes);
  }

  /** The record of an article's quotes. */
  public static QuotesRecord of(Article a, List<Quote> quotes) {
    return new QuotesRecord(a.source(), quotes);
  }
}
