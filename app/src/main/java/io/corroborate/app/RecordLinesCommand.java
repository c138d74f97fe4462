package io.corroborate.app;

import io.corroborate.ingest.Problem;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.pipeline.RecordLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that writes one JSON line per article ({@code extract}, {@code figures}, {@code
 * quotes}): the options they share and the run; subclasses say how an article becomes a record.
 */
abstract class RecordLinesCommand implements Callable<Integer> {

  /** Output formats of per-article commands. */
  enum Format {
    jsonl
  }

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default).")
  Format format = Format.jsonl;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  /**
   * How an article becomes its JSON line's record. Called from worker threads.
   *
   * @param problems where warnings about an article (a limit that bit) go; thread-safe
   */
  abstract Function<Article, ?> recordMaker(ProblemListener problems);

  /** Checks the options of the subclass before any work; a bad value is a usage error. */
  void validateOwnOptions() {}

  /** A warning about an article, for {@code problems}. */
  static java.util.function.Consumer<String> warningsAbout(Article a, ProblemListener problems) {
    return message -> problems.onProblem(new Problem(a.source(), message, false));
  }

  /** The closing summary's verb phrase, after "N articles". */
  abstract String done();

  @Override
  public Integer call() throws IOException {
    input.validate(spec);
    validateOwnOptions();
    Output.check(out);
    Terminal terminal = new Terminal(spec.commandLine().getErr(), input.quiet);
    int n;
    try (Output output = Output.open(out, spec.commandLine().getOut())) {
      try {
        n =
            new RecordLines(input.cleaner(), input.threads)
                .write(input.paths, recordMaker(terminal), output.writer(), terminal, terminal);
      } catch (Output.WriteFailure e) {
        throw e;
      } catch (IOException e) {
        throw new Output.WriteFailure(
            "cannot write "
                + (out == null ? "to standard output" : out.toString())
                + ": "
                + Output.reason(e),
            e);
      }
      if (n == 0) {
        terminal.message("no input could be processed");
        return ExitCodes.NO_INPUT;
      }
      output.commit();
    }
    terminal.summary(n + (n == 1 ? " article " : " articles ") + done());
    return ExitCodes.OK;
  }
}
