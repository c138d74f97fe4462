package io.corroborate.provenance;

import io.corroborate.model.NewsDate;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides which of two articles that share text is the source. In order: a credit (one names the
 * other's outlet), publication times (when both are known and differ beyond their precision),
 * containment (the article holding more than the shared part is the source, since copies cut and
 * rewrites condense), content-farm marks (the farm copies); last, the longer, then the one first in
 * the corpus. For a retelling, {@link #decideRetelling} first asks which text is carried by more
 * outlets. Stateless and thread-safe.
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
    ORDER,
    /**
     * A retelling of a text that several outlets carry, or whose wording other reports share: the
     * carried text is the source.
     */
    CARRIED,
    /** Of a retelling and what it retells, the one denser in names and figures is the source. */
    SPECIFICS
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
   * What tells a retold text from its retelling.
   *
   * @param copies how many articles hold its text (itself and its text copies)
   * @param sharedWording how many of its word shingles other reports (beyond the pair) also hold
   * @param specificity its share of specific words ({@link Specificity})
   */
  public record Signals(int copies, int sharedWording, double specificity) {}

  /** Shared wording needed to decide, and how many times the other side's it must be. */
  static final int MIN_SHARED_WORDING = 3;

  static final int WORDING_FACTOR = 2;

  /** How many times denser in specifics the retold text must be to decide. */
  static final double SPECIFICITY_FACTOR = 1.15;

  /**
   * Which of two articles, one retelling the other, is the source. Credits and dates decide first,
   * as in {@link #decide}. Then a text that other outlets carry as copies while the other article
   * stands alone is the source: wire copy is reprinted verbatim, a retelling is one outlet's own.
   * Then the one whose exact wording other reports share (quotes, official phrases): a retelling
   * rewords them away. Then the one clearly denser in names and figures: a retelling generalises
   * and pads. Without any of these, containment and the rest of {@link #decide}.
   */
  public static Decision decideRetelling(
      ArticleFacts a, ArticleFacts b, double coverageA, double coverageB, Signals sa, Signals sb) {
    Decision d = decide(a, b, coverageA, coverageB, 0, 0);
    if (d.reason() == Reason.CREDIT || d.reason() == Reason.DATE) {
      return d;
    }
    if (sa.copies() > 1 && sb.copies() == 1) {
      return new Decision(a, b, Reason.CARRIED);
    }
    if (sb.copies() > 1 && sa.copies() == 1) {
      return new Decision(b, a, Reason.CARRIED);
    }
    int wa = sa.sharedWording();
    int wb = sb.sharedWording();
    if (wa >= MIN_SHARED_WORDING && wa >= WORDING_FACTOR * wb + 1) {
      return new Decision(a, b, Reason.CARRIED);
    }
    if (wb >= MIN_SHARED_WORDING && wb >= WORDING_FACTOR * wa + 1) {
      return new Decision(b, a, Reason.CARRIED);
    }
    if (sa.specificity() > 0 && sa.specificity() >= SPECIFICITY_FACTOR * sb.specificity()) {
      return new Decision(a, b, Reason.SPECIFICS);
    }
    if (sb.specificity() > 0 && sb.specificity() >= SPECIFICITY_FACTOR * sa.specificity()) {
      return new Decision(b, a, Reason.SPECIFICS);
    }
    return d;
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
