package io.corroborate.provenance;

/**
 * Settings of near-duplicate detection: shingles of {@code shingleSize} words, MinHash signatures
 * of {@code permutations} values (bins of one-permutation hashing, see {@link MinHasher}), LSH with
 * {@code bands} bands of {@code rows} values each, and the seed every hash function is drawn from.
 * Two articles become candidates when any band of their signatures agrees; the chance of that for
 * Jaccard similarity {@code s} is {@code 1 - (1 - s^rows)^bands}, an S-curve that rises around
 * {@code (1/bands)^(1/rows)}. The defaults (128 permutations, 64 bands of 2) rise around 0.125 and
 * find pairs of similarity 0.3 with probability 0.998, so that heavily edited copies are still
 * candidates; every candidate is checked afterwards.
 *
 * @param shingleSize words per shingle
 * @param permutations MinHash values per signature
 * @param bands LSH bands
 * @param rows signature values per band
 * @param seed seed of the hash functions
 */
public record MinHashConfig(int shingleSize, int permutations, int bands, int rows, long seed) {

  /** Words per shingle. */
  public static final int DEFAULT_SHINGLE_SIZE = 5;

  /** MinHash values per signature. */
  public static final int DEFAULT_PERMUTATIONS = 128;

  /** LSH bands. */
  public static final int DEFAULT_BANDS = 64;

  /** Signature values per band. */
  public static final int DEFAULT_ROWS = 2;

  /** Seed of the MinHash permutations. */
  public static final long DEFAULT_SEED = 0x436f7272L;

  /** The product's settings. */
  public static final MinHashConfig DEFAULT =
      new MinHashConfig(
          DEFAULT_SHINGLE_SIZE, DEFAULT_PERMUTATIONS, DEFAULT_BANDS, DEFAULT_ROWS, DEFAULT_SEED);

  /** Validates the settings. */
  public MinHashConfig {
    if (shingleSize < 1 || shingleSize > 64) {
      throw new IllegalArgumentException(
          "shingleSize must be in [1, 64]: shingleSize=" + shingleSize);
    }
    if (permutations < 1 || permutations > 4096) {
      throw new IllegalArgumentException(
          "permutations must be in [1, 4096]: permutations=" + permutations);
    }
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "bands and rows must be positive: bands=" + bands + ", rows=" + rows);
    }
    if ((long) bands * rows > permutations) {
      throw new IllegalArgumentException(
          "bands * rows must not exceed permutations: bands="
              + bands
              + ", rows="
              + rows
              + ", permutations="
              + permutations);
    }
  }

  /** The probability that a pair of the given Jaccard similarity becomes a candidate. */
  public double candidateProbability(double similarity) {
    return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
  }
}
