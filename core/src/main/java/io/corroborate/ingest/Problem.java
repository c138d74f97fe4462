package io.corroborate.ingest;

import java.util.Objects;

/**
 * Something wrong with one input: where, what, and whether the input was skipped.
 *
 * @param where the path, with {@code :LINE} or {@code #RECORD} when it is inside a file
 * @param message what is wrong, specific enough to act on
 * @param skipped whether the input (or record, or line) was left out
 */
public record Problem(String where, String message, boolean skipped) {

  /** Validates the fields. */
  public Problem {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  /** The problem as one line: {@code where: message}. */
  @Override
  public String toString() {
    return where + ": " + message;
  }
}
