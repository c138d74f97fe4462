package io.corroborate.app;

import io.corroborate.claims.figures.FigureLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corroborate figures}: every quantity of every article, one JSON line per article. */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description =
        "Extract every quantity with what it counts, who claims it and when: one JSON line per"
            + " article.")
final class FiguresCommand implements Callable<Integer> {

  /** Output formats of figures. */
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

  @Override
  public Integer call() throws IOException {
    Terminal terminal = new Terminal(spec.commandLine().getErr(), input.quiet);
    int n;
    try (Output output = Output.open(out, spec.commandLine().getOut())) {
      n =
          new FigureLines(input.limits(), input.threads)
              .write(input.paths, output.writer(), terminal, terminal);
      if (n == 0) {
        terminal.message("no input could be processed");
        return ExitCodes.NO_INPUT;
      }
      output.commit();
    }
    terminal.summary(n + (n == 1 ? " article" : " articles") + " read for figures");
    return ExitCodes.OK;
  }
}
