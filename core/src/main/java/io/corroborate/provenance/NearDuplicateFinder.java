package io.corroborate.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the pairs of texts that may copy one another without comparing all pairs: exact duplicates
 * by content hash, near-duplicates by MinHash and LSH banding, and texts sharing passages (a short
 * reprint inside a long article) by winnowed fingerprints, at least {@link
 * #MIN_SHARED_FINGERPRINTS} of them (one for a short text). Each text is sketched once, in linear
 * time; candidates are found by sorting. Exact duplicates are collapsed first, so that a mass of
 * identical copies costs one pairing per copy. Output depends only on the input order, never on
 * threads. Immutable and thread-safe.
 */
public final class NearDuplicateFinder {

  /** Shingles per winnowing window: shared passages of this many shingles are always found. */
  public static final int DEFAULT_WINDOW = 8;

  /** Fingerprints two texts must share to be a candidate (fewer when one has fewer). */
  public static final int MIN_SHARED_FINGERPRINTS = 2;

  /** A text with at most this many fingerprints needs to share only one. */
  public static final int SHORT_TEXT_FINGERPRINTS = 16;

  /** Texts with fewer words take no part: they cannot show copying. */
  public static final int DEFAULT_MIN_TOKENS = 8;

  private final MinHashConfig config;
  private final MinHasher hasher;
  private final int window;
  private final int minTokens;

  /** A finder with the given MinHash settings and the default window and minimum length. */
  public NearDuplicateFinder(MinHashConfig config) {
    this(config, DEFAULT_WINDOW, DEFAULT_MIN_TOKENS);
  }

  /** A finder with every setting given. */
  public NearDuplicateFinder(MinHashConfig config, int window, int minTokens) {
    this.config = java.util.Objects.requireNonNull(config, "config");
    if (window < 1) {
      throw new IllegalArgumentException("window must be positive: window=" + window);
    }
    if (minTokens < 1) {
      throw new IllegalArgumentException("minTokens must be positive: minTokens=" + minTokens);
    }
    this.hasher = new MinHasher(config);
    this.window = window;
    this.minTokens = minTokens;
  }

  /** The MinHash settings. */
  public MinHashConfig config() {
    return config;
  }

  /** Words a text needs to take part. */
  public int minTokens() {
    return minTokens;
  }

  /** The shingle hashes of a text's tokens, in text order. */
  public long[] shingles(NormalizedTokens tokens) {
    return Shingles.inOrder(tokens, config.shingleSize());
  }

  /** The sketch of a text. */
  public Sketch sketch(NormalizedTokens tokens) {
    long[] sh = shingles(tokens);
    return sketch(tokens.contentHash(), tokens.size(), sh);
  }

  /** The sketch of a text from its shingle hashes in text order. */
  public Sketch sketch(long contentHash, int tokenCount, long[] shinglesInOrder) {
    int[] sig = hasher.signature(shinglesInOrder);
    long[] fp = Winnowing.fingerprints(shinglesInOrder, window);
    return new Sketch(contentHash, tokenCount, shinglesInOrder.length, sig, fp);
  }

  /** The MinHash signature of shingle hashes. */
  public int[] signature(long[] shingles) {
    return hasher.signature(shingles);
  }

  /**
   * The keys under which a usable sketch meets its candidates in a distributed join: its content
   * hash, its LSH band buckets and its passage fingerprints, each mixed with its kind (0, 1, 2) so
   * that kinds rarely share a key. Two sketches that {@link #candidates} pairs share a key (a pair
   * by fingerprints shares at least as many keys as fingerprints).
   */
  public long[] blockingKeys(Sketch s) {
    long[] bands = new long[config.bands()];
    for (int band = 0; band < bands.length; band++) {
      bands[band] = LshBands.bucket(s.signature(), band, config);
    }
    long[] fps = new long[s.fingerprints().length];
    for (int i = 0; i < fps.length; i++) {
      fps[i] = s.fingerprints()[i] & ~LshBands.INDEX_MASK;
    }
    long[] a1 = tagged(1, bands);
    long[] a2 = tagged(2, fps);
    long[] out = new long[1 + a1.length + a2.length];
    out[0] = tagged(0, new long[] {s.contentHash()})[0];
    System.arraycopy(a1, 0, out, 1, a1.length);
    System.arraycopy(a2, 0, out, 1 + a1.length, a2.length);
    return out;
  }

  /** Keys of one candidate step, mixed with the step so that steps rarely share a key. */
  static long[] tagged(int step, long[] keys) {
    long salt = Hashing.mix(0x5eedL + step);
    long[] out = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = Hashing.mix(keys[i] ^ salt);
    }
    return out;
  }

  /**
   * The candidate pairs among sketched texts, sorted by {@code (a, b)}. Texts too short to show
   * copying are left out. A pair is a candidate when both have the same content, or when their
   * signatures agree in some LSH band, or when they share passage fingerprints.
   */
  public List<Candidate> candidates(List<Sketch> sketches) {
    int n = sketches.size();
    // exact duplicates: sort by content hash, the first of each run represents it
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (x, y) -> {
          int c = Long.compare(sketches.get(x).contentHash(), sketches.get(y).contentHash());
          return c != 0 ? c : Integer.compare(x, y);
        });
    int[] rep = new int[n];
    PairList pairs = new PairList();
    for (int k = 0; k < n; k++) {
      int i = order[k];
      Sketch s = sketches.get(i);
      if (k > 0
          && sketches.get(order[k - 1]).contentHash() == s.contentHash()
          && s.usable(minTokens)) {
        rep[i] = rep[order[k - 1]];
        pairs.add(rep[i], i);
      } else {
        rep[i] = i;
      }
    }
    int[][] sigs = new int[n][];
    long[][] fps = new long[n][];
    for (int i = 0; i < n; i++) {
      Sketch s = sketches.get(i);
      if (rep[i] == i && s.usable(minTokens)) {
        sigs[i] = s.signature();
        fps[i] = s.fingerprints();
      }
    }
    PairList.Counted shared = FingerprintIndex.sharedFingerprints(fps);
    PairList between = new PairList();
    between.addAll(LshBands.candidates(sigs, config));
    for (int k = 0; k < shared.keys().length; k++) {
      // one shared fingerprint is a common phrase; a passage gives several (or most of a tiny text)
      int x = PairList.first(shared.keys()[k]);
      int y = PairList.second(shared.keys()[k]);
      int fewer = Math.min(fps[x].length, fps[y].length);
      int needed = fewer <= SHORT_TEXT_FINGERPRINTS ? 1 : MIN_SHARED_FINGERPRINTS;
      if (shared.counts()[k] >= needed) {
        between.add(x, y);
      }
    }
    // a pair of representatives stands for their duplicates too (a bounded number of them),
    // and the first duplicates of a text are paired with one another
    int[][] members = members(rep);
    for (int[] group : members) {
      for (int x = 1; x < group.length; x++) {
        for (int y = x + 1; y < group.length; y++) {
          pairs.add(group[x], group[y]);
        }
      }
    }
    for (long key : between.counted().keys()) {
      int x = PairList.first(key);
      int y = PairList.second(key);
      for (int mx : members[x]) {
        for (int my : members[y]) {
          pairs.add(mx, my);
        }
      }
    }
    long[] keys = pairs.counted().keys();
    List<Candidate> out = new ArrayList<>(keys.length);
    for (long key : keys) {
      int a = PairList.first(key);
      int b = PairList.second(key);
      Sketch sa = sketches.get(a);
      Sketch sb = sketches.get(b);
      boolean same = rep[a] == rep[b];
      int sf;
      if (same) {
        sf = sa.fingerprints().length;
      } else {
        int at = Arrays.binarySearch(shared.keys(), PairList.key(rep[a], rep[b]));
        sf = at >= 0 ? shared.counts()[at] : 0;
      }
      int fewer = Math.min(sa.fingerprints().length, sb.fingerprints().length);
      double containment = fewer == 0 ? 0 : Math.min(1, sf / (double) fewer);
      out.add(
          new Candidate(
              a,
              b,
              same,
              same ? 1 : MinHasher.similarity(sa.signature(), sb.signature()),
              sf,
              containment));
    }
    return out;
  }

  /**
   * For each representative, itself and up to {@link LshBands#MAX_BUCKET_PAIRS_SIZE} duplicates.
   */
  private static int[][] members(int[] rep) {
    int n = rep.length;
    int[] count = new int[n];
    for (int i = 0; i < n; i++) {
      if (count[rep[i]] < LshBands.MAX_BUCKET_PAIRS_SIZE) {
        count[rep[i]]++;
      }
    }
    int[][] out = new int[n][];
    int[] filled = new int[n];
    for (int i = 0; i < n; i++) {
      int r = rep[i];
      if (out[r] == null) {
        out[r] = new int[count[r]];
      }
      if (filled[r] < out[r].length) {
        out[r][filled[r]++] = i;
      }
    }
    for (int i = 0; i < n; i++) {
      if (out[i] == null) {
        out[i] = new int[0];
      }
    }
    return out;
  }
}
