package io.corroborate.app;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code corroborate} launcher. */
public final class Main {

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams, for tests; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(out, err);
    return cli.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new CorroborateCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof io.corroborate.store.StoreException) {
            commandLine.getErr().println("corroborate: " + ex.getMessage());
            commandLine.getErr().flush();
            return ExitCodes.STORE;
          }
          commandLine.getErr().println("corroborate: internal error: " + ex);
          if (System.getenv("CORROBORATE_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
          }
          commandLine.getErr().flush();
          return ExitCodes.INTERNAL;
        });
    cli.setExitCodeExceptionMapper(ex -> ExitCodes.USAGE);
    return cli;
  }
}
