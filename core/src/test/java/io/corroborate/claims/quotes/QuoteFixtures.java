package io.corroborate.claims.quotes;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import io.corroborate.model.Quote;
import java.util.List;

/** Fictional articles for quote tests, cleaned the way the CLI cleans a JSON line's text. */
final class QuoteFixtures {

  static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  private QuoteFixtures() {}

  static Article article(String id, String text) {
    return new ArticleCleaner()
        .clean(
            new RawDocument(id, InputKind.JSON_TEXT, text, null, id, null, null, null, null, null));
  }

  static List<Quote> quotes(String text) {
    return EXTRACTOR.extract(article("t", text));
  }

  /** The quote whose text contains {@code words}. */
  static Quote quoteWith(List<Quote> quotes, String words) {
    return quotes.stream()
        .filter(q -> q.text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote with \"" + words + "\" in " + quotes));
  }
}
