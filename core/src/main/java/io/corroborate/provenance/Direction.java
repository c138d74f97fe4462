package io.corroborate.provenance;

import io.corroborate.model.NewsDate;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides which of two articles that share text is the source. In order: a credit (one names the
 * other's outlet), publication times (when both are known and differ beyond their precision),
 * containment (the article holding more than the shared part is the source, since copies cut and
 * rewrites condense), content-farm marks (the farm copies); last, the longer, then the one first in
 * the corpus. Stateless and thread-safe.
 */
public final class Direction {

  /** Coverage difference below which the texts do not decide. */
  static final double COVERAGE_MARGIN = 0.05;

  private Direction() {}

  /** Why a direction was chosen, for tests and explanations. */
  public enum Reason {
    /** One credits the other's outlet. */
    CREDIT,
    /** One was published first. */
    DATE,
    /** One carries content-farm marks. */
    FARM,
    /** One holds more beyond the shared text. */
    CONTAINMENT,
    /** No evidence: the longer, then the first in the corpus. */
    ORDER
  }

  /** The decision: the source and why. */
  public record Decision(ArticleFacts source, ArticleFacts copy, Reason reason) {}

  /**
   * Which of {@code a} and {@code b} is the source.
   *
   * @param coverageA share of {@code a}'s text that is shared with {@code b}
   * @param coverageB share of {@code b}'s text that is shared with {@code a}
   */
  public static Decision decide(
      ArticleFacts a,
      ArticleFacts b,
      double coverageA,
      double coverageB,
      int tokensA,
      int tokensB) {
    boolean aCreditsB = a.credits(b);
    boolean bCreditsA = b.credits(a);
    if (aCreditsB != bCreditsA) {
      return aCreditsB ? new Decision(b, a, Reason.CREDIT) : new Decision(a, b, Reason.CREDIT);
    }
    int byDate = compareDates(a.published(), b.published());
    if (byDate != 0) {
      return byDate < 0 ? new Decision(a, b, Reason.DATE) : new Decision(b, a, Reason.DATE);
    }
    if (Math.abs(coverageA - coverageB) >= COVERAGE_MARGIN) {
      return coverageA < coverageB
          ? new Decision(a, b, Reason.CONTAINMENT)
          : new Decision(b, a, Reason.CONTAINMENT);
    }
    boolean farmA = a.farmSignals() > 0;
    boolean farmB = b.farmSignals() > 0;
    if (farmA != farmB) {
      return farmA ? new Decision(b, a, Reason.FARM) : new Decision(a, b, Reason.FARM);
    }
    if (tokensA != tokensB) {
      return tokensA > tokensB
          ? new Decision(a, b, Reason.ORDER)
          : new Decision(b, a, Reason.ORDER);
    }
    return a.index() <= b.index()
        ? new Decision(a, b, Reason.ORDER)
        : new Decision(b, a, Reason.ORDER);
  }

  /**
   * Negative when {@code x} is surely earlier, positive when surely later, 0 when unknown or within
   * the dates' precision (the same day when either lacks a time; an hour when offsets are unknown).
   */
  static int compareDates(NewsDate x, NewsDate y) {
    if (x == null || y == null) {
      return 0;
    }
    if (!x.hasTime() || !y.hasTime()) {
      return x.date().compareTo(y.date());
    }
    Instant ix = x.approximateInstant();
    Instant iy = y.approximateInstant();
    Duration slack =
        x.offset() == null || y.offset() == null ? Duration.ofHours(14) : Duration.ofMinutes(1);
    if (Duration.between(ix, iy).abs().compareTo(slack) <= 0) {
      return 0;
    }
    return ix.compareTo(iy);
  }
}
