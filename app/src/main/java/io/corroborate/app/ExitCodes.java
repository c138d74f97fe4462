package io.corroborate.app;

/** The exit codes of the contract. */
final class ExitCodes {

  /** Done; some inputs may have been skipped with a warning. */
  static final int OK = 0;

  /** An internal error. */
  static final int INTERNAL = 1;

  /** A usage error. */
  static final int USAGE = 2;

  /** No input could be processed. */
  static final int NO_INPUT = 3;

  /** {@code watch --once}: some feed failed. */
  static final int FEED_FAILED = 4;

  /** The store cannot be used: missing, locked by another writer, read-only, newer, not a store. */
  static final int STORE = 5;

  /** A story or article id that the store does not know. */
  static final int NOT_FOUND = 6;

  private ExitCodes() {}
}
