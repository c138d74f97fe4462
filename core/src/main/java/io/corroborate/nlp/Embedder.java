package io.corroborate.nlp;

import java.util.ArrayList;
import java.util.List;

/** Turns sentences into unit-length vectors whose dot product is their cosine similarity. */
public interface Embedder {

  /** The vector of one text. */
  float[] embed(String text);

  /** The vectors of several texts, in order. */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(embed(t));
    }
    return out;
  }

  /** Cosine similarity of two unit vectors. */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors differ in length: " + a.length + " and " + b.length);
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
