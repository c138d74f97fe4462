package io.corroborate.reconcile;

import io.corroborate.claims.figures.ReportingVerbs;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.Qualifier;
import io.corroborate.nlp.Embedder;
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
          "\\b(?:in|at|from|across|throughout|into|(?<!according\\s)to)\\s+((?:the\\s+)?[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)*)");

  /** Words that limit a count to a part of the whole ("alone", "only", "of them"). */
  private static final Pattern PART = Lexicon.KEY_FIGURES.pattern("part");

  /** Words that present a count as provisional, so a higher one later is no contradiction. */
  /** A figure followed by "of the", "of those": part of a larger count. */
  private static final Pattern OF_THE =
      Pattern.compile(
          "\\s*(?:of\\s+(?:the|those|them|whom|its|their))\\b", Pattern.CASE_INSENSITIVE);

  /** Below this cosine, two descriptions say different things. */
  static final double DIFFERENT_DESCRIPTIONS = 0.45;

  private static final Pattern PROVISIONAL = Lexicon.KEY_FIGURES.pattern("provisional");

  /** Classes of count that only grow while a story develops. */
  private static final Set<String> TALLIES = Lexicon.KEY_FIGURES.get("central-classes");

  /** Counted nouns that say nothing of who is counted ("people"). */
  private static final Set<String> GENERIC = Lexicon.KEY_FIGURES.get("generic-heads");

  /** Relative slack around an "about" figure when judging disagreement. */
  static final double ABOUT_SLACK = 0.05;

  /** Values in different units this close, once converted, are one value converted. */
  static final double CONVERSION_SLACK = 1.06;

  /** Judges a group given its verdict. */
  static GroupStatus of(List<Mention> group, GroupVerdict verdict) {
    List<Mention> exact = new ArrayList<>();
    for (Mention m : group) {
      if (exactEnough(m)) {
        exact.add(m);
      }
    }
    List<Mention> firsts = distinct(exact);
    Set<String> values = new LinkedHashSet<>();
    for (Mention m : firsts) {
      values.add(show(m));
    }
    if (differentClasses(group)) {
      return new GroupStatus(
          FigureGroup.COUNTED_DIFFERENTLY,
          "The reports count close but different things ("
              + String.join(", ", classes(group))
              + ").");
    }
    if (firsts.size() <= 1) {
      if (verdict.compatible() || exact.isEmpty()) {
        return new GroupStatus(
            FigureGroup.CONSISTENT,
            exact.isEmpty()
                ? "Every report gives a vague amount and none contradicts another."
                : "Every report gives " + values.iterator().next() + ".");
      }
      return new GroupStatus(
          FigureGroup.ROUNDING,
          "The reports give " + String.join(", ", values) + " with qualifiers that agree.");
    }
    // which reports present their count as provisional, read once per report, not once per pair
    boolean[] provisional = new boolean[exact.size()];
    boolean developing = false;
    for (int i = 0; i < exact.size(); i++) {
      Mention m = exact.get(i);
      provisional[i] = PROVISIONAL.matcher(near(m).toLowerCase(Locale.ROOT)).find();
      // one report of a tally that says it is provisional says the count was still moving
      developing |= provisional[i] && m.eventClass != null && TALLIES.contains(m.eventClass);
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
        if (!Values.beyondCloseRounding(a.central, b.central)) {
          continue;
        }
        if (differentPlace(a, b)) {
          scope = true; // "4,000 in Marrowick" and "up to 5,000 in Estermont"
        } else if (overlap(a, b)) {
          rounding = true;
        } else if (GroupVerdict.before(a, b) && b.central > a.central
            || GroupVerdict.before(b, a) && a.central > b.central) {
          updated = true;
        } else if (partOf(a, b) || partOf(b, a)) {
          scope = true;
        } else if (countsDifferently(a, b)) {
          counted = true;
        } else if (undatedGrowth(a, b, developing || provisional[i] || provisional[j])) {
          updated = true;
        } else if (conflict == null) {
          conflict = show(a) + " and " + show(b);
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
      return new GroupStatus(FigureGroup.UPDATED, updatedWhy(exact, verdict, firsts));
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

  /** The steps of an update in date order, or the values from low to high when undated. */
  private static String updatedWhy(
      List<Mention> exact, GroupVerdict verdict, List<Mention> firsts) {
    List<String> steps = new ArrayList<>();
    if (!verdict.updates().isEmpty()) {
      Mention first = null;
      for (Mention m : exact) {
        if (m.date() != null
            && !verdict.updates().contains(m)
            && (first == null || GroupVerdict.before(m, first))) {
          first = m;
        }
      }
      if (first != null) {
        steps.add(show(first) + " (" + first.date().date() + ")");
      }
      for (Mention u : verdict.updates()) {
        steps.add(show(u) + " (" + u.date().date() + ")");
      }
      return "The figure grew as the story developed: "
          + String.join(" \u2192 ", steps)
          + "; later reports supersede earlier ones.";
    }
    List<Mention> sorted = new ArrayList<>(firsts);
    sorted.sort(java.util.Comparator.comparingDouble(m -> m.central));
    for (Mention m : sorted) {
      steps.add(show(m));
    }
    return "A tally that grows as the story develops, reported at different stages: "
        + String.join(", ", steps)
        + ".";
  }

  /** Whether the mentions report different classes of event: "died" and "killed or wounded". */
  private static boolean differentClasses(List<Mention> group) {
    return classes(group).size() > 1;
  }

  private static Set<String> classes(List<Mention> group) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : group) {
      if (m.eventClass != null) {
        out.add(m.eventClass);
      }
    }
    return out;
  }

  /** Vague amounts ("thousands", "several") neither conflict nor update. */
  static boolean exactEnough(Mention m) {
    return m.central != null
        && (m.figure.value() != null || m.figure.qualifier() == Qualifier.RANGE);
  }

  /** The first mention of each value that differs beyond rounding from those before it. */
  private static List<Mention> distinct(List<Mention> exact) {
    List<Mention> seen = new ArrayList<>();
    for (Mention m : exact) {
      boolean known = false;
      for (Mention v : seen) {
        if (!Values.beyondCloseRounding(v.central, m.central)
            || v.otherUnit(m) && MentionGrouper.ratio(v.central, m.central) <= CONVERSION_SLACK) {
          known = true;
          break;
        }
      }
      if (!known) {
        seen.add(m);
      }
    }
    return seen;
  }

  /** Whether the intervals the two wordings allow meet ("at least 70" and "about 100"). */
  private static boolean overlap(Mention a, Mention b) {
    if (a.otherUnit(b) && MentionGrouper.ratio(a.central, b.central) <= CONVERSION_SLACK) {
      return true; // one converts the other ("2,000 ft" and "609 metres")
    }
    double[] x = a.allowed(ABOUT_SLACK, true);
    double[] y = b.allowed(ABOUT_SLACK, true);
    // exact figures' intervals only touch when they are neighbours ("two" and "three")
    return Math.max(x[0], y[0]) < Math.min(x[1], y[1]);
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

  /**
   * Whether a's sentence presents its count as a part ("in Athens alone", "six of them", "$281
   * million of the purchase price").
   */
  private static boolean partOf(Mention a, Mention b) {
    return a.found.subset() || PART.matcher(near(a)).find() || OF_THE.matcher(after(a)).lookingAt();
  }

  /** The words right after the figure in its sentence. */
  private static String after(Mention m) {
    String s = m.found.sentenceText();
    String t = m.figure.text();
    if (s == null || t == null) {
      return "";
    }
    int at = s.indexOf(t);
    return at < 0 ? "" : s.substring(at + t.length(), Math.min(s.length(), at + t.length() + 40));
  }

  /**
   * The clause around the figure: from a little before it to a little after it, but never past
   * another number of its sentence, whose words ("at least 43", "five of them") qualify that number
   * and not this one.
   */
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
    int end = at + t.length();
    int from = Math.max(0, at - 40);
    int to = Math.min(s.length(), end + 60);
    Matcher before = Lexicon.NUMBER.matcher(s).region(from, at);
    while (before.find()) {
      from = before.end();
    }
    Matcher after = Lexicon.NUMBER_OR_CLAUSE_END.matcher(s).region(end, to);
    if (after.find()) {
      to = after.start();
    }
    return s.substring(from, to);
  }

  /**
   * Different events or counted nouns: "died" and "killed or wounded"; "climbers" and "companions";
   * "children" among "people"; or descriptions that say different things.
   */
  private static boolean countsDifferently(Mention a, Mention b) {
    if (a.eventClass != null && b.eventClass != null) {
      if (!a.eventClass.equals(b.eventClass)) {
        return true;
      }
    } else if (a.found.event() != null
        && b.found.event() != null
        && !a.found.event().equals(b.found.event())
        && !ReportingVerbs.contains(a.found.event())
        && !ReportingVerbs.contains(b.found.event())) {
      return true; // "released" and "killed"
    }
    String ha = a.found.head();
    String hb = b.found.head();
    // a measure's head is its unit ("metres", "200m"), which the family and factor already compare
    if (a.family.equals("count")
        && ha != null
        && hb != null
        && !ha.equals(hb)
        && !(GENERIC.contains(ha) && GENERIC.contains(hb))) {
      return true; // "climbers" and "companions"; "children" among "people"
    }
    return a.vector != null
        && b.vector != null
        && Embedder.cosine(a.vector, b.vector) < DIFFERENT_DESCRIPTIONS;
  }

  /**
   * A tally that only grows (the dead, the injured, the arrested) reported without a date to order
   * it: a higher figure is read as a later one when the reports present the count as provisional
   * ("so far", "at least", "the toll rose"): either of the two, or any report of the tally in the
   * group, which says the count was still moving when the others were written.
   */
  private static boolean undatedGrowth(Mention a, Mention b, boolean provisional) {
    if ((a.date() != null && b.date() != null)
        || a.eventClass == null
        || !TALLIES.contains(a.eventClass)) {
      return false;
    }
    return provisional;
  }

  /** The figure as the article words it, quoted. */
  private static String show(Mention m) {
    String t = m.figure.text() == null ? "" : m.figure.text().strip();
    if (t.length() > 60) {
      t = t.substring(0, 60) + "\u2026";
    }
    return "\u201c" + t + "\u201d";
  }
}
