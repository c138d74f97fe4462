package io.corroborate.provenance;

import java.util.Arrays;

/**
 * Locality-sensitive hashing of MinHash signatures by banding: each band of {@code rows} values is
 * hashed, and items whose hash agrees in some band are candidate pairs. Buckets are found by
 * sorting, never by comparing all pairs; a bucket larger than {@link #MAX_BUCKET_PAIRS_SIZE} (a
 * mass of near-identical texts) yields each member paired with the bucket's first {@link #ANCHORS}
 * members only, so the number of pairs stays linear in the corpus. Stateless and thread-safe.
 */
public final class LshBands {

  /** Largest bucket whose members are all paired with one another. */
  public static final int MAX_BUCKET_PAIRS_SIZE = 48;

  /** Members of a larger bucket that every other member is paired with. */
  public static final int ANCHORS = 8;

  static final int INDEX_BITS = 28;
  static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  private LshBands() {}

  /**
   * Candidate pairs of items, as sorted distinct keys (see {@link PairList}). Items whose signature
   * is null are left out.
   */
  public static long[] candidates(int[][] signatures, MinHashConfig config) {
    int n = signatures.length;
    if (n > INDEX_MASK) {
      throw new IllegalArgumentException("too many items for one index: " + n);
    }
    PairList pairs = new PairList();
    long[] keys = new long[n];
    for (int band = 0; band < config.bands(); band++) {
      int m = 0;
      for (int i = 0; i < n; i++) {
        int[] sig = signatures[i];
        if (sig == null) {
          continue;
        }
        keys[m++] = bucket(sig, band, config) | i;
      }
      Arrays.sort(keys, 0, m);
      emitBuckets(keys, m, pairs);
    }
    PairList.Counted c = pairs.counted();
    return c.keys();
  }

  /**
   * The bucket of a signature in one band: the high bits of the band's hash (the low {@link
   * #INDEX_BITS} bits are zero, left for an item's index). Items in one bucket are paired.
   */
  static long bucket(int[] sig, int band, MinHashConfig config) {
    int from = band * config.rows();
    long h = band + 1L;
    for (int r = from; r < from + config.rows(); r++) {
      h = Hashing.mix(h * 0x9e3779b97f4a7c15L + sig[r]);
    }
    return h & ~INDEX_MASK;
  }

  /** Pairs the members of every run of equal hashes in sorted {@code keys[0, m)}. */
  static void emitBuckets(long[] keys, int m, PairList pairs) {
    int i = 0;
    while (i < m) {
      long bucket = keys[i] & ~INDEX_MASK;
      int j = i + 1;
      while (j < m && (keys[j] & ~INDEX_MASK) == bucket) {
        j++;
      }
      int size = j - i;
      if (size > 1) {
        if (size <= MAX_BUCKET_PAIRS_SIZE) {
          for (int x = i; x < j; x++) {
            for (int y = x + 1; y < j; y++) {
              pairs.add((int) (keys[x] & INDEX_MASK), (int) (keys[y] & INDEX_MASK));
            }
          }
        } else {
          for (int x = i; x < i + ANCHORS; x++) {
            for (int y = x + 1; y < j; y++) {
              pairs.add((int) (keys[x] & INDEX_MASK), (int) (keys[y] & INDEX_MASK));
            }
          }
        }
      }
      i = j;
    }
  }
}
