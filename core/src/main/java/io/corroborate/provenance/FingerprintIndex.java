package io.corroborate.provenance;

import java.util.Arrays;

/**
 * An inverted index of passage fingerprints ({@link Winnowing}) that yields the pairs of items
 * sharing fingerprints and how many they share. Posting lists are built by sorting; a fingerprint
 * held by more than {@link LshBands#MAX_BUCKET_PAIRS_SIZE} items (boilerplate, or one report
 * reprinted everywhere) pairs each holder with the list's first {@link LshBands#ANCHORS} holders
 * only, so the work stays linear in the corpus. Stateless and thread-safe.
 */
public final class FingerprintIndex {

  private FingerprintIndex() {}

  /**
   * Pairs sharing fingerprints: sorted distinct keys (see {@link PairList}) and, for each, the
   * number of fingerprints shared. Null entries are left out.
   */
  public static PairList.Counted sharedFingerprints(long[][] fingerprints) {
    int n = fingerprints.length;
    long total = 0;
    for (long[] f : fingerprints) {
      total += f == null ? 0 : f.length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many fingerprints for one index: " + total);
    }
    long[] keys = new long[(int) total];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (fingerprints[i] == null) {
        continue;
      }
      for (long f : fingerprints[i]) {
        keys[m++] = (f & ~LshBands.INDEX_MASK) | i;
      }
    }
    Arrays.sort(keys, 0, m);
    // one holder per fingerprint: two fingerprints of one item may share their high bits
    int u = 0;
    for (int i = 0; i < m; i++) {
      if (u == 0 || keys[u - 1] != keys[i]) {
        keys[u++] = keys[i];
      }
    }
    PairList pairs = new PairList();
    LshBands.emitBuckets(keys, u, pairs);
    return pairs.counted();
  }
}
