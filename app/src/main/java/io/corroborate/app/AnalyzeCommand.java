package io.corroborate.app;

import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import io.corroborate.report.CsvRenderer;
import io.corroborate.report.DossierJson;
import io.corroborate.report.HtmlRenderer;
import io.corroborate.report.MarkdownRenderer;
import io.corroborate.store.LivingDossier;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corroborate analyze}: the whole pipeline, the dossier in Markdown, JSON or HTML. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Run the whole pipeline and write the dossier of all stories.")
final class AnalyzeCommand implements Callable<Integer> {

  /** Output formats of analyze. */
  enum Format {
    md,
    json,
    html,
    csv
  }

  /** Tables of the csv format. */
  enum Table {
    figures,
    quotes,
    articles,
    provenance
  }

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin AnalysisOptions analysis = new AnalysisOptions();

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: md).")
  Format format = Format.md;

  @Option(
      names = "--table",
      description =
          "With --format csv, the table: ${COMPLETION-CANDIDATES} (default: figures); one row per"
              + " mention (figures, quotes) or per article.")
  Table table = Table.figures;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    input.validate(spec);
    analysis.validate(spec);
    Output.check(out);
    Terminal terminal = new Terminal(spec.commandLine().getErr(), input.quiet);
    CorpusCleaner cleaner = input.cleaner();
    List<Article> articles = new ArrayList<>();
    cleaner.run(input.paths, articles::add, terminal, terminal);
    if (articles.isEmpty()) {
      terminal.message("no input could be processed");
      return ExitCodes.NO_INPUT;
    }
    Dossier dossier;
    ExecutorService pool = Workers.pool(input.threads, "analysis");
    try {
      Clock clock = Clock.systemUTC();
      dossier =
          LivingDossier.analyze(
              articles,
              new Pipeline(Stages.defaults(clock, analysis.limits()), clock),
              pool,
              terminal,
              terminal);
    } finally {
      pool.shutdownNow();
    }
    String rendered =
        switch (format) {
          case md -> MarkdownRenderer.render(dossier);
          case json -> DossierJson.render(dossier);
          case html -> HtmlRenderer.render(dossier);
          case csv ->
              CsvRenderer.render(
                  dossier, CsvRenderer.Table.valueOf(table.name().toUpperCase(Locale.ROOT)));
        };
    try (Output output = Output.open(out, spec.commandLine().getOut())) {
      try {
        output.writer().write(rendered);
      } catch (IOException e) {
        throw new Output.WriteFailure(
            "cannot write "
                + (out == null ? "to standard output" : out.toString())
                + ": "
                + Output.reason(e),
            e);
      }
      output.commit();
    }
    terminal.summary(
        articles.size()
            + (articles.size() == 1 ? " article" : " articles")
            + " in "
            + dossier.stories().size()
            + (dossier.stories().size() == 1 ? " story" : " stories"));
    return ExitCodes.OK;
  }
}
