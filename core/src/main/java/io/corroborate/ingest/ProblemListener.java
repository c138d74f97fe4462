package io.corroborate.ingest;

/**
 * Receives problems found while reading input. Implementations decide how to show them; readers
 * never print. Readers call it from the reading thread only.
 */
@FunctionalInterface
public interface ProblemListener {

  /** Reports one problem. */
  void onProblem(Problem problem);

  /** A listener that drops everything. */
  static ProblemListener ignoring() {
    return p -> {};
  }
}
