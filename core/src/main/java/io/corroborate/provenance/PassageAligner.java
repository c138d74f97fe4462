package io.corroborate.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns the passages two texts share: runs of equal shingles along one diagonal (the same words in
 * the same order in both), extended greedily in copy order, then joined across small edits. Linear
 * in the texts' lengths after sorting the source's shingles. Stateless and thread-safe.
 */
public final class PassageAligner {

  /** Tokens of difference (an edited word, a cut clause) bridged inside one passage. */
  public static final int DEFAULT_MAX_GAP = 12;

  private final int shingleSize;
  private final int maxGap;

  /** An aligner for shingles of {@code shingleSize} tokens. */
  public PassageAligner(int shingleSize, int maxGap) {
    if (shingleSize < 1 || maxGap < 0) {
      throw new IllegalArgumentException(
          "need shingleSize >= 1 and maxGap >= 0: shingleSize="
              + shingleSize
              + ", maxGap="
              + maxGap);
    }
    this.shingleSize = shingleSize;
    this.maxGap = maxGap;
  }

  /**
   * The passages of {@code copy} that come from {@code source}, from both texts' shingle hashes in
   * text order ({@link Shingles#inOrder}) and token counts.
   */
  public PassageAlignment align(long[] copy, int copyTokens, long[] source, int sourceTokens) {
    int k = shingleSize;
    if (copy.length == 0 || source.length == 0) {
      return new PassageAlignment(List.of(), 0, copyTokens, 0, sourceTokens);
    }
    // a text shorter than a shingle has one shingle of all its tokens
    int copySpan = copyTokens < k ? copyTokens : k;
    int sourceSpan = sourceTokens < k ? sourceTokens : k;
    long[] sorted = new long[source.length];
    int[] pos = new int[source.length];
    Integer[] idx = new Integer[source.length];
    for (int j = 0; j < source.length; j++) {
      idx[j] = j;
    }
    Arrays.sort(
        idx,
        (x, y) -> {
          int c = Long.compare(source[x], source[y]);
          return c != 0 ? c : Integer.compare(x, y);
        });
    for (int j = 0; j < idx.length; j++) {
      sorted[j] = source[idx[j]];
      pos[j] = idx[j];
    }
    List<int[]> runs = new ArrayList<>(); // copy start, source start, shingles
    int runCopy = -1;
    int runSource = -1;
    int runLength = 0;
    int lastSourceEnd = 0;
    for (int i = 0; i < copy.length; i++) {
      if (runLength > 0
          && runSource + runLength < source.length
          && source[runSource + runLength] == copy[i]) {
        runLength++;
        continue;
      }
      if (runLength > 0) {
        runs.add(new int[] {runCopy, runSource, runLength});
        lastSourceEnd = runSource + runLength;
        runLength = 0;
      }
      int at = firstIndex(sorted, copy[i]);
      if (at < 0) {
        continue;
      }
      // prefer the first occurrence at or after the previous run, to keep the order
      int choice = pos[at];
      for (int t = at; t < sorted.length && sorted[t] == copy[i]; t++) {
        if (pos[t] >= lastSourceEnd) {
          choice = pos[t];
          break;
        }
      }
      runCopy = i;
      runSource = choice;
      runLength = 1;
    }
    if (runLength > 0) {
      runs.add(new int[] {runCopy, runSource, runLength});
    }
    boolean[] copyHit = new boolean[copyTokens];
    boolean[] sourceHit = new boolean[sourceTokens];
    List<TokenPassage> passages = new ArrayList<>();
    int ps = -1;
    int pe = -1;
    int pfs = -1;
    int pfe = -1;
    for (int[] r : runs) {
      int cs = r[0];
      int ce = Math.min(copyTokens, r[0] + r[2] - 1 + copySpan);
      int ss = r[1];
      int se = Math.min(sourceTokens, r[1] + r[2] - 1 + sourceSpan);
      Arrays.fill(copyHit, cs, ce, true);
      Arrays.fill(sourceHit, ss, se, true);
      if (ps >= 0 && cs - pe <= maxGap && ss >= pfs && ss - pfe <= maxGap) {
        pe = Math.max(pe, ce);
        pfe = Math.max(pfe, se);
      } else {
        if (ps >= 0) {
          passages.add(new TokenPassage(ps, pe, pfs, pfe));
        }
        ps = cs;
        pe = ce;
        pfs = ss;
        pfe = se;
      }
    }
    if (ps >= 0) {
      passages.add(new TokenPassage(ps, pe, pfs, pfe));
    }
    return new PassageAlignment(
        passages, count(copyHit), copyTokens, count(sourceHit), sourceTokens);
  }

  private static int firstIndex(long[] sorted, long key) {
    int at = Arrays.binarySearch(sorted, key);
    if (at < 0) {
      return -1;
    }
    while (at > 0 && sorted[at - 1] == key) {
      at--;
    }
    return at;
  }

  private static int count(boolean[] hit) {
    int n = 0;
    for (boolean h : hit) {
      if (h) {
        n++;
      }
    }
    return n;
  }
}
