package io.corroborate.stories;

import java.util.Arrays;
import java.util.Map;

/**
 * Feature weights by feature id, ids ascending. Immutable once built; thread-safe.
 *
 * @param ids feature ids, strictly ascending
 * @param weights raw weights (term frequency, dampened), one per id
 */
record SparseVector(int[] ids, float[] weights) {

  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  SparseVector {
    if (ids.length != weights.length) {
      throw new IllegalArgumentException(
          "ids and weights differ in length: " + ids.length + " and " + weights.length);
    }
  }

  /** The vector of named weights, ids from the vocabulary (created as needed). */
  static SparseVector of(Map<String, Float> named, Vocabulary vocabulary) {
    if (named.isEmpty()) {
      return EMPTY;
    }
    long[] packed = new long[named.size()];
    float[] raw = new float[named.size()];
    int i = 0;
    for (Map.Entry<String, Float> e : named.entrySet()) {
      raw[i] = e.getValue();
      packed[i] = ((long) vocabulary.id(e.getKey()) << 32) | i;
      i++;
    }
    Arrays.sort(packed);
    int[] ids = new int[packed.length];
    float[] w = new float[packed.length];
    for (int k = 0; k < packed.length; k++) {
      ids[k] = (int) (packed[k] >>> 32);
      w[k] = raw[(int) packed[k]];
    }
    return new SparseVector(ids, w);
  }

  int size() {
    return ids.length;
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  /** Euclidean norm of the TF-IDF weights with the vocabulary's current frequencies. */
  float norm(Vocabulary v) {
    double s = 0;
    float logN = v.logN();
    for (int i = 0; i < ids.length; i++) {
      double x = weights[i] * Math.max(0f, logN - v.logDf(ids[i]));
      s += x * x;
    }
    return (float) Math.sqrt(s);
  }

  /** Euclidean norm of the TF-IDF weights under any frequencies. */
  float norm(Idf idf) {
    if (idf instanceof Vocabulary v) {
      return norm(v);
    }
    double s = 0;
    for (int i = 0; i < ids.length; i++) {
      double x = weights[i] * idf.idf(ids[i]);
      s += x * x;
    }
    return (float) Math.sqrt(s);
  }

  /** Dot product of the TF-IDF weights of two vectors under any frequencies. */
  float dot(SparseVector o, Idf idf) {
    if (idf instanceof Vocabulary v) {
      return dot(o, v);
    }
    int i = 0;
    int j = 0;
    double s = 0;
    while (i < ids.length && j < o.ids.length) {
      int x = ids[i];
      int y = o.ids[j];
      if (x == y) {
        double w = idf.idf(x);
        s += weights[i] * o.weights[j] * w * w;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return (float) s;
  }

  /** Dot product of the TF-IDF weights of two vectors (each feature's idf squared). */
  float dot(SparseVector o, Vocabulary v) {
    int i = 0;
    int j = 0;
    double s = 0;
    float logN = v.logN();
    int[] a = ids;
    int[] b = o.ids;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        double idf = Math.max(0f, logN - v.logDf(x));
        s += weights[i] * o.weights[j] * idf * idf;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return (float) s;
  }
}
