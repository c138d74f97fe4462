package io.corroborate.provenance;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets. Permutation {@code p} maps a shingle hash {@code x} to {@code
 * a_p * x + b_p} modulo 2^32 with odd {@code a_p} (a bijection of 32-bit values, applied to a
 * well-mixed hash), and the signature keeps the minimum of each; two signatures agree at a position
 * with probability close to the Jaccard similarity of the sets. Coefficients come from {@link
 * MinHashConfig#seed()} alone, so signatures are comparable across runs and machines. Immutable
 * and thread-safe.
 */
public final class MinHasher {

  private final int[] a;
  private final int[] b;

  /** The hash functions of a configuration. */
  public MinHasher(MinHashConfig config) {
    int k = config.permutations();
    a = new int[k];
    b = new int[k];
    for (int p = 0; p < k; p++) {
      a[p] = (int) Hashing.splitMix(config.seed(), 2L * p) | 1;
      b[p] = (int) Hashing.splitMix(config.seed(), 2L * p + 1);
    }
  }

  /** Number of values per signature. */
  public int permutations() {
    return a.length;
  }

  /**
   * The signature of a set of shingle hashes (repeats are harmless). An empty set has the
   * signature of all {@link Integer#MAX_VALUE}, which is never put into an LSH bucket.
   */
  public int[] signature(long[] shingles) {
    int n = shingles.length;
    int[] x = new int[n];
    for (int i = 0; i < n; i++) {
      long s = shingles[i];
      x[i] = (int) (s ^ (s >>> 32));
    }
    int k = a.length;
    int[] sig = new int[k];
    Arrays.fill(sig, Integer.MAX_VALUE);
    if (n == 0) {
      return sig;
    }
    int p = 0;
    // four permutations per pass over the shingles: each value is loaded once for four hashes
    for (; p + 4 <= k; p += 4) {
      int a0 = a[p];
      int a1 = a[p + 1];
      int a2 = a[p + 2];
      int a3 = a[p + 3];
      int b0 = b[p];
      int b1 = b[p + 1];
      int b2 = b[p + 2];
      int b3 = b[p + 3];
      int m0 = Integer.MAX_VALUE;
      int m1 = Integer.MAX_VALUE;
      int m2 = Integer.MAX_VALUE;
      int m3 = Integer.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        int v = x[i];
        m0 = Math.min(m0, v * a0 + b0);
        m1 = Math.min(m1, v * a1 + b1);
        m2 = Math.min(m2, v * a2 + b2);
        m3 = Math.min(m3, v * a3 + b3);
      }
      sig[p] = m0;
      sig[p + 1] = m1;
      sig[p + 2] = m2;
      sig[p + 3] = m3;
    }
    for (; p < k; p++) {
      int m = Integer.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        m = Math.min(m, x[i] * a[p] + b[p]);
      }
      sig[p] = m;
    }
    return sig;
  }

  /** The share of positions where two signatures agree: an estimate of Jaccard similarity. */
  public static double similarity(int[] s, int[] t) {
    if (s.length != t.length) {
      throw new IllegalArgumentException(
          "signatures differ in length: " + s.length + " and " + t.length);
    }
    if (s.length == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < s.length; i++) {
      if (s[i] == t[i]) {
        same++;
      }
    }
    return same / (double) s.length;
  }
}
