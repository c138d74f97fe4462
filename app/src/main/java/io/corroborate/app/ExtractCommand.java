package io.corroborate.app;

import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.report.ExtractRecord;
import io.corroborate.report.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corroborate extract}: cleaning and metadata only, one JSON line per article. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Clean articles and read their metadata: one JSON line per article.")
final class ExtractCommand implements Callable<Integer> {

  /** Output formats of extract. */
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
    CorpusCleaner cleaner = input.cleaner();
    int n;
    try (Output output = Output.open(out, spec.commandLine().getOut())) {
      Writer w = output.writer();
      n =
          cleaner.run(
              input.paths,
              a -> {
                try {
                  w.write(Json.compact().writeValueAsString(ExtractRecord.of(a)));
                  w.write('\n');
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              terminal,
              terminal);
      if (n == 0) {
        terminal.message("no input could be processed");
        return ExitCodes.NO_INPUT;
      }
      output.commit();
    }
    terminal.summary(n + (n == 1 ? " article" : " articles") + " extracted");
    return ExitCodes.OK;
  }
}
