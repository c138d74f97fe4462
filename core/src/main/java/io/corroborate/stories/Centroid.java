package io.corroborate.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time-decayed centroid of a large event: per channel the weighted mean of its members' unit
 * TF-IDF vectors (weighed with the document frequencies when each joined), each member weighted
 * {@code exp(-age / decayDays)} by its age behind the newest dated member, and the weighted mean of
 * their unit embeddings. The dot product of an article's unit vector with this mean is its average
 * cosine with the members, so matching a large event by its centroid is average linkage made cheap:
 * a spread-out event scores lower than a tight one, and cannot swallow the stream. Members are
 * added one at a time, older weight decaying as newer dates arrive; each channel keeps its {@link
 * #MAX_FEATURES} heaviest features. Not thread-safe.
 */
final class Centroid implements Scored {

  /** Features kept per channel for matching. */
  static final int MAX_FEATURES = 256;

  private final double decayDays;
  private final List<Map<Integer, Double>> sums = new ArrayList<>();
  private double[] embeddingSum = new double[0];
  private double total;
  private LocalDate newest;
  private int members;
  private SparseVector[] channels;
  private float[] embedding;

  private Centroid(double decayDays) {
    this.decayDays = decayDays;
    for (int c = 0; c < Channel.COUNT; c++) {
      sums.add(new HashMap<>());
    }
  }

  /** The centroid of the given members, weighed with the given frequencies. */
  static Centroid of(List<ArticleVector> members, double decayDays, Idf idf) {
    Centroid c = new Centroid(decayDays);
    for (ArticleVector m : members) {
      c.add(m, idf);
    }
    return c;
  }

  /** Number of members added. */
  /** Writes the decayed sums. */
  void write(java.io.DataOutputStream d) throws java.io.IOException {
    d.writeDouble(decayDays);
    for (Map<Integer, Double> sum : sums) {
      d.writeInt(sum.size());
      for (Map.Entry<Integer, Double> e : new java.util.TreeMap<>(sum).entrySet()) {
        d.writeInt(e.getKey());
        d.writeDouble(e.getValue());
      }
    }
    Snapshot.writeDoubles(d, embeddingSum);
    d.writeDouble(total);
    Snapshot.writeDate(d, newest);
    d.writeInt(members);
  }

  /** A centroid written by {@link #write}. */
  static Centroid read(java.io.DataInputStream d) throws java.io.IOException {
    Centroid c = new Centroid(d.readDouble());
    for (Map<Integer, Double> sum : c.sums) {
      int n = Snapshot.length(d);
      for (int i = 0; i < n; i++) {
        sum.put(d.readInt(), d.readDouble());
      }
    }
    c.embeddingSum = Snapshot.readDoubles(d);
    c.total = d.readDouble();
    c.newest = Snapshot.readDate(d);
    c.members = d.readInt();
    return c;
  }

  int members() {
    return members;
  }

  /** Adds a member, weighed with the given frequencies; a newer date decays what was there. */
  void add(ArticleVector m, Idf idf) {
    double weight = 1;
    LocalDate d = m.date();
    if (d != null) {
      if (newest == null) {
        newest = d;
      } else if (d.isAfter(newest)) {
        double f = Math.exp(-ChronoUnit.DAYS.between(newest, d) / decayDays);
        scale(f);
        newest = d;
      } else {
        weight = Math.exp(-ChronoUnit.DAYS.between(d, newest) / decayDays);
      }
    }
    for (int c = 0; c < Channel.COUNT; c++) {
      SparseVector v = m.channel(c);
      float norm = m.norm(c, idf);
      if (norm == 0) {
        continue;
      }
      Map<Integer, Double> sum = sums.get(c);
      for (int k = 0; k < v.size(); k++) {
        int id = v.ids()[k];
        sum.merge(id, weight * v.weights()[k] * idf.idf(id) / norm, Double::sum);
      }
    }
    float[] e = m.embedding();
    if (e.length > 0) {
      if (embeddingSum.length == 0) {
        embeddingSum = new double[e.length];
      }
      if (e.length == embeddingSum.length) {
        for (int k = 0; k < e.length; k++) {
          embeddingSum[k] += weight * e[k];
        }
      }
    }
    total += weight;
    members++;
    channels = null;
    embedding = null;
  }

  private void scale(double f) {
    for (Map<Integer, Double> sum : sums) {
      sum.replaceAll((k, v) -> v * f);
    }
    for (int k = 0; k < embeddingSum.length; k++) {
      embeddingSum[k] *= f;
    }
    total *= f;
  }

  private void materialise() {
    if (channels != null) {
      return;
    }
    channels = new SparseVector[Channel.COUNT];
    for (int c = 0; c < Channel.COUNT; c++) {
      channels[c] = top(sums.get(c), total);
    }
    embedding = new float[embeddingSum.length];
    for (int k = 0; k < embedding.length; k++) {
      embedding[k] = total == 0 ? 0 : (float) (embeddingSum[k] / total);
    }
  }

  private static SparseVector top(Map<Integer, Double> sum, double total) {
    List<Map.Entry<Integer, Double>> entries = new ArrayList<>(sum.entrySet());
    entries.sort(
        (a, b) -> {
          int c = Double.compare(b.getValue(), a.getValue());
          return c != 0 ? c : Integer.compare(a.getKey(), b.getKey());
        });
    int n = Math.min(MAX_FEATURES, entries.size());
    List<Map.Entry<Integer, Double>> kept = new ArrayList<>(entries.subList(0, n));
    kept.sort(Map.Entry.comparingByKey());
    int[] ids = new int[n];
    float[] w = new float[n];
    for (int i = 0; i < n; i++) {
      ids[i] = kept.get(i).getKey();
      w[i] = (float) (kept.get(i).getValue() / total);
    }
    return new SparseVector(ids, w);
  }

  @Override
  public SparseVector channel(int c) {
    materialise();
    return channels[c];
  }

  /** Not used: a centroid's channels are means of unit vectors, compared by {@link #meanDot}. */
  @Override
  public float norm(int c, Idf idf) {
    return 1;
  }

  /**
   * The average cosine of a channel between the members and an article (its unit TF-IDF vector
   * under the given frequencies), or another centroid (the dot product of the two means).
   */
  float meanDot(int c, Scored other, Idf idf) {
    materialise();
    SparseVector mean = channels[c];
    SparseVector v = other.channel(c);
    if (other instanceof Centroid o) {
      o.materialise();
      return plainDot(mean, o.channels[c]);
    }
    float norm = other.norm(c, idf);
    if (norm == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    double s = 0;
    while (i < mean.size() && j < v.size()) {
      int x = mean.ids()[i];
      int y = v.ids()[j];
      if (x == y) {
        s += mean.weights()[i] * v.weights()[j] * idf.idf(y);
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return (float) (s / norm);
  }

  private static float plainDot(SparseVector a, SparseVector b) {
    int i = 0;
    int j = 0;
    double s = 0;
    while (i < a.size() && j < b.size()) {
      int x = a.ids()[i];
      int y = b.ids()[j];
      if (x == y) {
        s += a.weights()[i] * b.weights()[j];
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

  @Override
  public float[] embedding() {
    materialise();
    return embedding;
  }

  @Override
  public LocalDate date() {
    return newest;
  }
}
