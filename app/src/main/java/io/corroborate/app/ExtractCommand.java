package io.corroborate.app;

import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.report.ExtractRecord;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code corroborate extract}: cleaning and metadata only, one JSON line per article. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Clean articles and read their metadata: one JSON line per article.")
final class ExtractCommand extends RecordLinesCommand {

  @Override
  Function<Article, ?> recordMaker(ProblemListener problems) {
    return ExtractRecord::of;
  }

  @Override
  String done() {
    return "extracted";
  }
}
