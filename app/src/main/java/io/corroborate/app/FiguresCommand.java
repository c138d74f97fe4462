package io.corroborate.app;

import io.corroborate.claims.figures.FigureExtractor;
import io.corroborate.model.Article;
import io.corroborate.nlp.AnalyzedArticle;
import io.corroborate.nlp.CoreNlp;
import io.corroborate.report.FiguresRecord;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code corroborate figures}: every quantity of every article, one JSON line per article. */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description =
        "Extract every quantity with what it counts, who claims it and when: one JSON line per"
            + " article.")
final class FiguresCommand extends RecordLinesCommand {

  @Override
  Function<Article, ?> recordMaker() {
    FigureExtractor extractor = new FigureExtractor();
    return a -> FiguresRecord.of(a, extractor.extract(new AnalyzedArticle(a, CoreNlp.shared())));
  }

  @Override
  String done() {
    return "read for figures";
  }
}
