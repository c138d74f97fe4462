package io.corroborate.provenance;

import java.util.Arrays;

/**
 * Word shingles: every run of {@code k} consecutive tokens, hashed to 64 bits. A text with fewer
 * than {@code k} tokens (but at least one) has one shingle of all its tokens. Stateless and
 * thread-safe.
 */
public final class Shingles {

  private static final long STEP = 0x9e3779b97f4a7c15L;

  private Shingles() {}

  /** The shingle hashes in text order: shingle {@code i} starts at token {@code i}. */
  public static long[] inOrder(NormalizedTokens tokens, int k) {
    int n = tokens.size();
    if (n == 0) {
      return new long[0];
    }
    long[] t = tokens.hashArray();
    if (n < k) {
      return new long[] {combine(t, 0, n)};
    }
    long[] out = new long[n - k + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = combine(t, i, k);
    }
    return out;
  }

  private static long combine(long[] t, int from, int k) {
    if (k == 5) {
      // the common case, unrolled: independent multiplications instead of a chain
      return Hashing.mix(
          t[from] * M0 + t[from + 1] * M1 + t[from + 2] * M2 + t[from + 3] * M3 + t[from + 4] * M4);
    }
    long h = k;
    for (int j = from; j < from + k; j++) {
      h = h * STEP + t[j];
      h ^= h >>> 29;
    }
    return Hashing.mix(h);
  }

  private static final long M0 = 0x9e3779b97f4a7c15L;
  private static final long M1 = 0xc2b2ae3d27d4eb4fL;
  private static final long M2 = 0x165667b19e3779f9L;
  private static final long M3 = 0xd6e8feb86659fd93L;
  private static final long M4 = 0xff51afd7ed558ccdL;

  /** The distinct values, sorted. */
  public static long[] distinctSorted(long[] hashes) {
    long[] s = hashes.clone();
    Arrays.sort(s);
    int m = 0;
    for (int i = 0; i < s.length; i++) {
      if (i == 0 || s[i] != s[i - 1]) {
        s[m++] = s[i];
      }
    }
    return m == s.length ? s : Arrays.copyOf(s, m);
  }

  /** Number of values two sorted distinct arrays share. */
  public static int shared(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }
}
