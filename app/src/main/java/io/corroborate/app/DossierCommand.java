package io.corroborate.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.corroborate.model.Dossier;
import io.corroborate.model.Story;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.report.CsvRenderer;
import io.corroborate.report.DossierJson;
import io.corroborate.report.HtmlRenderer;
import io.corroborate.report.Json;
import io.corroborate.report.MarkdownRenderer;
import io.corroborate.store.LivingDossier;
import io.corroborate.store.Store;
import io.corroborate.store.Stores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate dossier}: one stored story's dossier, or every story's with --all. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    description =
        "Write the dossier of one stored story (a merged story's old id answers with the story's"
            + " current id), or of all stories with --all.")
final class DossierCommand implements Callable<Integer> {

  /** Output formats of dossier. */
  enum Format {
    md,
    json,
    html,
    csv
  }

  /** The one-story JSON shape of INTERFACES.md. */
  record StoryDossier(
      String requestedId, List<DossierJson.ArticleView> articles, List<Story> stories) {}

  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption = new StoreOption();

  @Parameters(arity = "0..1", paramLabel = "ID", description = "The story's id (or an old id).")
  String id;

  @Option(names = "--all", description = "Every story: the whole dossier, as analyze writes it.")
  boolean all;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: md).")
  Format format = Format.md;

  @Option(
      names = "--table",
      description =
          "With --format csv, the table: ${COMPLETION-CANDIDATES} (default: figures); one row per"
              + " mention (figures, quotes) or per article.")
  AnalyzeCommand.Table table = AnalyzeCommand.Table.figures;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (all == (id != null)) {
      throw new ParameterException(spec.commandLine(), "give either a story ID or --all");
    }
    String rendered;
    try (Store store = storeOption.open(Stores.Mode.READ)) {
      LivingDossier living = new LivingDossier(store, new Pipeline());
      if (all) {
        rendered = render(living.dossier(), null);
      } else {
        Optional<Dossier> d = living.dossier(id);
        if (d.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println("corroborate: no story has the id " + id + " in store " + store.name());
          spec.commandLine().getErr().flush();
          return ExitCodes.NOT_FOUND;
        }
        rendered = render(d.get(), id);
      }
    }
    try (Output output = Output.open(out, spec.commandLine().getOut())) {
      output.writer().write(rendered);
      output.commit();
    }
    return ExitCodes.OK;
  }

  private String render(Dossier d, String requestedId) throws JsonProcessingException {
    return switch (format) {
      case md -> MarkdownRenderer.render(d);
      case html -> HtmlRenderer.render(d);
      case csv ->
          CsvRenderer.render(
              d, CsvRenderer.Table.valueOf(table.name().toUpperCase(java.util.Locale.ROOT)));
      case json ->
          requestedId == null
              ? DossierJson.render(d)
              : Json.pretty()
                      .writeValueAsString(
                          new StoryDossier(requestedId, DossierJson.of(d).articles(), d.stories()))
                  + "\n";
    };
  }
}
