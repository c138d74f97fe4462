package io.corroborate.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corroborate-bench NAME}: runs one benchmark and prints its figures. */
@Command(
    name = "corroborate-bench",
    mixinStandardHelpOptions = true,
    description = "Measure Corroborate's throughput and memory.",
    subcommands = {
      CopiesScaleBench.class,
      CopyIndexBench.class,
      CopyCorpusCommand.class,
      PlotCommand.class,
      JmhCommand.class,
      FiguresSpeedBench.class,
      QuotesSpeedBench.class,
      ExtractSpeedCommand.class,
      StoriesScaleCommand.class,
      AnalyzeBenchCommand.class,
      FeedsBench.class,
      WebBench.class,
      IngestBench.class
    })
public final class BenchMain implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the benchmark named by the arguments. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
