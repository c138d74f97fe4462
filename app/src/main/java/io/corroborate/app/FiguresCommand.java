package io.corroborate.app;

import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.model.FoundFigure;
import io.corroborate.report.FiguresRecord;
import java.time.Clock;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code corroborate figures}: every quantity of every article, one JSON line per article. */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description =
        "Extract every quantity with what it counts, who claims it and when: one JSON line per"
            + " article.")
final class FiguresCommand extends RecordLinesCommand {

  @Mixin AnalysisOptions analysis = new AnalysisOptions();

  @Override
  void validateOwnOptions() {
    analysis.validate(spec);
  }

  @Override
  Function<Article, ?> recordMaker(ProblemListener problems) {
    NewsArticleAnalyzer phase1 = NewsArticleAnalyzer.defaults(Clock.systemUTC(), analysis.limits());
    return a ->
        FiguresRecord.of(
            a,
            phase1.figuresOf(a, warningsAbout(a, problems)).stream()
                .map(FoundFigure::figure)
                .toList());
  }

  @Override
  String done() {
    return "read for figures";
  }
}
