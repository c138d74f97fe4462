package io.corroborate.app;

import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.nlp.AnalysisCache;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.report.DossierJson;
import io.corroborate.report.HtmlRenderer;
import io.corroborate.report.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
    html
  }

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: md).")
  Format format = Format.md;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    input.validate(spec);
    Output.check(out);
    Terminal terminal = new Terminal(spec.commandLine().getErr(), input.quiet);
    CorpusCleaner cleaner = input.cleaner();
    List<Article> articles = new ArrayList<>();
    cleaner.run(input.paths, articles::add, terminal, terminal);
    if (articles.isEmpty()) {
      terminal.message("no input could be processed");
      return ExitCodes.NO_INPUT;
    }
    Dossier dossier = new Pipeline().analyze(articles, new AnalysisCache(), terminal);
    String rendered =
        switch (format) {
          case md -> MarkdownRenderer.render(dossier);
          case json -> DossierJson.render(dossier);
          case html -> HtmlRenderer.render(dossier);
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
