package io.corroborate.app;

import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.model.Article;
import io.corroborate.report.QuotesRecord;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code corroborate quotes}: who said what, one JSON line per article. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description =
        "Extract quotes and reported speech with their speakers: one JSON line per article.")
final class QuotesCommand extends RecordLinesCommand {

  @Override
  Function<Article, ?> recordMaker() {
    QuoteExtractor extractor = new QuoteExtractor();
    return a -> QuotesRecord.of(a, extractor.extract(a));
  }

  @Override
  String done() {
    return "read for quotes";
  }
}
