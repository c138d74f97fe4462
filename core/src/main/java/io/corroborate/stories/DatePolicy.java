package io.corroborate.stories;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which dates are believable: none before {@link #DEFAULT_EARLIEST}, none more than a year after
 * today (a date in 2091 is a typo or a trap, not news). Immutable and thread-safe.
 *
 * @param earliest the earliest believable day
 * @param latest the latest believable day
 */
public record DatePolicy(LocalDate earliest, LocalDate latest) {

  /** Earliest believable day for a news date. */
  public static final LocalDate DEFAULT_EARLIEST = LocalDate.of(1900, 1, 1);

  /** Validates the bounds. */
  public DatePolicy {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException(
          "latest must not precede earliest: earliest=" + earliest + ", latest=" + latest);
    }
  }

  /** Believable from {@link #DEFAULT_EARLIEST} to a year after today by the clock. */
  public static DatePolicy of(Clock clock) {
    return new DatePolicy(DEFAULT_EARLIEST, LocalDate.now(clock).plusYears(1));
  }

  /** The date when believable, else null. */
  public LocalDate believable(LocalDate d) {
    return d == null || d.isBefore(earliest) || d.isAfter(latest) ? null : d;
  }
}
