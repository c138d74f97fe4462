package io.corroborate.app;

import io.corroborate.ingest.Problem;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.phases.Progress;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Standard error: one line per problem, progress bars when it is a terminal, and a closing summary.
 * Thread-safe.
 */
final class Terminal implements ProblemListener, Progress {

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean bars;
  private ProgressBar bar;
  private int skipped;
  private int warnings;

  Terminal(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
    this.bars =
        !quiet
            && (System.console() != null || Boolean.getBoolean("corroborate.stderr.tty"))
            && System.getenv("CORROBORATE_NO_PROGRESS") == null;
  }

  @Override
  public synchronized void onProblem(Problem p) {
    if (p.skipped()) {
      skipped++;
      err.println("corroborate: skipped " + p);
    } else {
      warnings++;
      err.println("corroborate: warning: " + p);
    }
    err.flush();
  }

  @Override
  public synchronized void start(String phase, long total) {
    if (!bars) {
      return;
    }
    bar =
        new ProgressBarBuilder()
            .setTaskName(phase)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUpdateIntervalMillis(200)
            .continuousUpdate()
            .build();
  }

  @Override
  public synchronized void step(long n) {
    if (bar != null) {
      bar.stepBy(n);
    }
  }

  @Override
  public synchronized void finish() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  /** One closing line: what was produced and what was skipped. */
  synchronized void summary(String what) {
    if (quiet) {
      return;
    }
    StringBuilder sb = new StringBuilder("corroborate: ").append(what);
    if (skipped > 0) {
      sb.append("; ").append(skipped).append(" skipped");
    }
    if (warnings > 0) {
      sb.append("; ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    err.println(sb);
    err.flush();
  }

  /** A usage-independent message line. */
  synchronized void message(String line) {
    err.println("corroborate: " + Problem.escape(line));
    err.flush();
  }
}
