package io.corroborate.stories;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The inverted index that finds candidate articles for a new one without scanning every story: for
 * each feature, the most recent articles that have it (a bounded ring, so the cost of a lookup does
 * not grow with the number of stories). A new article looks up its rarest features and ranks the
 * articles found by the inverse document frequency they share. Not thread-safe.
 */
final class PostingIndex {

  private final int capacity;
  private final Map<Integer, Ring> rings = new HashMap<>();
  private float[] score = new float[1024];
  private int[] touched = new int[1024];

  private static final class Ring {
    final int[] articles;
    int filled;

    Ring(int capacity) {
      articles = new int[capacity];
    }
  }

  PostingIndex(int capacity) {
    this.capacity = capacity;
  }

  /** Adds an article under each of its features. */
  /** Writes the posting rings. */
  void write(java.io.DataOutputStream d) throws java.io.IOException {
    d.writeInt(rings.size());
    for (Map.Entry<Integer, Ring> e : new java.util.TreeMap<>(rings).entrySet()) {
      d.writeInt(e.getKey());
      d.writeInt(e.getValue().filled);
      Snapshot.writeInts(d, e.getValue().articles, e.getValue().articles.length);
    }
  }

  /** Reads what {@link #write} wrote into this empty index. */
  void read(java.io.DataInputStream d) throws java.io.IOException {
    int n = Snapshot.length(d);
    for (int i = 0; i < n; i++) {
      int feature = d.readInt();
      Ring r = new Ring(capacity);
      r.filled = d.readInt();
      int[] a = Snapshot.readInts(d);
      if (a.length != capacity) {
        throw new java.io.IOException("corrupt clusterer state: a ring of " + a.length);
      }
      System.arraycopy(a, 0, r.articles, 0, capacity);
      rings.put(feature, r);
    }
  }

  void add(int article, int[] features) {
    for (int f : features) {
      Ring ring = rings.computeIfAbsent(f, k -> new Ring(capacity));
      ring.articles[ring.filled % capacity] = article;
      ring.filled++;
    }
  }

  /**
   * Up to {@code max} articles sharing the most weight of rare features with the given ones, best
   * first (ties: most recent first).
   *
   * @param features the new article's feature ids
   * @param lookups how many of the rarest features to look up
   */
  int[] candidates(int[] features, Vocabulary vocabulary, int lookups, int max) {
    // rarest first: sort (idf descending, id ascending) packed into longs
    long[] order = new long[features.length];
    for (int i = 0; i < features.length; i++) {
      float idf = vocabulary.idf(features[i]);
      order[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(idf)) << 32) | i;
    }
    Arrays.sort(order);
    int n = 0;
    int used = 0;
    for (int k = 0; k < order.length && used < lookups; k++) {
      int i = (int) order[k];
      Ring ring = rings.get(features[i]);
      if (ring == null || ring.filled == 0) {
        continue;
      }
      used++;
      float idf = vocabulary.idf(features[i]);
      int len = Math.min(ring.filled, capacity);
      for (int r = 0; r < len; r++) {
        int a = ring.articles[r];
        if (a >= score.length) {
          score = Arrays.copyOf(score, Math.max(a + 1, score.length * 2));
        }
        if (score[a] == 0) {
          if (n == touched.length) {
            touched = Arrays.copyOf(touched, n * 2);
          }
          touched[n++] = a;
        }
        score[a] += idf + 1e-6f;
      }
    }
    // best first, ties to the most recent: pack (score descending, article descending)
    long[] ranked = new long[n];
    for (int i = 0; i < n; i++) {
      int a = touched[i];
      ranked[i] =
          ((long) (Integer.MAX_VALUE - Float.floatToIntBits(score[a])) << 32)
              | (Integer.MAX_VALUE - a);
      score[a] = 0;
    }
    Arrays.sort(ranked);
    int m = Math.min(max, n);
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = Integer.MAX_VALUE - (int) ranked[i];
    }
    return out;
  }
}
