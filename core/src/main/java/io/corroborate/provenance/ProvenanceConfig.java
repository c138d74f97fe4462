package io.corroborate.provenance;

import java.util.Objects;

/**
 * Every setting of copy detection in one place: near-duplicate hashing, when shared text makes a
 * copy, and rewrite detection. {@link #DEFAULT} is the product's configuration.
 *
 * @param hashing shingles, MinHash and LSH
 * @param window winnowing window, in shingles ({@link Winnowing})
 * @param minTokens words an article needs to take part
 * @param strongContainment share of the shorter article's shingles that the other holds to make
 *     them copies whatever else (such a pair is never left unlinked)
 * @param partialContainment share that makes a partial reprint when enough shingles are shared
 * @param minSharedShingles shingles shared for {@code partialContainment} to apply: a passage, not
 *     a phrase or a shared quote
 * @param verbatimCoverage share of both texts in shared passages for a verbatim copy
 * @param maxGap tokens of difference bridged inside one passage
 * @param rewrites rewrite detection
 */
public record ProvenanceConfig(
    MinHashConfig hashing,
    int window,
    int minTokens,
    double strongContainment,
    double partialContainment,
    int minSharedShingles,
    double verbatimCoverage,
    int maxGap,
    RewriteConfig rewrites) {

  /** Share of the shorter text that makes a pair copies whatever else. */
  public static final double DEFAULT_STRONG_CONTAINMENT = 0.5;

  /** Share of the shorter text that makes a partial reprint with enough shared shingles. */
  public static final double DEFAULT_PARTIAL_CONTAINMENT = 0.25;

  /** Shingles shared for a partial reprint. */
  public static final int DEFAULT_MIN_SHARED_SHINGLES = 25;

  /** Share of both texts in shared passages for a verbatim copy. */
  public static final double DEFAULT_VERBATIM_COVERAGE = 0.9;

  /** The product's settings. */
  public static final ProvenanceConfig DEFAULT =
      new ProvenanceConfig(
          MinHashConfig.DEFAULT,
          NearDuplicateFinder.DEFAULT_WINDOW,
          NearDuplicateFinder.DEFAULT_MIN_TOKENS,
          DEFAULT_STRONG_CONTAINMENT,
          DEFAULT_PARTIAL_CONTAINMENT,
          DEFAULT_MIN_SHARED_SHINGLES,
          DEFAULT_VERBATIM_COVERAGE,
          PassageAligner.DEFAULT_MAX_GAP,
          RewriteConfig.DEFAULT);

  /**
   * Whether two texts share enough to be copies: most of the shorter, or a passage of at least
   * {@code minSharedShingles} that is a good part of it.
   *
   * @param shared distinct shingles both hold
   * @param sizeA distinct shingles of one
   * @param sizeB distinct shingles of the other
   */
  public boolean sharesEnough(int shared, int sizeA, int sizeB) {
    int fewer = Math.min(sizeA, sizeB);
    if (fewer == 0 || shared == 0) {
      return false;
    }
    double containment = shared / (double) fewer;
    return containment >= strongContainment
        || (containment >= partialContainment && shared >= minSharedShingles);
  }

  /** Whether two texts share most of the shorter one (such a pair is never left unlinked). */
  public boolean sharesMost(int shared, int sizeA, int sizeB) {
    int fewer = Math.min(sizeA, sizeB);
    return fewer > 0 && shared >= strongContainment * fewer;
  }

  /** Validates the settings. */
  public ProvenanceConfig {
    Objects.requireNonNull(hashing, "hashing");
    Objects.requireNonNull(rewrites, "rewrites");
    if (!(strongContainment > 0 && strongContainment <= 1)
        || !(partialContainment > 0 && partialContainment <= strongContainment)) {
      throw new IllegalArgumentException(
          "need 0 < partialContainment <= strongContainment <= 1: partialContainment="
              + partialContainment
              + ", strongContainment="
              + strongContainment);
    }
    if (window < 1 || minTokens < 1 || minSharedShingles < 1 || maxGap < 0) {
      throw new IllegalArgumentException(
          "window, minTokens and minSharedShingles must be positive, maxGap not negative: window="
              + window
              + ", minTokens="
              + minTokens
              + ", minSharedShingles="
              + minSharedShingles
              + ", maxGap="
              + maxGap);
    }
  }
}
