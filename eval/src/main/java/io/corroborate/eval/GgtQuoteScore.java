package io.corroborate.eval;

import io.corroborate.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The GenderGapTracker quote metric, as {@code ../shared/eval/score_quotes.py} computes it: a gold
 * quote is matched by the unmatched prediction that covers the largest share of its span (above a
 * threshold, greedily in gold order, predictions no longer than twice the gold plus 40 characters);
 * a matched quote's speaker is right when the predicted mention overlaps the gold one or the
 * predicted name holds the last word of the gold reference.
 */
final class GgtQuoteScore {

  /** One gold quote: its span, its speaker mention span (or null) and reference name. */
  record Gold(int start, int end, int[] speaker, String reference) {}

  /** The figures at one threshold. */
  record Result(double threshold, int tp, int fp, int fn, int speakerRight) {
    double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() {
      return tp == 0 ? 0 : speakerRight / (double) tp;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "th=%.1f quoteF1=%.3f P=%.3f R=%.3f speakerAcc=%.3f gold=%d",
          threshold,
          f1(),
          precision(),
          recall(),
          speakerAccuracy(),
          tp + fn);
    }
  }

  private GgtQuoteScore() {}

  static Result score(Map<String, List<Gold>> gold, Map<String, List<Quote>> pred, double th) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int sp = 0;
    for (Map.Entry<String, List<Gold>> doc : gold.entrySet()) {
      List<Quote> rem = new ArrayList<>(pred.getOrDefault(doc.getKey(), List.of()));
      for (Gold g : doc.getValue()) {
        Quote best = null;
        double bs = th;
        for (Quote p : rem) {
          int len = p.end() - p.start();
          double s =
              len <= 2 * (g.end() - g.start()) + 40
                  ? cover(g.start(), g.end(), p.start(), p.end())
                  : 0;
          if (s > bs) {
            best = p;
            bs = s;
          }
        }
        if (best == null) {
          fn++;
          continue;
        }
        rem.remove(best);
        tp++;
        if (speakerRight(g, best)) {
          sp++;
        }
      }
      fp += rem.size();
    }
    return new Result(th, tp, fp, fn, sp);
  }

  private static boolean speakerRight(Gold g, Quote p) {
    int ps = p.speakerStart() == null ? -1 : p.speakerStart();
    int pe = p.speakerEnd() == null ? -1 : p.speakerEnd();
    String name = p.speaker() == null ? "" : p.speaker().toLowerCase(Locale.ROOT);
    String[] nameWords = name.isBlank() ? new String[0] : name.strip().split("\\s+");
    boolean isShort = 0 <= pe - ps && pe - ps <= 80 && nameWords.length <= 6;
    if (!isShort) {
      return false;
    }
    if (g.speaker() != null && cover(g.speaker()[0], g.speaker()[1], ps, pe) > 0) {
      return true;
    }
    String ref = g.reference() == null ? "" : g.reference().strip();
    if (ref.isEmpty()) {
      return false;
    }
    String[] words = ref.split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return last.length() > 2 && name.contains(last);
  }

  private static double cover(int gs, int ge, int ps, int pe) {
    if (ge <= gs) {
      return 0;
    }
    return Math.max(0, Math.min(ge, pe) - Math.max(gs, ps)) / (double) (ge - gs);
  }
}
