package io.corroborate.reconcile;

import io.corroborate.model.FigureGroup;
import io.corroborate.model.Qualifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in one word how the values of a figure group relate, and why in a sentence: every pair of
 * mentions whose values differ beyond rounding must be explained (the qualifiers allow both, a
 * later report supersedes an earlier one, the two count over different places or parts, or they
 * count different things); the group is {@code conflicting} only when some pair is not. Stateless.
 *
 * @param status one of the statuses of {@link FigureGroup}
 * @param why a sentence a reader understands
 */
record GroupStatus(String status, String why) {

  /** "in Athens", "in Central Aceh": a place a count is limited to. */
  private static final Pattern PLACE =
      Pattern.compile(
          "\\b(?:in|at|from|across|throughout)\\s+((?:the\\s+)?[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)*)");

  /** Words that limit a count to a part of the whole ("alone", "only", "of them"). */
  private static final Pattern PART = WordLists.pattern("part");

  /** Words that present a count as provisional, so a higher one later is no contradiction. */
  private static final Pattern PROVISIONAL = WordLists.pattern("provisional");

  /** Classes of count that only grow while a story develops. */
  private static final Set<String> TALLIES = WordLists.get("central-classes");

  /** Judges a group given its verdict. */
  static GroupStatus of(List<Mention> group, GroupVerdict verdict) {
    List<Mention> exact = new ArrayList<>();
    for (Mention m : group) {
      if (exactEnough(m)) {
        exact.add(m);
      }
    }
    Set<String> values = new LinkedHashSet<>();
    for (Mention m : exact) {
      values.add(show(m.central));
    }
    if (distinct(exact) <= 1) {
      if (verdict.compatible() || exact.isEmpty()) {
        return new GroupStatus(
            FigureGroup.CONSISTENT,
            exact.isEmpty()
                ? "Every report gives a vague amount and none contradicts another."
                : "Every report gives " + values.iterator().next() + ".");
      }
      return new GroupStatus(
          FigureGroup.ROUNDING,
          "The reports give " + String.join(", ", values) + ", worded with different qualifiers.");
    }
    boolean rounding = false;
    boolean updated = false;
    boolean scope = false;
    boolean counted = false;
    String conflict = null;
    for (int i = 0; i < exact.size(); i++) {
      for (int j = i + 1; j < exact.size(); j++) {
        Mention a = exact.get(i);
        Mention b = exact.get(j);
        if (!Values.beyondRounding(a.central, b.central)) {
          continue;
        }
        if (overlap(a, b)) {
          rounding = true;
        } else if (GroupVerdict.before(a, b) && b.central > a.central
            || GroupVerdict.before(b, a) && a.central > b.central) {
          updated = true;
        } else if (differentPlace(a, b) || partOf(a, b) || partOf(b, a)) {
          scope = true;
        } else if (countsDifferently(a, b)) {
          counted = true;
        } else if (undatedGrowth(a, b)) {
          updated = true;
        } else if (conflict == null) {
          conflict = show(a.central) + " and " + show(b.central);
        }
      }
    }
    String all = String.join(", ", values);
    if (conflict != null) {
      return new GroupStatus(
          FigureGroup.CONFLICTING,
          "Reports disagree on the same count: "
              + conflict
              + ", with no difference of time, place or wording to explain it.");
    }
    if (updated) {
      return new GroupStatus(
          FigureGroup.UPDATED,
          "The figure grew as the story developed (" + all + "); later reports supersede earlier.");
    }
    if (scope) {
      return new GroupStatus(
          FigureGroup.SCOPE,
          "The values (" + all + ") count over different places or parts of the whole.");
    }
    if (counted) {
      return new GroupStatus(
          FigureGroup.COUNTED_DIFFERENTLY,
          "The values (" + all + ") count close but different things.");
    }
    return new GroupStatus(
        FigureGroup.ROUNDING,
        rounding
            ? "The values (" + all + ") agree once their qualifiers and rounding are read."
            : "The values (" + all + ") agree to the precision they are stated.");
  }

  /** Vague amounts ("thousands", "several") neither conflict nor update. */
  static boolean exactEnough(Mention m) {
    return m.central != null
        && (m.figure.value() != null || m.figure.qualifier() == Qualifier.RANGE);
  }

  private static int distinct(List<Mention> exact) {
    List<Double> seen = new ArrayList<>();
    for (Mention m : exact) {
      boolean known = false;
      for (double v : seen) {
        if (!Values.beyondRounding(v, m.central)) {
          known = true;
          break;
        }
      }
      if (!known) {
        seen.add(m.central);
      }
    }
    return seen.size();
  }

  /** Whether the intervals the two wordings allow meet ("at least 70" and "about 100"). */
  private static boolean overlap(Mention a, Mention b) {
    double[] x =
        Values.allowed(a.figure.value(), a.figure.low(), a.figure.high(), a.figure.qualifier());
    double[] y =
        Values.allowed(b.figure.value(), b.figure.low(), b.figure.high(), b.figure.qualifier());
    return Math.max(x[0], y[0]) <= Math.min(x[1], y[1]);
  }

  /** Whether the two name different places for their counts ("in Athens", "in Greece"). */
  private static boolean differentPlace(Mention a, Mention b) {
    Set<String> pa = places(a);
    Set<String> pb = places(b);
    if (pa.isEmpty() || pb.isEmpty()) {
      return false;
    }
    return !pa.equals(pb);
  }

  private static Set<String> places(Mention m) {
    Set<String> out = new LinkedHashSet<>();
    String near = near(m);
    Matcher x = PLACE.matcher(near);
    while (x.find()) {
      out.add(x.group(1).replaceFirst("^the\\s+", "").toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Whether a's sentence presents its count as a part ("in Athens alone", "six of them"). */
  private static boolean partOf(Mention a, Mention b) {
    return a.found.subset() || PART.matcher(near(a).toLowerCase(Locale.ROOT)).find();
  }

  /** The clause around the figure: from a little before it to a little after it. */
  static String near(Mention m) {
    String s = m.found.sentenceText();
    String t = m.figure.text();
    if (s == null) {
      return "";
    }
    int at = t == null ? -1 : s.indexOf(t);
    if (at < 0) {
      return s;
    }
    int from = Math.max(0, at - 40);
    int to = Math.min(s.length(), at + t.length() + 60);
    return s.substring(from, to);
  }

  /** Different events or counted nouns: "died" and "killed or wounded"; "climbers" and "men". */
  private static boolean countsDifferently(Mention a, Mention b) {
    if (a.eventClass != null && b.eventClass != null) {
      return !a.eventClass.equals(b.eventClass);
    }
    if (a.found.event() != null && b.found.event() != null) {
      return !a.found.event().equals(b.found.event());
    }
    return false;
  }

  /**
   * A tally that only grows (the dead, the injured, the arrested) reported without a date to order
   * it: a higher figure is read as a later one when either report presents its count as
   * provisional ("so far", "at least", "the toll rose").
   */
  private static boolean undatedGrowth(Mention a, Mention b) {
    if ((a.date() != null && b.date() != null)
        || a.eventClass == null
        || !TALLIES.contains(a.eventClass)) {
      return false;
    }
    return PROVISIONAL.matcher(near(a).toLowerCase(Locale.ROOT)).find()
        || PROVISIONAL.matcher(near(b).toLowerCase(Locale.ROOT)).find();
  }

  private static String show(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%s", v);
  }
}
