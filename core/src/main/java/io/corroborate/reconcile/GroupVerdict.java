package io.corroborate.reconcile;

import io.corroborate.model.NewsDate;
import io.corroborate.model.Qualifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judges one group of mentions: which later mentions update earlier ones as the story develops
 * (2,000 evacuees on Monday, 5,000 on Tuesday), whether mentions conflict (their central values
 * differ beyond rounding and time does not explain it, even when their qualifiers allow both),
 * whether their qualifiers allow one value at once, and whether they word the event differently.
 *
 * @param updates mentions that supersede earlier ones, in date order
 * @param conflicting whether values conflict
 * @param compatible whether the qualifiers of the mentions that are not updates allow one value
 * @param wordings the distinct wordings of the event, when there is more than one
 */
record GroupVerdict(
    List<Mention> updates, boolean conflicting, boolean compatible, List<String> wordings) {

  /** Judges a group. */
  static GroupVerdict of(List<Mention> group) {
    List<Mention> dated = new ArrayList<>();
    for (Mention m : group) {
      if (m.date() != null && exactEnough(m)) {
        dated.add(m);
      }
    }
    dated.sort(
        Comparator.comparing((Mention m) -> m.date().approximateInstant())
            .thenComparingInt(m -> m.order));
    List<Mention> updates = new ArrayList<>();
    for (Mention m : dated) {
      boolean earlier = false;
      boolean exceedsAll = true;
      for (Mention e : dated) {
        if (e != m && before(e, m)) {
          earlier = true;
          if (!(m.central > e.central && Values.beyondRounding(m.central, e.central))) {
            exceedsAll = false;
          }
        }
      }
      // a new high that repeats an update already seen is no update of its own
      if (earlier && exceedsAll && !repeatsUpdate(updates, m)) {
        updates.add(m);
      }
    }
    boolean conflicting = false;
    for (int i = 0; i < group.size() && !conflicting; i++) {
      for (int j = i + 1; j < group.size() && !conflicting; j++) {
        Mention a = group.get(i);
        Mention b = group.get(j);
        if (!exactEnough(a) || !exactEnough(b) || !Values.beyondRounding(a.central, b.central)) {
          continue;
        }
        boolean growth =
            before(a, b) && b.central > a.central || before(b, a) && a.central > b.central;
        if (!growth) {
          conflicting = true;
        }
      }
    }
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    for (Mention m : group) {
      if (updates.contains(m)) {
        continue;
      }
      double[] allowed = m.allowed(Values.ABOUT_SLACK, false);
      lo = Math.max(lo, allowed[0]);
      hi = Math.min(hi, allowed[1]);
    }
    boolean compatible = lo <= hi;
    return new GroupVerdict(updates, conflicting, compatible, wordings(group));
  }

  /** Vague amounts ("thousands", "several") neither conflict nor update. */
  private static boolean exactEnough(Mention m) {
    return m.central != null
        && (m.figure.value() != null || m.figure.qualifier() == Qualifier.RANGE);
  }

  private static boolean repeatsUpdate(List<Mention> updates, Mention m) {
    for (Mention u : updates) {
      if (!Values.beyondRounding(u.central, m.central) || u.central > m.central) {
        return true;
      }
    }
    return false;
  }

  /** Whether a was published strictly before b, at the precision both dates give. */
  static boolean before(Mention a, Mention b) {
    NewsDate da = a.date();
    NewsDate db = b.date();
    if (da == null || db == null) {
      return false;
    }
    int byDay = da.date().compareTo(db.date());
    if (byDay != 0) {
      return byDay < 0;
    }
    if (!da.hasTime() || !db.hasTime()) {
      return false;
    }
    return da.approximateInstant().isBefore(db.approximateInstant());
  }

  private static List<String> wordings(List<Mention> group) {
    Set<String> events = new LinkedHashSet<>();
    Set<String> words = new LinkedHashSet<>();
    for (Mention m : group) {
      String w = m.found.eventText() != null ? m.found.eventText() : m.found.what();
      if (w == null) {
        continue;
      }
      words.add(w.toLowerCase(Locale.ROOT));
      events.add(
          m.found.event() != null ? m.found.event() : m.found.head() == null ? w : m.found.head());
    }
    return events.size() > 1 ? List.copyOf(words) : List.of();
  }
}
