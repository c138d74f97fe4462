package io.corroborate.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.corroborate.report.Json;
import io.corroborate.store.Store;
import io.corroborate.store.Stores;
import io.corroborate.store.StoryRow;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code corroborate stories}: the stored stories, newest update first. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "List the stored stories, newest update first.")
final class StoriesCommand implements Callable<Integer> {

  /** Output formats of stories. */
  enum Format {
    table,
    jsonl
  }

  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption = new StoreOption();

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only stories with an article dated on or after DATE (YYYY-MM-DD).")
  String since;

  @Option(
      names = "--query",
      paramLabel = "TEXT",
      description = "Only stories with an article holding every word of TEXT.")
  String query;

  @Option(names = "--limit", paramLabel = "N", description = "At most N stories (default: all).")
  int limit;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: table).")
  Format format = Format.table;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (since != null) {
      try {
        LocalDate.parse(since);
      } catch (DateTimeParseException e) {
        throw new ParameterException(
            spec.commandLine(), "--since: not a date (YYYY-MM-DD): " + since);
      }
    }
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit: must be 0 or more: " + limit);
    }
    List<StoryRow> rows;
    try (Store store = storeOption.open(Stores.Mode.READ)) {
      rows = store.listStories(since, query, limit);
    }
    try (Output output = Output.open(out, spec.commandLine().getOut())) {
      Writer w = output.writer();
      if (format == Format.jsonl) {
        for (StoryRow r : rows) {
          w.write(line(r));
          w.write('\n');
        }
      } else {
        w.write(
            String.format(
                "%-8s %-10s %-10s %8s %7s %11s %9s  %s%n",
                "ID", "FIRST", "LAST", "ARTICLES", "OUTLETS", "INDEPENDENT", "CONFLICTS", "TITLE"));
        for (StoryRow r : rows) {
          w.write(
              String.format(
                  "%-8s %-10s %-10s %8d %7d %11d %9d  %s%n",
                  r.id(),
                  orDash(r.firstDate()),
                  orDash(r.lastDate()),
                  r.articles(),
                  r.outlets(),
                  r.independentSources(),
                  r.openConflicts(),
                  Shown.plain(r.title(), 120)));
        }
      }
      output.commit();
    }
    return ExitCodes.OK;
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  static String line(Object record) {
    try {
      return Json.compact().writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON", e);
    }
  }
}
