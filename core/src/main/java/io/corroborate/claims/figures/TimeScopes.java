package io.corroborate.claims.figures;

import io.corroborate.util.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the phrases of a sentence that bound the period a figure covers ("in the past week", "each
 * day", "since mid-November", "this week", "in November") and gives each quantity the nearest one
 * in its stretch of the sentence. Works on tagged tokens. Stateless.
 */
final class TimeScopes {

  /** A time phrase: its tokens. */
  record Scope(int start, int end, String text) {}

  private static final WordLists WORDS = WordLists.read(TimeScopes.class, "time-scopes.txt");

  private static final Set<String> LEADS = WORDS.get("leads");
  private static final Set<String> RELATIVE = WORDS.get("relative");
  private static final Set<String> EACH = WORDS.get("each");
  private static final Set<String> SINGULAR_UNITS = WORDS.get("singular-units");
  private static final Set<String> DEICTIC = WORDS.get("deictic");
  private static final int MAX_DISTANCE = 14;

  private TimeScopes() {}

  /** The time phrases of a sentence, in order. */
  static List<Scope> find(List<Tok> toks) {
    List<Scope> out = new ArrayList<>();
    int n = toks.size();
    int i = 0;
    while (i < n) {
      int end = match(toks, i);
      if (end < 0) {
        // "since" plus the date words at the end of its clause
        int e = -end;
        int d = e - 1;
        while (d > i + 1
            && (isYear(toks.get(d))
                || isCalendar(toks.get(d - 1)) && toks.get(d).tag().equals("CD"))) {
          d--;
        }
        out.add(new Scope(i, e, "since " + QuantityScanner.join(toks, d, e)));
        i = e;
      } else if (end > i) {
        out.add(new Scope(i, end, QuantityScanner.join(toks, i, end)));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int match(List<Tok> toks, int i) {
    int n = toks.size();
    String w = toks.get(i).lower();
    // "in the past week", "over the last three years", "in the first 24 hours"
    if (LEADS.contains(w) && i + 2 < n && toks.get(i + 1).lower().equals("the")) {
      int k = i + 2;
      if (k < n && RELATIVE.contains(toks.get(k).lower())) {
        k++;
        if (k < n
            && (toks.get(k).tag().equals("CD")
                || NumberReader.isNumberWord(toks.get(k))
                || hasDigit(toks.get(k).word()))) {
          k++;
        }
        if (k < n && isTimeUnit(toks.get(k))) {
          return k + 1;
        }
      }
    }
    // "each day", "every week", "a day", "per year"
    if (EACH.contains(w) && i + 1 < n && SINGULAR_UNITS.contains(toks.get(i + 1).lower())) {
      String after = i + 2 < n ? toks.get(i + 2).lower() : "";
      boolean relative =
          after.equals("ago")
              || after.equals("after")
              || after.equals("before")
              || after.equals("later")
              || after.equals("earlier")
              || after.equals("of");
      if (!relative && (!w.equals("a") || i > 0 && !toks.get(i - 1).isVerb())) {
        return i + 2;
      }
    }
    // "since mid-November", "since the start of the war", "since Sunday", "since 2015"
    if (w.equals("since") && i + 1 < n) {
      // "since they entered the fight in mid-November": the date the clause gives
      for (int k = i + 1; k < Math.min(n, i + 9); k++) {
        Tok t = toks.get(k);
        if (t.isPunct()) {
          break;
        }
        if (isCalendar(t) || isMidMonth(t) || isYear(t)) {
          if (k > i + 1
              && (toks.get(k - 1).isVerb()
                  || toks.get(k - 1).tag().equals("IN")
                  || toks.get(k - 1).tag().equals("DT")
                  || toks.get(k - 1).isNoun())
              && hasVerbBetween(toks, i + 1, k)) {
            int e = k + 1;
            if (e < n && isYear(toks.get(e))) {
              e++;
            }
            return -(e); // a scope made of "since" and the date words only
          }
          break;
        }
      }
      for (int k = i + 1; k < Math.min(n, i + 7); k++) {
        Tok t = toks.get(k);
        if (t.isPunct() || t.isVerb() || t.tag().equals("PRP") || t.tag().equals("MD")) {
          break;
        }
        if (isTimeWord(t)) {
          int e = k + 1;
          // "since the start of the war": take the "of" phrase too
          if (e + 1 < n && toks.get(e).lower().equals("of")) {
            int f = e + 1;
            while (f < Math.min(n, e + 4) && !toks.get(f).isNoun()) {
              f++;
            }
            if (f < n && toks.get(f).isNoun()) {
              e = f + 1;
            }
          }
          return e;
        }
      }
    }
    // "this week", "last year", "so far this year"
    if (DEICTIC.contains(w)
        && i + 1 < n
        && (SINGULAR_UNITS.contains(toks.get(i + 1).lower()) || isCalendar(toks.get(i + 1)))) {
      int s = i;
      return s + 2;
    }
    // "in November", "in 2023", "by Tuesday evening", "in mid-November"
    if ((w.equals("in") || w.equals("by") || w.equals("during") || w.equals("until"))
        && i + 1 < n) {
      Tok t = toks.get(i + 1);
      if (isCalendar(t) || isMidMonth(t) || isYear(t)) {
        int e = i + 2;
        if (e < n
            && isCalendar(t)
            && toks.get(e).tag().equals("CD")
            && toks.get(e).word().length() <= 2) {
          e++;
        }
        if (e < n && isYear(toks.get(e))) {
          e++;
        }
        if (e < n
            && Set.of("morning", "afternoon", "evening", "night").contains(toks.get(e).lower())) {
          e++;
        }
        return e;
      }
    }
    return i;
  }

  /** The scope for a quantity: the nearest phrase with no other quantity in between. */
  static String nearest(List<Scope> scopes, Quantity q, List<Quantity> all, List<Tok> toks) {
    Scope best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Scope s : scopes) {
      if (s.start() < q.end && s.end() > q.start) {
        continue; // the scope is the quantity's own words ("two days")
      }
      int distance = s.start() >= q.end ? s.start() - q.end : q.start - s.end();
      if (distance > MAX_DISTANCE) {
        continue;
      }
      int lo = Math.min(s.start(), q.start);
      int hi = Math.max(s.end(), q.end);
      boolean blocked = false;
      for (Quantity other : all) {
        if (other != q
            && other.start >= lo
            && other.end <= hi
            && other.hasNumber()
            && !(other.start >= s.start() && other.end <= s.end())) {
          blocked = true;
          break;
        }
      }
      for (int k = lo; k < hi && !blocked; k++) {
        String w = toks.get(k).word();
        if (w.equals(";") || w.equals(":")) {
          blocked = true;
        }
      }
      if (blocked) {
        continue;
      }
      // a phrase after the figure binds more closely than one before it
      int score = s.start() >= q.end ? distance : distance + 3;
      if (score < bestDistance) {
        bestDistance = score;
        best = s;
      }
    }
    return best == null ? null : best.text();
  }

  private static boolean hasVerbBetween(List<Tok> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      if (toks.get(k).isVerb()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTimeUnit(Tok t) {
    return Lexicon.TIME_UNITS.contains(t.lower());
  }

  private static boolean isTimeWord(Tok t) {
    return isCalendar(t)
        || isMidMonth(t)
        || isYear(t)
        || Lexicon.TIME_NOUNS.contains(t.lower())
        || t.ner().equals("DATE");
  }

  private static boolean isCalendar(Tok t) {
    return t.capitalised() && Lexicon.CALENDAR_WORDS.contains(t.lower());
  }

  private static boolean isMidMonth(Tok t) {
    String w = t.lower();
    int dash = w.indexOf('-');
    return dash > 0
        && (w.startsWith("mid") || w.startsWith("early") || w.startsWith("late"))
        && (Lexicon.CALENDAR_WORDS.contains(w.substring(dash + 1))
            || isYearWord(w.substring(dash + 1)));
  }

  private static boolean isYear(Tok t) {
    return isYearWord(t.word());
  }

  private static boolean isYearWord(String w) {
    if (w.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    int y = Integer.parseInt(w);
    return y >= 1800 && y <= 2100;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
