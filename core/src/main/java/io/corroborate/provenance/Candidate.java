package io.corroborate.provenance;

/**
 * A pair of texts that near-duplicate detection found worth checking.
 *
 * @param a the first text's index ({@code a < b})
 * @param b the second text's index
 * @param sameContent whether both have the same normalised words (same content hash)
 * @param signatureSimilarity the share of agreeing MinHash values: an estimate of Jaccard
 *     similarity of the shingle sets
 * @param sharedFingerprints passage fingerprints both hold
 * @param containment shared fingerprints over the fingerprints of the text that has fewer: an
 *     estimate of how much of the smaller text the other holds
 */
public record Candidate(
    int a,
    int b,
    boolean sameContent,
    double signatureSimilarity,
    int sharedFingerprints,
    double containment) {

  /** Validates the pair. */
  public Candidate {
    if (a < 0 || a >= b) {
      throw new IllegalArgumentException("need 0 <= a < b: a=" + a + ", b=" + b);
    }
  }
}
