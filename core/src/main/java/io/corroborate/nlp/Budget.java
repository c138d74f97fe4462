package io.corroborate.nlp;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A time budget for the analysis of one document: started when the analysis starts, checked between
 * stages and between chunks of sentences, so that one pathological article (megabytes of text, a
 * sentence of tens of thousands of tokens, a page of numbers) is stopped and reported instead of
 * holding a worker for minutes. CoreNLP's annotators cannot be interrupted, so the budget bounds
 * the work started after it ran out, not the chunk under way. Immutable and thread-safe.
 */
public final class Budget {

  /** No limit. */
  public static final Budget NONE = new Budget(Long.MAX_VALUE, System::nanoTime, null);

  private final long deadline;
  private final LongSupplier clock;
  private final Duration limit;

  private Budget(long deadline, LongSupplier clock, Duration limit) {
    this.deadline = deadline;
    this.clock = clock;
    this.limit = limit;
  }

  /** A budget of {@code limit} from now on the system's monotonic clock. */
  public static Budget of(Duration limit) {
    return of(limit, System::nanoTime);
  }

  /**
   * A budget of {@code limit} from now on the given clock of nanoseconds (tests pass their own).
   *
   * @throws IllegalArgumentException when the limit is not positive
   */
  public static Budget of(Duration limit, LongSupplier nanoClock) {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(nanoClock, "nanoClock");
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("limit must be positive: limit=" + limit);
    }
    long now = nanoClock.getAsLong();
    long nanos = limit.toNanos();
    return new Budget(now + nanos, nanoClock, limit);
  }

  /** Whether the budget has run out. */
  public boolean exceeded() {
    return this != NONE && clock.getAsLong() - deadline > 0;
  }

  /**
   * Throws when the budget has run out.
   *
   * @param stage what was about to start, for the message ("ner", "figures")
   * @throws Exceeded when the budget has run out
   */
  public void check(String stage) {
    if (exceeded()) {
      throw new Exceeded(stage, limit);
    }
  }

  /** Thrown when a document's time budget ran out; the message names the stage and the limit. */
  public static final class Exceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The budget {@code limit} ran out before {@code stage}. */
    public Exceeded(String stage, Duration limit) {
      super(
          "time budget of "
              + (limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms")
              + " per document ran out before "
              + stage,
          null,
          false,
          false);
    }
  }
}
