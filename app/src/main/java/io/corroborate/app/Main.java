package io.corroborate.app;

import io.corroborate.ingest.Problem;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code corroborate} launcher. */
public final class Main {

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // UTF-8 whatever the locale, as the contract says; write errors are seen by Output.commit
    PrintWriter out = new PrintWriter(Output.utf8(new FileOutputStream(FileDescriptor.out)), true);
    int code = run(args, out, new PrintWriter(System.err, true));
    out.flush();
    System.exit(code);
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
          if (ex instanceof Output.BadTarget) {
            // a bad option value found when the command starts: a usage error
            commandLine.getErr().println("corroborate: " + Problem.escape(ex.getMessage()));
            commandLine.getErr().flush();
            return ExitCodes.USAGE;
          }
          if (ex instanceof Output.WriteFailure) {
            commandLine.getErr().println("corroborate: " + Problem.escape(ex.getMessage()));
            commandLine.getErr().flush();
            return ExitCodes.INTERNAL;
          }
          if (ex instanceof io.corroborate.store.StoreException) {
            commandLine.getErr().println("corroborate: " + Problem.escape(ex.getMessage()));
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
