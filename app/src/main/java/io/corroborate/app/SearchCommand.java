package io.corroborate.app;

import io.corroborate.store.SearchHit;
import io.corroborate.store.Store;
import io.corroborate.store.Stores;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate search}: full-text search of the stored articles. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description =
        "Find stored articles whose title or text holds every word of TEXT (words are matched"
            + " as typed; no query syntax).")
final class SearchCommand implements Callable<Integer> {

  /** Output formats of search. */
  enum Format {
    table,
    jsonl
  }

  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption = new StoreOption();

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The words to find.")
  List<String> text;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N articles (default: ${DEFAULT-VALUE}; 0 for all).")
  int limit = 50;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: jsonl).")
  Format format = Format.jsonl;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<SearchHit> hits;
    try (Store store = storeOption.open(Stores.Mode.READ)) {
      hits = store.search(String.join(" ", text), Math.max(0, limit));
    }
    try (Output output = Output.open(out, spec.commandLine().getOut())) {
      Writer w = output.writer();
      for (SearchHit h : hits) {
        if (format == Format.jsonl) {
          w.write(StoriesCommand.line(h));
        } else {
          w.write(
              h.articleId()
                  + "  "
                  + (h.storyId() == null ? "-" : h.storyId())
                  + "  "
                  + Shown.plain(h.outlet(), 30)
                  + "  "
                  + Shown.plain(h.title(), 80)
                  + "\n    "
                  + Shown.plain(h.snippet(), 160));
        }
        w.write('\n');
      }
      output.commit();
    }
    return ExitCodes.OK;
  }
}
