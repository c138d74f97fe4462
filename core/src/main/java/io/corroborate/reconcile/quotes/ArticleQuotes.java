package io.corroborate.reconcile.quotes;

import io.corroborate.model.Article;
import io.corroborate.model.FoundQuote;
import java.util.List;
import java.util.Objects;

/**
 * The quotes found in one article.
 *
 * @param article the article
 * @param quotes its quotes, in text order
 */
public record ArticleQuotes(Article article, List<FoundQuote> quotes) {

  /** Freezes the list. */
  public ArticleQuotes {
    Objects.requireNonNull(article, "article");
    quotes = List.copyOf(quotes);
  }
}
