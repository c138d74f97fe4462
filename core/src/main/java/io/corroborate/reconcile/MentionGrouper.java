package io.corroborate.reconcile;

import io.corroborate.nlp.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups the mentions of a story that count the same thing. Two mentions may share a group only
 * when they are of one family (counts, dollars, percentages...), cover the same period, have values
 * within a story's drift of each other, and are not two different figures of one article or one
 * sentence (5,000 evacuated and 4,000 of them housed in Marrowick stay apart); a part ("4,000 of
 * whom") joins only mentions of its own event. Among those, the pair score is the cosine of their
 * descriptions' sentence embeddings plus a bonus for the same event and counted noun lemmas, less a
 * penalty for value spread; groups form by average linkage over the best pairs first. Deterministic
 * for a given input order. Not thread-safe.
 */
final class MentionGrouper {

  /** Values further apart than this factor are different counts. */
  static final double DEFAULT_MAX_RATIO = 1.8;

  /** The average pair score a group must keep. */
  static final double DEFAULT_THRESHOLD = 0.5;

  static final double EVENT_BONUS = 0.25;
  static final double HEAD_BONUS = 0.15;
  static final double SAME_VALUE_BONUS = 0.1;
  static final double HEAD_SIMILARITY = 0.5;

  /** How far below the threshold an average may fall when one pair is that far above it. */
  static final double STRONG_PAIR_SLACK = 0.1;

  static final double SPREAD_PENALTY = 0.3;

  /** Values in different units this close, once converted, are one figure converted. */
  static final double CONVERSION_RATIO = 1.06;

  private final Embedder embedder;
  private final double maxRatio;
  private final double threshold;
  private final Map<Long, Double> scores = new HashMap<>();

  MentionGrouper(Embedder embedder, double maxRatio, double threshold) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.maxRatio = maxRatio;
    this.threshold = threshold;
  }

  /** The groups, each in mention order, ordered by their first mention. */
  List<List<Mention>> group(List<Mention> mentions) {
    int n = mentions.size();
    List<int[]> pairs = candidatePairs(mentions);
    embed(mentions, pairs);
    List<double[]> edges = new ArrayList<>();
    for (int[] p : pairs) {
      double s = score(mentions, p[0], p[1]);
      if (s >= threshold) {
        edges.add(new double[] {s, p[0], p[1]});
      }
    }
    edges.sort(
        Comparator.<double[]>comparingDouble(e -> -e[0])
            .thenComparingDouble(e -> e[1])
            .thenComparingDouble(e -> e[2]));
    int[] clusterOf = new int[n];
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      clusterOf[i] = i;
      List<Integer> m = new ArrayList<>();
      m.add(i);
      members.put(i, m);
    }
    for (double[] e : edges) {
      int a = clusterOf[(int) e[1]];
      int b = clusterOf[(int) e[2]];
      if (a == b) {
        continue;
      }
      List<Integer> ma = members.get(a);
      List<Integer> mb = members.get(b);
      double[] link = link(mentions, ma, mb);
      // merge on a good average, or on a strong pair when the average is only a little short
      boolean merge =
          link[0] >= threshold
              || link[0] >= threshold - STRONG_PAIR_SLACK
                  && link[1] >= threshold + STRONG_PAIR_SLACK;
      if (!merge) {
        continue;
      }
      int keep = Math.min(a, b);
      int drop = Math.max(a, b);
      List<Integer> merged = members.get(keep);
      for (int i : members.get(drop)) {
        clusterOf[i] = keep;
        merged.add(i);
      }
      members.remove(drop);
      merged.sort(Integer::compare);
    }
    List<List<Mention>> out = new ArrayList<>();
    for (List<Integer> m : members.values()) {
      List<Mention> g = new ArrayList<>(m.size());
      for (int i : m) {
        g.add(mentions.get(i));
      }
      out.add(g);
    }
    out.sort(Comparator.comparingInt(g -> g.get(0).order));
    return out;
  }

  /**
   * Joins groups that state one and the same value of one family where a repeated value can only be
   * one figure: an amount of money, a measure, or a count of a hundred or more of the same event
   * ("$334 million" worded as the deal, the price and the purchase). Groups holding two figures of
   * one sentence stay apart. The result keeps the order of first mentions.
   */
  static List<List<Mention>> joinRepeats(List<List<Mention>> groups) {
    List<List<Mention>> out = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (List<Mention> g : groups) {
      Double v = singleValue(g);
      int into = -1;
      if (v != null) {
        for (int i = 0; i < out.size() && into < 0; i++) {
          Double w = values.get(i);
          if (w != null
              && !Values.beyondRounding(v, w)
              && repeatable(g.get(0), out.get(i).get(0), v)
              && noSharedSentence(g, out.get(i))) {
            into = i;
          }
        }
      }
      if (into >= 0) {
        out.get(into).addAll(g);
        out.get(into).sort(Comparator.comparingInt(m -> m.order));
      } else {
        out.add(new ArrayList<>(g));
        values.add(v);
      }
    }
    return out;
  }

  private static boolean repeatable(Mention a, Mention b, double v) {
    if (!a.family.equals(b.family)) {
      return false;
    }
    if (a.family.startsWith("money") || a.family.startsWith("measure")) {
      return true;
    }
    return a.family.equals("count")
        && v >= 100
        && a.eventClass != null
        && a.eventClass.equals(b.eventClass);
  }

  /** The one value every exactly stated mention of the group gives, or null. */
  private static Double singleValue(List<Mention> g) {
    Double v = null;
    for (Mention m : g) {
      if (m.central == null || m.figure.value() == null || m.found.subset()) {
        return null;
      }
      if (v == null) {
        v = m.central;
      } else if (Values.beyondRounding(v, m.central)) {
        return null;
      }
    }
    return v;
  }

  private static boolean noSharedSentence(List<Mention> a, List<Mention> b) {
    for (Mention x : a) {
      for (Mention y : b) {
        if (x.article.id().equals(y.article.id())
            && x.found.sentence().equals(y.found.sentence())) {
          return false;
        }
      }
    }
    return true;
  }

  /** The average and the best pair score between two groups; -inf when a pair is barred. */
  private double[] link(List<Mention> mentions, List<Integer> a, List<Integer> b) {
    double sum = 0;
    double best = Double.NEGATIVE_INFINITY;
    int count = 0;
    for (int i : a) {
      for (int j : b) {
        int x = Math.min(i, j);
        int y = Math.max(i, j);
        if (!compatible(mentions.get(x), mentions.get(y))) {
          return new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        }
        double s = score(mentions, x, y);
        sum += s;
        best = Math.max(best, s);
        count++;
      }
    }
    return count == 0
        ? new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}
        : new double[] {sum / count, best};
  }

  /** Pairs that pass the hard rules, found by sorting on family, period and value. */
  private List<int[]> candidatePairs(List<Mention> mentions) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i).central != null && !mentions.get(i).family.equals("ordinal")) {
        idx.add(i);
      }
    }
    idx.sort(
        Comparator.<Integer, String>comparing(i -> mentions.get(i).family)
            .thenComparing(i -> mentions.get(i).scope)
            .thenComparingDouble(i -> mentions.get(i).central)
            .thenComparingInt(i -> i));
    List<int[]> out = new ArrayList<>();
    for (int p = 0; p < idx.size(); p++) {
      Mention a = mentions.get(idx.get(p));
      for (int q = p + 1; q < idx.size(); q++) {
        Mention b = mentions.get(idx.get(q));
        if (!a.family.equals(b.family) || !a.scope.equals(b.scope)) {
          break;
        }
        if (ratio(a.central, b.central) > maxRatio) {
          break;
        }
        int x = Math.min(idx.get(p), idx.get(q));
        int y = Math.max(idx.get(p), idx.get(q));
        if (compatible(mentions.get(x), mentions.get(y))) {
          out.add(new int[] {x, y});
        }
      }
    }
    out.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
    return out;
  }

  /** The hard rules. */
  boolean compatible(Mention a, Mention b) {
    if (!a.family.equals(b.family) || !a.scope.equals(b.scope)) {
      return false;
    }
    if (a.central == null || b.central == null || ratio(a.central, b.central) > maxRatio) {
      return false;
    }
    if (a.article.id().equals(b.article.id())) {
      if (a.found.sentence().equals(b.found.sentence())) {
        // two figures of one sentence are two counts, unless one converts the other's unit
        return a.otherUnit(b) && ratio(a.central, b.central) <= CONVERSION_RATIO;
      }
      if (Values.beyondRounding(a.central, b.central)) {
        return false; // one article giving two values gives two counts
      }
    }
    if (a.found.subset() || b.found.subset()) {
      return a.found.event() != null && a.found.event().equals(b.found.event());
    }
    return true;
  }

  private double score(List<Mention> mentions, int i, int j) {
    long key = ((long) i << 32) | j;
    Double cached = scores.get(key);
    if (cached != null) {
      return cached;
    }
    Mention a = mentions.get(i);
    Mention b = mentions.get(j);
    double s = a.vector == null || b.vector == null ? 0 : Embedder.cosine(a.vector, b.vector);
    if (a.found.event() != null && a.found.event().equals(b.found.event())) {
      s += EVENT_BONUS;
    } else if (a.eventClass != null && a.eventClass.equals(b.eventClass)) {
      s += EVENT_BONUS; // "evacuated" and "forced from their homes"
    }
    if (a.family.equals("count")
        && a.found.head() != null
        && b.found.head() != null
        && (a.found.head().equals(b.found.head())
            || a.headVector != null
                && b.headVector != null
                && Embedder.cosine(a.headVector, b.headVector) >= HEAD_SIMILARITY)) {
      s += HEAD_BONUS; // the same counted noun, or a near synonym ("residents", "people")
    }
    if (!Values.beyondRounding(a.central, b.central)) {
      s += SAME_VALUE_BONUS;
    }
    s -= SPREAD_PENALTY * (ratio(a.central, b.central) - 1);
    scores.put(key, s);
    return s;
  }

  private void embed(List<Mention> mentions, List<int[]> pairs) {
    Map<String, float[]> byText = new LinkedHashMap<>();
    for (int[] p : pairs) {
      for (int k : p) {
        Mention m = mentions.get(k);
        if (m.vector == null && !m.description.isBlank()) {
          byText.putIfAbsent(m.description, null);
        }
        if (m.found.head() != null) {
          byText.putIfAbsent(m.found.head(), null);
        }
      }
    }
    if (byText.isEmpty()) {
      return;
    }
    List<String> texts = new ArrayList<>(byText.keySet());
    List<float[]> vectors = embedder.embedAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      byText.put(texts.get(i), vectors.get(i));
    }
    for (Mention m : mentions) {
      if (m.vector == null) {
        m.vector = byText.get(m.description);
      }
      if (m.headVector == null && m.found.head() != null) {
        m.headVector = byText.get(m.found.head());
      }
    }
  }

  static double ratio(double a, double b) {
    double x = Math.abs(a);
    double y = Math.abs(b);
    if (Math.signum(a) != Math.signum(b) && a != 0 && b != 0) {
      return Double.POSITIVE_INFINITY;
    }
    double lo = Math.min(x, y);
    double hi = Math.max(x, y);
    if (lo == 0) {
      return hi == 0 ? 1 : Double.POSITIVE_INFINITY;
    }
    return hi / lo;
  }
}
