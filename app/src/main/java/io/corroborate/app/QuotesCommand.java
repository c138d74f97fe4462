package io.corroborate.app;

import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.model.FoundQuote;
import io.corroborate.report.QuotesRecord;
import java.time.Clock;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code corroborate quotes}: who said what, one JSON line per article. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description =
        "Extract quotes and reported speech with their speakers: one JSON line per article.")
final class QuotesCommand extends RecordLinesCommand {

  @Mixin AnalysisOptions analysis = new AnalysisOptions();

  @Override
  void validateOwnOptions() {
    analysis.validate(spec);
  }

  @Override
  Function<Article, ?> recordMaker(ProblemListener problems) {
    NewsArticleAnalyzer phase1 = NewsArticleAnalyzer.defaults(Clock.systemUTC(), analysis.limits());
    return a ->
        QuotesRecord.of(
            a,
            phase1.quotesOf(a, warningsAbout(a, problems)).stream()
                .map(FoundQuote::quote)
                .toList());
  }

  @Override
  String done() {
    return "read for quotes";
  }
}
