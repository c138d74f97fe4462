package io.corroborate.app;

import picocli.CommandLine.Command;

/** The top-level command; the work is in its subcommands. */
@Command(
    name = "corroborate",
    mixinStandardHelpOptions = true,
    version = "corroborate 0.1.0",
    description = "Turns the news about a developing story into one evidence-backed dossier.",
    subcommands = {
      AnalyzeCommand.class,
      ExtractCommand.class,
      FiguresCommand.class,
      QuotesCommand.class,
      WatchCommand.class,
      IngestCommand.class,
      StoriesCommand.class,
      DossierCommand.class,
      SearchCommand.class,
      ReanalyzeCommand.class,
      ServeCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (some inputs may have been skipped with a warning)",
      "1:internal error",
      "2:usage error",
      "3:no input could be processed",
      "4:watch --once: some feed failed",
      "5:the store cannot be used (missing, locked by another writer, read-only, newer, not a store)",
      "6:no story or article has that id"
    })
final class CorroborateCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required: analyze, extract, figures, quotes, ingest, stories, dossier,"
            + " search, reanalyze, watch or serve");
  }
}
