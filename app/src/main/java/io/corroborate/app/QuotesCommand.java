package io.corroborate.app;

import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.model.Article;
import io.corroborate.model.FoundQuote;
import io.corroborate.report.QuotesRecord;
import java.time.Clock;
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
    NewsArticleAnalyzer phase1 = NewsArticleAnalyzer.defaults(Clock.systemUTC());
    return a -> QuotesRecord.of(a, phase1.quotesOf(a).stream().map(FoundQuote::quote).toList());
  }

  @Override
  String done() {
    return "read for quotes";
  }
}
