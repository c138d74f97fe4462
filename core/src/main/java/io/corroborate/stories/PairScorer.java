package io.corroborate.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Computes the {@link PairModel} features of two articles (or an article and a centroid) with the
 * stream's current document frequencies, and the model's probability. Not thread-safe.
 */
final class PairScorer {

  private final PairModel model;
  private final Idf vocabulary;
  private final int farDays;
  private final float[] features = new float[PairModel.FEATURES];

  PairScorer(PairModel model, Idf vocabulary, int farDays) {
    this.model = model;
    this.vocabulary = vocabulary;
    this.farDays = farDays;
  }

  /** The probability that the two report the same happening. */
  double probability(Scored a, Scored b) {
    return model.probability(features(a, b, features));
  }

  /** The features of a pair, into {@code out}. */
  float[] features(Scored a, Scored b, float[] out) {
    out[0] = cosine(a, b, Channel.ENTITIES);
    out[1] = cosine(a, b, Channel.PEOPLE);
    out[2] = cosine(a, b, Channel.PLACES);
    out[3] = cosine(a, b, Channel.TERMS);
    out[4] = cosine(a, b, Channel.LEAD);
    out[5] = cosine(a, b, Channel.DATES);
    long gap = gapDays(a.date(), b.date());
    out[6] = gap > farDays ? 1 : 0;
    out[7] = dot(a.embedding(), b.embedding());
    return out;
  }

  private float cosine(Scored a, Scored b, int c) {
    if (a instanceof Centroid ca) {
      return Math.min(1f, ca.meanDot(c, b, vocabulary));
    }
    if (b instanceof Centroid cb) {
      return Math.min(1f, cb.meanDot(c, a, vocabulary));
    }
    SparseVector x = a.channel(c);
    SparseVector y = b.channel(c);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    float na = a.norm(c, vocabulary);
    float nb = b.norm(c, vocabulary);
    if (na == 0 || nb == 0) {
      return 0;
    }
    return Math.min(1f, x.dot(y, vocabulary) / (na * nb));
  }

  /** Days between two dates, or -1 when either is unknown. */
  static long gapDays(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return -1;
    }
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  static float dot(float[] a, float[] b) {
    if (a.length == 0 || a.length != b.length) {
      return 0;
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return (float) s;
  }
}
