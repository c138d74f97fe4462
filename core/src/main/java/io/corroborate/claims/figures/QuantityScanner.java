package io.corroborate.claims.figures;

import io.corroborate.model.FigureKind;
import io.corroborate.model.Qualifier;
import io.corroborate.util.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the numbers of one sentence into quantities: drops dates, years, clock times, phone
 * numbers, list numbering and numbers that are part of a name; joins ranges ("between 10 and 12
 * thousand"); reads the qualifier ("some", "as many as", "more than"), the unit or counted noun and
 * the kind. Works on tagged tokens; the numeric entity types CoreNLP's number classifier gives
 * (DATE, TIME) are one of its signals. Stateless.
 */
final class QuantityScanner {

  private static final Set<String> RANGE_LINKS = Set.of("-", "\u2013", "\u2014", "to", "and");
  private static final WordLists WORDS =
      WordLists.read(QuantityScanner.class, "quantity-scanner.txt");

  private static final Set<String> CHANGE_WORDS = WORDS.get("change-words");

  /** Qualifier phrases, longest first, so that "no more than" wins over "more than". */
  private static final String[][] QUALIFIERS_LONGEST_FIRST =
      java.util.Arrays.stream(Lexicon.QUALIFIERS_BEFORE)
          .sorted(java.util.Comparator.comparingInt((String[] e) -> -e[0].split(" ").length))
          .toArray(String[][]::new);

  private QuantityScanner() {}

  /** The quantities in one sentence's tokens. */
  static List<Quantity> scan(List<Tok> toks) {
    List<NumberRun> runs = NumberReader.read(toks);
    List<Quantity> out = new ArrayList<>();
    for (int r = 0; r < runs.size(); r++) {
      NumberRun run = runs.get(r);
      if (Exclusions.excluded(toks, run)) {
        continue;
      }
      Quantity q = new Quantity();
      q.numStart = run.start();
      q.numEnd = run.end();
      q.start = run.start();
      q.end = run.end();
      q.value = run.value();
      q.low = run.low();
      q.high = run.high();
      if (run.type() == NumberRun.Type.RANGE) {
        q.qualifier = Qualifier.RANGE;
      }
      if (run.type() == NumberRun.Type.VAGUE) {
        q.qualifier = Qualifier.ABOUT;
      }
      if (run.type() == NumberRun.Type.ORDINAL) {
        q.kind = FigureKind.ORDINAL;
        q.end = run.end();
        out.add(q);
        continue;
      }
      int afterUnitOfFirst = unit(toks, q, run);
      // a range: "10 to 12 thousand", "between $62 and $68", "5% and 6%", "three or four"
      if (run.type() == NumberRun.Type.NUMBER && r + 1 < runs.size()) {
        NumberRun next = runs.get(r + 1);
        if (rangeWith(toks, q, run, afterUnitOfFirst, next)) {
          r++;
          Quantity second = new Quantity();
          second.numStart = next.start();
          second.numEnd = next.end();
          second.start = next.start();
          second.end = next.end();
          int after = unit(toks, second, next);
          double lo = run.value();
          double hi = next.value();
          if (!run.magnitude() && next.magnitude() && lo < hi) {
            double scale = magnitudeOf(toks, next);
            if (scale > 1 && lo * scale <= hi) {
              lo *= scale;
            }
          }
          q.value = null;
          q.low = lo;
          q.high = hi;
          q.qualifier = Qualifier.RANGE;
          q.numEnd = next.end();
          q.end = Math.max(second.end, after > next.end() ? second.end : next.end());
          if (second.unit != null) {
            q.unit = second.unit;
            q.kind = second.kind;
            q.head = second.head;
            q.phraseStart = second.phraseStart;
            q.partitive = second.partitive;
          }
          q.end = Math.max(q.end, second.end);
        }
      }
      if (q.drop) {
        continue;
      }
      if (run.type() == NumberRun.Type.VAGUE && q.partitive
          || q.head < 0
          || run.glued() != null && q.head == run.start()) {
        q.anchor = run.end() - 1;
      } else {
        q.anchor = q.head;
      }
      qualifier(toks, q, run);
      postQualifier(toks, q);
      if (q.qualifier == Qualifier.RANGE && q.value != null) {
        q.qualifier = Qualifier.EXACT;
      }
      bounds(q);
      out.add(q);
    }
    return out;
  }

  private static double magnitudeOf(List<Tok> toks, NumberRun run) {
    double m = 1;
    for (int i = run.start(); i < run.end(); i++) {
      Double f = Lexicon.MAGNITUDES.get(toks.get(i).lower());
      if (f != null) {
        m *= f;
      }
    }
    return m;
  }

  // ---------------------------------------------------------------- exclusions

  static boolean ageApposition(List<Tok> toks, int s, int e) {
    return s >= 2
        && toks.get(s - 1).word().equals(",")
        && toks.get(s - 2).isProper()
        && e < toks.size()
        && toks.get(e).word().equals(",");
  }

  static boolean allDigits(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isCalendar(Tok t) {
    return t != null
        && t.capitalised()
        && Lexicon.CALENDAR_WORDS.contains(t.lower())
        && (t.isProper() || t.tag().equals("X"));
  }

  static boolean hasUnitAfter(List<Tok> toks, int e) {
    if (e >= toks.size()) {
      return false;
    }
    String w = toks.get(e).lower();
    return Lexicon.MEASURE_UNITS.contains(w)
            && !w.equals("points")
            && !w.equals("point")
            && !w.equals("times")
            && w.length() > 1
        || Lexicon.PERCENT_WORDS.contains(w)
        || Lexicon.CURRENCY_WORDS.contains(w)
        || (w.equals("per") && e + 1 < toks.size() && toks.get(e + 1).lower().equals("cent"));
  }

  // ---------------------------------------------------------------- ranges

  private static boolean rangeWith(
      List<Tok> toks, Quantity q, NumberRun a, int afterA, NumberRun b) {
    if (b.type() != NumberRun.Type.NUMBER || a.value() == null || b.value() == null) {
      return false;
    }
    int k = afterA;
    if (k >= toks.size()) {
      return false;
    }
    String link = toks.get(k).lower();
    boolean between =
        a.start() > 0
            && toks.get(qualifierAnchor(toks, a) - 1 >= 0 ? qualifierAnchor(toks, a) - 1 : 0)
                .lower()
                .equals("between");
    boolean or =
        link.equals("or") && b.value() > a.value() && b.value() - a.value() <= 2 && a.value() >= 1;
    if (!RANGE_LINKS.contains(link) && !or) {
      return false;
    }
    if (link.equals("and") && !between) {
      return false;
    }
    int bStart = k + 1;
    boolean currencyB = false;
    while (bStart < b.start() && bStart < k + 3) {
      Tok t = toks.get(bStart);
      if (NumberReader.isCurrencySymbol(t) || t.word().equals("US")) {
        currencyB = true;
        bStart++;
      } else {
        break;
      }
    }
    if (bStart != b.start()) {
      return false;
    }
    boolean currencyA = NumberReader.currencyBefore(toks, a.start());
    if (currencyA != currencyB && !(currencyA && !currencyB && link.equals("-"))) {
      if (currencyB || q.kind != FigureKind.OTHER && q.kind != FigureKind.MONEY) {
        return false;
      }
    }
    if (q.kind == FigureKind.PERCENT && afterA > a.end()) {
      // "5% to 6%": the second must be a percentage too
      int e = b.end();
      if (e >= toks.size()
          || !Lexicon.PERCENT_WORDS.contains(toks.get(e).lower())
              && !toks.get(e).lower().equals("per")) {
        return false;
      }
    } else if (afterA > a.end()
        && q.kind != FigureKind.MONEY
        && q.kind != FigureKind.MEASURE
        && q.kind != FigureKind.DURATION) {
      return false;
    }
    if (b.value() <= a.value() && !(b.magnitude() && !a.magnitude())) {
      return false;
    }
    if (link.equals("to") && !between && (afterA > a.end() || currencyA)) {
      int anchor = qualifierAnchor(toks, a);
      Tok before = anchor > 0 ? toks.get(anchor - 1) : null;
      if (before != null && CHANGE_WORDS.contains(before.lower())) {
        return false;
      }
    }
    return true;
  }

  /** The token where the words before a number end: the number, or its currency symbol. */
  private static int qualifierAnchor(List<Tok> toks, NumberRun run) {
    int p = run.start();
    if (p > 0 && NumberReader.isCurrencySymbol(toks.get(p - 1))) {
      p--;
      if (p > 0 && toks.get(p - 1).word().equals("US")) {
        p--;
      }
    }
    return p;
  }

  // ---------------------------------------------------------------- qualifiers

  private static void qualifier(List<Tok> toks, Quantity q, NumberRun run) {
    int anchor = qualifierAnchor(toks, run);
    q.start = Math.min(q.start, anchor);
    if (q.qualifier == Qualifier.RANGE && q.value == null) {
      if (anchor > 0
          && (toks.get(anchor - 1).lower().equals("between")
              || toks.get(anchor - 1).lower().equals("from"))) {
        q.start = anchor - 1;
      }
      return;
    }
    int end = anchor;
    for (int attempt = 0; attempt < 2; attempt++) {
      for (String[] entry : QUALIFIERS_LONGEST_FIRST) {
        String[] words = entry[0].split(" ");
        int from = end - words.length;
        if (from < 0) {
          continue;
        }
        boolean match = true;
        for (int k = 0; k < words.length; k++) {
          if (!toks.get(from + k).lower().equals(words[k])) {
            match = false;
            break;
          }
        }
        if (match) {
          q.qualifier = qualifierOf(entry[1]);
          q.start = from;
          return;
        }
      }
      if (end - 1 >= 0 && Lexicon.QUALIFIER_GAP.contains(toks.get(end - 1).lower())) {
        end--;
      } else {
        return;
      }
    }
  }

  private static Qualifier qualifierOf(String label) {
    for (Qualifier q : Qualifier.values()) {
      if (q.label().equals(label)) {
        return q;
      }
    }
    return Qualifier.EXACT;
  }

  private static void postQualifier(List<Tok> toks, Quantity q) {
    int e = q.end;
    if (e + 1 < toks.size() && toks.get(e).lower().equals("or")) {
      String w = toks.get(e + 1).lower();
      if (w.equals("more") && q.qualifier == Qualifier.EXACT) {
        q.qualifier = Qualifier.AT_LEAST;
        q.end = e + 2;
      } else if (w.equals("so") && q.qualifier == Qualifier.EXACT) {
        q.qualifier = Qualifier.ABOUT;
        q.end = e + 2;
      }
    }
  }

  private static void bounds(Quantity q) {
    if (q.value == null) {
      return;
    }
    switch (q.qualifier) {
      case EXACT -> {
        q.low = q.value;
        q.high = q.value;
      }
      case MORE_THAN, AT_LEAST -> q.low = q.value;
      case LESS_THAN, AT_MOST, UP_TO -> q.high = q.value;
      default -> {}
    }
  }

  // ---------------------------------------------------------------- units and kinds

  /**
   * Reads the unit after the number (and a currency symbol before it), sets kind, unit and head,
   * and returns the token after the unit words that belong to the number ("%", "per cent",
   * "dollars", "miles").
   */
  private static int unit(List<Tok> toks, Quantity q, NumberRun run) {
    int e = run.end();
    int n = toks.size();
    if (run.type() == NumberRun.Type.FRACTION) {
      q.kind = FigureKind.OTHER;
      nounAfter(toks, q, e, true);
      return e;
    }
    if (run.currency() != null) {
      q.kind = FigureKind.MONEY;
      q.unit = run.currency();
      q.head = run.start();
      return rate(toks, q, e);
    }
    String glued = run.glued();
    if (glued != null) {
      return gluedUnit(toks, q, run, glued);
    }
    if (NumberReader.currencyBefore(toks, run.start())) {
      int c = run.start() - 1;
      String symbol = toks.get(c).word();
      if (c > 0 && toks.get(c - 1).word().equals("US")) {
        symbol = "US" + symbol;
        c--;
      }
      q.kind = FigureKind.MONEY;
      q.unit = symbol;
      q.start = c;
      int after = e;
      if (after < n
          && (toks.get(after).word().equals("US")
              || Lexicon.CURRENCY_SYMBOLS.contains(toks.get(after).lower()))) {
        after++;
      }
      q.head = c;
      q.end = after;
      return rate(toks, q, after);
    }
    if (e >= n) {
      bareNumber(toks, q, run);
      return e;
    }
    Tok t = toks.get(e);
    String w = t.lower();
    if (w.equals("-")
        && e + 1 < n
        && Character.isLetter(toks.get(e + 1).word().charAt(0))
        && toks.get(e + 1).before().isEmpty()) {
      // "90 - day" as spaced hyphens
      e++;
      t = toks.get(e);
      w = t.lower();
    }
    if (Lexicon.PERCENT_WORDS.contains(w)) {
      q.kind = FigureKind.PERCENT;
      q.unit = t.word();
      q.head = e;
      q.end = e + 1;
      return percentOf(toks, q, e + 1);
    }
    if (w.equals("per") && e + 1 < n && toks.get(e + 1).lower().equals("cent")) {
      q.kind = FigureKind.PERCENT;
      q.unit = "per cent";
      q.head = e + 1;
      q.end = e + 2;
      return percentOf(toks, q, e + 2);
    }
    if (w.equals("percentage") && e + 1 < n && toks.get(e + 1).lower().startsWith("point")) {
      q.kind = FigureKind.MEASURE;
      q.unit = "percentage " + toks.get(e + 1).word();
      q.head = e + 1;
      q.end = e + 2;
      return e + 2;
    }
    if (w.equals("basis") && e + 1 < n && toks.get(e + 1).lower().startsWith("point")) {
      q.kind = FigureKind.MEASURE;
      q.unit = "basis " + toks.get(e + 1).word();
      q.head = e + 1;
      q.end = e + 2;
      return e + 2;
    }
    if (Lexicon.CURRENCY_SYMBOLS.contains(w) && !w.equals("rs") && !w.equals("rm")) {
      q.kind = FigureKind.MONEY;
      q.unit = t.word();
      q.head = e;
      q.end = e + 1;
      return rate(toks, q, e + 1);
    }
    int cw = currencyWord(toks, e);
    if (cw >= 0) {
      q.kind = FigureKind.MONEY;
      q.unit = join(toks, e, cw + 1);
      q.head = cw;
      q.end = cw + 1;
      return rate(toks, q, cw + 1);
    }
    if (Lexicon.CURRENCY_SUBUNITS.contains(w) || w.equals("p") && t.before().isEmpty()) {
      q.kind = FigureKind.MONEY;
      q.unit = t.word();
      q.head = e;
      q.end = e + 1;
      return rate(toks, q, e + 1);
    }
    if (spacedAge(toks, e)) {
      // "a 36 - year - old": an age whose hyphens a tokenised text set apart
      q.kind = FigureKind.AGE;
      q.unit = toks.get(e + 1).word();
      q.head = e + 1;
      q.end = e + 4;
      return e + 4;
    }
    if (Lexicon.TIME_UNITS.contains(w) && t.isNoun()
        || Lexicon.TIME_UNITS.contains(w) && t.tag().equals("X")) {
      if (e + 1 < n
          && (toks.get(e + 1).lower().equals("old")
              || toks.get(e + 1).lower().startsWith("-old"))) {
        q.kind = FigureKind.AGE;
        q.unit = t.word();
        q.head = e;
        q.end = e + 2;
        return e + 2;
      }
      q.kind = FigureKind.DURATION;
      q.unit = t.word();
      q.head = e;
      q.end = e + 1;
      return e + 1;
    }
    if (w.startsWith("year-old") || w.startsWith("years-old") || w.equals("month-old")) {
      q.kind = FigureKind.AGE;
      q.unit = t.word();
      q.head = e;
      q.end = e + 1;
      return e + 1;
    }
    if (isMeasureUnit(toks, e)) {
      int u = measureEnd(toks, e);
      q.kind = FigureKind.MEASURE;
      q.unit = join(toks, e, u);
      q.head = u - 1;
      q.end = u;
      return rate(toks, q, u);
    }
    if (isAge(toks, run)) {
      q.kind = FigureKind.AGE;
      q.unit = "years";
      return e;
    }
    nounAfter(toks, q, e, false);
    if (q.head < 0 && !q.partitive) {
      bareNumber(toks, q, run);
    }
    return e;
  }

  /** Whether the tokens from {@code e} read "- year - old" (hyphens set apart by spaces). */
  private static boolean spacedAge(List<Tok> toks, int e) {
    return e + 3 < toks.size()
        && isHyphen(toks.get(e))
        && Lexicon.TIME_UNITS.contains(toks.get(e + 1).lower())
        && isHyphen(toks.get(e + 2))
        && toks.get(e + 3).lower().equals("old");
  }

  private static boolean isHyphen(Tok t) {
    String w = t.word();
    return w.equals("-") || w.equals("\u2010") || w.equals("\u2011") || w.equals("\u2013");
  }

  private static int gluedUnit(List<Tok> toks, Quantity q, NumberRun run, String glued) {
    int e = run.end();
    String g = glued.startsWith("-") ? glued.substring(1) : glued;
    q.head = run.start();
    if (g.equals("+") || g.equals("plus")) {
      q.qualifier = Qualifier.MORE_THAN;
      nounAfter(toks, q, e, false);
      if (q.head < 0) {
        q.head = run.start();
        q.kind = FigureKind.COUNT;
      }
      return e;
    }
    if (g.startsWith("year-old") || g.startsWith("years-old") || g.endsWith("-old")) {
      q.kind = FigureKind.AGE;
      q.unit = g;
      return e;
    }
    if (Lexicon.PERCENT_WORDS.contains(g)) {
      q.kind = FigureKind.PERCENT;
      q.unit = g;
      return percentOf(toks, q, e);
    }
    String base = g.contains("-") ? g.substring(0, g.indexOf('-')) : g;
    if (Lexicon.TIME_UNITS.contains(base) || Lexicon.TIME_UNITS.contains(base + "s")) {
      q.kind = FigureKind.DURATION;
      q.unit = g;
      if (toks.get(run.end() - 1).word().contains("-")) {
        // "a three-year contract", "a 90-day stay": a modifier, not a figure of its own
        Tok next = e < toks.size() ? toks.get(e) : null;
        if (next != null
            && (next.isNoun() || next.isAdjective() || NumberReader.isCurrencySymbol(next))) {
          q.drop = true;
        }
      }
      return e;
    }
    if (g.equals("p") && NumberReader.currencyBefore(toks, run.start()) == false) {
      q.kind = FigureKind.MONEY;
      q.unit = "p";
      return e;
    }
    if (g.equals("x")) {
      q.kind = FigureKind.MEASURE;
      q.unit = "x";
      return e;
    }
    if (NumberReader.currencyBefore(toks, run.start())) {
      q.kind = FigureKind.MONEY;
      q.unit = toks.get(run.start() - 1).word();
      q.start = run.start() - 1;
      return e;
    }
    if (Lexicon.MEASURE_UNITS.contains(base)
        || Lexicon.MEASURE_UNITS.contains(g)
        || Lexicon.MEASURE_UNITS.contains(g.replace("2", "").replace("3", ""))) {
      q.kind = FigureKind.MEASURE;
      q.unit = g;
      if (g.contains("-a-") || g.contains("-per-")) {
        q.kind = FigureKind.RATE;
      }
      return rate(toks, q, e);
    }
    // "five-member", "11-member": a counted noun written onto the number
    q.kind = FigureKind.COUNT;
    q.unit = g;
    if (g.contains("-a-") || g.contains("-per-")) {
      q.kind = FigureKind.RATE;
    }
    int before = q.head;
    nounAfter(toks, q, e, false);
    if (q.head < 0) {
      q.head = before;
      q.unit = g;
    }
    return e;
  }

  private static boolean isAge(List<Tok> toks, NumberRun run) {
    int s = run.start();
    if (run.value() == null || run.value() < 1 || run.value() > 120) {
      return false;
    }
    if (s > 0
        && (toks.get(s - 1).lower().equals("aged")
            || toks.get(s - 1).lower().equals("age")
            || toks.get(s - 1).lower().equals("ages"))) {
      return true;
    }
    if (s > 1 && toks.get(s - 1).lower().equals("of") && toks.get(s - 2).lower().equals("age")) {
      return true;
    }
    return ageApposition(toks, s, run.end());
  }

  /** "45% of its revenue": the noun after "of" is what the percentage measures. */
  private static int percentOf(List<Tok> toks, Quantity q, int e) {
    if (e < toks.size() && toks.get(e).lower().equals("of")) {
      Quantity probe = new Quantity();
      nounAfter(toks, probe, e, true);
      if (probe.head >= 0) {
        q.head = probe.head;
        q.phraseStart = probe.phraseStart;
        q.partitive = true;
      }
    }
    return e;
  }

  /** "$3,500 a month", "3,000 tests per day": a rate. */
  private static int rate(List<Tok> toks, Quantity q, int e) {
    int n = toks.size();
    if (e + 1 < n) {
      String w = toks.get(e).lower();
      String unit = toks.get(e + 1).lower();
      if ((w.equals("per") || w.equals("a") || w.equals("an") || w.equals("each") || w.equals("/"))
          && (Lexicon.TIME_UNITS.contains(unit)
              || Lexicon.MEASURE_UNITS.contains(unit)
              || w.equals("per"))) {
        if (q.kind != FigureKind.MONEY || Lexicon.TIME_UNITS.contains(unit)) {
          q.kind = q.kind == FigureKind.MONEY ? FigureKind.RATE : q.kind;
          if (q.kind != FigureKind.MONEY && q.kind != FigureKind.MEASURE) {
            q.kind = FigureKind.RATE;
          }
        }
        q.unit =
            (q.unit == null ? "" : q.unit + " ")
                + toks.get(e).word()
                + " "
                + toks.get(e + 1).word();
        q.end = e + 2;
        return e + 2;
      }
    }
    return e;
  }

  private static int currencyWord(List<Tok> toks, int e) {
    int n = toks.size();
    for (int k = e; k < Math.min(n, e + 3); k++) {
      Tok t = toks.get(k);
      if (Lexicon.CURRENCY_WORDS.contains(t.lower())
          && !(t.lower().equals("won") && t.isVerb())
          && !(t.lower().equals("real") && t.isAdjective())) {
        return k;
      }
      if (!(t.isProper() || t.isAdjective()) || !t.capitalised()) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isMeasureUnit(List<Tok> toks, int e) {
    Tok t = toks.get(e);
    String w = t.lower();
    if (!Lexicon.MEASURE_UNITS.contains(w)) {
      return false;
    }
    if (w.length() == 1) {
      // "m", "g", "C", "F", "W", "l" only as written symbols, not as words
      return !t.isVerb()
          && !w.equals("a")
          && (w.equals("m")
              || w.equals("g")
              || t.word().equals("C")
              || t.word().equals("F")
              || t.word().equals("W")
              || t.word().equals("V"));
    }
    if (w.equals("points")
        || w.equals("point")
        || w.equals("times")
        || w.equals("stories")
        || w.equals("floors")
        || w.equals("storeys")) {
      return t.isNoun();
    }
    return !t.isVerb() || t.tag().equals("X");
  }

  private static int measureEnd(List<Tok> toks, int e) {
    int n = toks.size();
    int u = e + 1;
    String w = toks.get(e).lower();
    if ((w.equals("square")
            || w.equals("sq")
            || w.equals("cubic")
            || w.equals("nautical")
            || w.equals("basis"))
        && u < n) {
      u++;
    }
    if ((w.startsWith("degree") || w.equals("°"))
        && u < n
        && (toks.get(u).lower().equals("celsius")
            || toks.get(u).lower().equals("fahrenheit")
            || toks.get(u).word().equals("C")
            || toks.get(u).word().equals("F"))) {
      u++;
    }
    if (u + 1 < n
        && toks.get(u).lower().equals("per")
        && (Lexicon.TIME_UNITS.contains(toks.get(u + 1).lower())
            || Lexicon.MEASURE_UNITS.contains(toks.get(u + 1).lower()))) {
      u += 2;
    }
    return u;
  }

  /**
   * The counted noun after the number: "4,000 residents", "5,000 Marrowick residents", "thousands
   * of people", "4,000 of whom". Sets head, unit and kind.
   */
  private static void nounAfter(List<Tok> toks, Quantity q, int e, boolean fractionOrPercent) {
    int n = toks.size();
    int k = e;
    boolean partitive = false;
    if (k < n && toks.get(k).lower().equals("of")) {
      partitive = true;
      k++;
      if (k < n
          && (toks.get(k).lower().equals("whom")
              || toks.get(k).lower().equals("them")
              || toks.get(k).lower().equals("which")
              || toks.get(k).lower().equals("those")
              || toks.get(k).lower().equals("these")
              || toks.get(k).lower().equals("us"))) {
        q.kind = fractionOrPercent ? q.kind : FigureKind.COUNT;
        q.partitive = true;
        return;
      }
      while (k < n
          && (toks.get(k).tag().equals("DT")
              || toks.get(k).tag().equals("PRP$")
              || toks.get(k).tag().equals("POS")
              || toks.get(k).tag().equals("CD")
                  && !NumberReader.isNumberWord(toks.get(k))
                  && false)) {
        k++;
      }
    }
    int start = k;
    int head = -1;
    for (int j = k; j < Math.min(n, k + 6); j++) {
      Tok t = toks.get(j);
      String tag = t.tag();
      if (tag.equals("NNS") || tag.equals("NNPS") && !isCalendarWord(t)) {
        head = j;
        // "Marrowick residents killed" ends at the plural; "residents' homes" goes on
        break;
      }
      if (tag.equals("NN") || tag.equals("NNP")) {
        if (j + 1 < n && (toks.get(j + 1).isNoun() || toks.get(j + 1).word().equals("-"))) {
          continue;
        }
        if (tag.equals("NNP") && !fractionOrPercent && j + 1 < n && toks.get(j + 1).isAdjective()) {
          continue;
        }
        if (tag.equals("NNP") && !partitive) {
          // "11 Pro", "3 March": a name, not a counted noun
          head = -1;
          break;
        }
        head = j;
        break;
      }
      if (t.isAdjective()
          || tag.equals("VBN")
          || tag.equals("VBG") && j + 1 < n && toks.get(j + 1).isNoun()
          || tag.equals("HYPH")
          || t.word().equals("-")
          || tag.equals("CD") && j == k && false) {
        continue;
      }
      break;
    }
    if (head < 0) {
      return;
    }
    q.head = head;
    q.phraseStart = start;
    q.partitive = partitive;
    if (!fractionOrPercent) {
      Tok h = toks.get(head);
      q.kind = FigureKind.COUNT;
      q.unit = h.word();
      if (!partitive && head - e <= 3) {
        q.end = Math.max(q.end, head + 1);
      }
      rate(toks, q, head + 1);
    }
  }

  private static boolean isCalendarWord(Tok t) {
    return Lexicon.CALENDAR_WORDS.contains(t.lower());
  }

  private static void bareNumber(List<Tok> toks, Quantity q, NumberRun run) {
    int e = run.end();
    Tok next = e < toks.size() ? toks.get(e) : null;
    if (run.type() == NumberRun.Type.VAGUE) {
      q.kind = FigureKind.COUNT;
      return;
    }
    if (next != null && (next.isVerb() || next.tag().equals("MD"))) {
      q.kind = FigureKind.COUNT;
      return;
    }
    q.kind = FigureKind.OTHER;
  }

  static String join(List<Tok> toks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && !toks.get(i).before().isEmpty()) {
        sb.append(' ');
      }
      sb.append(toks.get(i).word());
    }
    return sb.toString();
  }
}
