package io.corroborate.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corroborate-eval NAME}: runs one evaluation and prints its figures. */
@Command(
    name = "corroborate-eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate Corroborate on the public benchmark data in ../shared/data.",
    subcommands = {
      ProvenanceEcbEval.class,
      MsrpEval.class,
      FiguresNewsQuantEval.class,
      FiguresSeedsEval.class,
      KeyFiguresEval.class,
      QuotesGgtEval.class,
      QuotesPolnearEval.class,
      QuotesSeedsEval.class,
      ExtractZyteCommand.class,
      ExtractSnippetsCommand.class,
      ExtractDragnetCommand.class,
      MetadataCommand.class,
      ClustersEcbCommand.class,
      StoriesFitCommand.class,
      StoriesSeedsCommand.class
    })
public final class EvalMain implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the evaluation named by the arguments. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalMain()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
