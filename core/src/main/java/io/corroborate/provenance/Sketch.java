package io.corroborate.provenance;

/**
 * What near-duplicate detection keeps of one text: its content hash, sizes, MinHash signature and
 * passage fingerprints.
 *
 * @param contentHash hash of the normalised word sequence ({@link NormalizedTokens#contentHash})
 * @param tokens number of words
 * @param shingles number of shingles (repeats included)
 * @param signature the MinHash signature
 * @param fingerprints the winnowed passage fingerprints, distinct and sorted
 */
public record Sketch(
    long contentHash, int tokens, int shingles, int[] signature, long[] fingerprints) {

  /** Validates the fields (arrays are kept as given, for speed: callers must not change them). */
  public Sketch {
    if (tokens < 0 || shingles < 0) {
      throw new IllegalArgumentException(
          "sizes must not be negative: tokens=" + tokens + ", shingles=" + shingles);
    }
    java.util.Objects.requireNonNull(signature, "signature");
    java.util.Objects.requireNonNull(fingerprints, "fingerprints");
  }

  /** Whether the text has enough words to take part in copy detection. */
  public boolean usable(int minTokens) {
    return tokens >= minTokens && shingles > 0;
  }
}
