package io.corroborate.phases;

/**
 * Receives progress of long work. Implementations must be thread-safe; the pipeline calls them from
 * worker threads. Nothing here prints: the app decides how to show progress.
 */
public interface Progress {

  /** A phase begins; {@code total} is -1 when unknown. */
  default void start(String phase, long total) {}

  /** {@code n} more units of the current phase are done. */
  default void step(long n) {}

  /** The current phase is done. */
  default void finish() {}

  /** Progress that goes nowhere. */
  Progress NONE = new Progress() {};
}
