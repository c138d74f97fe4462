package io.corroborate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Span precision, recall and F1 three ways, summed over documents. <b>Exact</b>: a predicted span
 * matches a gold span (one to one) when both are equal after trimming white space, punctuation and
 * quote marks at their edges and a leading "that". <b>Overlap</b>: one-to-one greedy matching,
 * largest overlap first, any overlap counts. <b>Characters</b>: precision is the share of predicted
 * characters inside some gold span, recall the share of gold characters inside some prediction.
 * Predicted spans are deduplicated first.
 */
final class SpanScore {

  private int exact;
  private int overlap;
  private int predicted;
  private int gold;
  private long predChars;
  private long predCharsCovered;
  private long goldChars;
  private long goldCharsCovered;

  /** Adds one document's spans. */
  void add(String text, List<int[]> goldSpans, List<int[]> predSpans) {
    List<int[]> g = normalise(text, goldSpans);
    List<int[]> p = normalise(text, predSpans);
    gold += g.size();
    predicted += p.size();
    // exact
    List<int[]> left = new ArrayList<>(g);
    for (int[] s : p) {
      for (int i = 0; i < left.size(); i++) {
        if (left.get(i)[0] == s[0] && left.get(i)[1] == s[1]) {
          exact++;
          left.remove(i);
          break;
        }
      }
    }
    // overlap, greedy by size
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        int o = Math.min(g.get(i)[1], p.get(j)[1]) - Math.max(g.get(i)[0], p.get(j)[0]);
        if (o > 0) {
          pairs.add(new int[] {o, i, j});
        }
      }
    }
    pairs.sort(
        (a, b) ->
            a[0] != b[0]
                ? Integer.compare(b[0], a[0])
                : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]));
    boolean[] gu = new boolean[g.size()];
    boolean[] pu = new boolean[p.size()];
    for (int[] pr : pairs) {
      if (!gu[pr[1]] && !pu[pr[2]]) {
        gu[pr[1]] = true;
        pu[pr[2]] = true;
        overlap++;
      }
    }
    // characters
    boolean[] inGold = cover(text.length(), g);
    boolean[] inPred = cover(text.length(), p);
    for (int i = 0; i < text.length(); i++) {
      if (inPred[i]) {
        predChars++;
        if (inGold[i]) {
          predCharsCovered++;
        }
      }
      if (inGold[i]) {
        goldChars++;
        if (inPred[i]) {
          goldCharsCovered++;
        }
      }
    }
  }

  private static boolean[] cover(int n, List<int[]> spans) {
    boolean[] c = new boolean[n];
    for (int[] s : spans) {
      for (int i = Math.max(0, s[0]); i < Math.min(n, s[1]); i++) {
        c[i] = true;
      }
    }
    return c;
  }

  /** Trims edges, drops empty spans and duplicates. */
  private static List<int[]> normalise(String text, List<int[]> spans) {
    List<int[]> out = new ArrayList<>();
    for (int[] s : spans) {
      int a = Math.max(0, s[0]);
      int b = Math.min(text.length(), s[1]);
      while (a < b && trimmable(text.charAt(a))) {
        a++;
      }
      if (b - a > 5 && text.regionMatches(true, a, "that ", 0, 5)) {
        a += 5;
        while (a < b && trimmable(text.charAt(a))) {
          a++;
        }
      }
      while (b > a && trimmable(text.charAt(b - 1))) {
        b--;
      }
      if (b <= a) {
        continue;
      }
      boolean dup = false;
      for (int[] o : out) {
        if (o[0] == a && o[1] == b) {
          dup = true;
          break;
        }
      }
      if (!dup) {
        out.add(new int[] {a, b});
      }
    }
    return out;
  }

  private static boolean trimmable(char c) {
    return Character.isWhitespace(c)
        || ".,;:!?\"'()[]\u201c\u201d\u2018\u2019\u2014\u2013-".indexOf(c) >= 0;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : a / (double) b;
  }

  /** One line: exact, overlap and character P/R/F1. */
  String line(String name) {
    double ep = ratio(exact, predicted);
    double er = ratio(exact, gold);
    double op = ratio(overlap, predicted);
    double or = ratio(overlap, gold);
    double cp = ratio(predCharsCovered, predChars);
    double cr = ratio(goldCharsCovered, goldChars);
    return String.format(
        Locale.ROOT,
        "%-8s exact F1=%.3f (P=%.3f R=%.3f)  overlap F1=%.3f (P=%.3f R=%.3f)"
            + "  chars F1=%.3f (P=%.3f R=%.3f)  gold=%d predicted=%d",
        name,
        f1(ep, er),
        ep,
        er,
        f1(op, or),
        op,
        or,
        f1(cp, cr),
        cp,
        cr,
        gold,
        predicted);
  }
}
