package io.corroborate.provenance;

/**
 * Passage fingerprints by winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): the smallest
 * shingle hash of every window of {@code w} consecutive shingles. Any passage that two texts share
 * and that spans at least {@code w} shingles yields at least one fingerprint in both, whatever else
 * the texts hold, so a short article reprinted inside a long one is found even when their Jaccard
 * similarity is tiny. Stateless and thread-safe.
 */
public final class Winnowing {

  private Winnowing() {}

  /** The fingerprints of shingle hashes in text order, distinct and sorted. */
  public static long[] fingerprints(long[] shingles, int w) {
    if (w < 1) {
      throw new IllegalArgumentException("window must be positive: w=" + w);
    }
    int n = shingles.length;
    if (n == 0) {
      return new long[0];
    }
    if (n <= w) {
      long min = shingles[0];
      for (long s : shingles) {
        min = Math.min(min, s);
      }
      return new long[] {min};
    }
    long[] out = new long[n - w + 1];
    int m = 0;
    int minAt = -1;
    for (int start = 0; start + w <= n; start++) {
      int end = start + w;
      if (minAt < start) {
        // the previous minimum left the window: scan it again (rightmost minimum)
        minAt = start;
        for (int i = start + 1; i < end; i++) {
          if (shingles[i] <= shingles[minAt]) {
            minAt = i;
          }
        }
        out[m++] = shingles[minAt];
      } else if (shingles[end - 1] <= shingles[minAt]) {
        minAt = end - 1;
        out[m++] = shingles[minAt];
      }
    }
    long[] fp = java.util.Arrays.copyOf(out, m);
    return Shingles.distinctSorted(fp);
  }
}
