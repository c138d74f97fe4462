package io.corroborate.claims.figures;

import edu.stanford.nlp.ie.NumberNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the numbers of a sentence's tokens: digits ("12,000", "1.5", "45g", "$1.2bn"), words
 * ("twelve thousand", via CoreNLP's {@link NumberNormalizer}), magnitudes ("1.5 million"), orders
 * of magnitude ("thousands", "tens of thousands"), fractions ("a third", "two-thirds") and ranges
 * written as one token ("10-12"). Numbers too long to be quantities (more than 18 integer digits),
 * malformed digit groups ("1,2,3") and clock times are not read. Stateless.
 */
final class NumberReader {

  static {
    NumberNormalizer.setVerbose(false);
  }

  private static final int MAX_INTEGER_DIGITS = 18;
  private static final int MAX_WORD_RUN = 8;

  private NumberReader() {}

  /** A token's digits, read. */
  record Digits(double value, String suffix, boolean ordinal, int integerDigits, boolean comma) {}

  /** The numbers in the tokens, in order, not overlapping. */
  static List<NumberRun> read(List<Tok> toks) {
    List<NumberRun> out = new ArrayList<>();
    int n = toks.size();
    int i = 0;
    while (i < n) {
      NumberRun r = readAt(toks, i);
      if (r == null) {
        i++;
      } else {
        out.add(r);
        i = Math.max(r.end(), i + 1);
      }
    }
    return out;
  }

  private static NumberRun readAt(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    String w = t.lower();
    int n = toks.size();
    // "a dozen", "a million", "half a million"
    if ((w.equals("a") || w.equals("an")) && i + 1 < n && isMagnitudeWord(toks.get(i + 1))) {
      return withMagnitudes(toks, i, i + 1, 1.0, false, null);
    }
    if (w.equals("half")
        && i + 2 < n
        && (toks.get(i + 1).lower().equals("a"))
        && isMagnitudeWord(toks.get(i + 2))) {
      return withMagnitudes(toks, i, i + 2, 0.5, false, null);
    }
    Double vague = Lexicon.VAGUE_PLURALS.get(w);
    if (vague != null) {
      return vaguePlural(toks, i, vague);
    }
    if (Lexicon.VAGUE_WORDS.contains(w) && (t.tag().startsWith("JJ") || t.tag().equals("X"))) {
      int j = i + 1;
      while (j < n && isMagnitudeWord(toks.get(j))) {
        j++;
      }
      return new NumberRun(i, j, null, null, null, NumberRun.Type.VAGUE, null, j > i + 1);
    }
    // "minus 387", "minus-5"
    if (w.equals("minus") && i + 1 < n && hasDigit(toks.get(i + 1).word())) {
      NumberRun r = digits(toks, i + 1);
      return r == null || r.value() == null ? null : r.negated(i);
    }
    if (w.startsWith("minus-") && w.length() > 6 && Character.isDigit(w.charAt(6))) {
      NumberRun r = digits(toks, i, t.word().substring(6));
      return r == null || r.value() == null ? null : r.negated(i);
    }
    // "$-50.8bn": a minus sign written as its own token right before the digits
    if ((w.equals("-") || w.equals("\u2212"))
        && i + 1 < n
        && hasDigit(toks.get(i + 1).word())
        && toks.get(i + 1).before().isEmpty()
        && i > 0
        && isCurrencySymbol(toks.get(i - 1))) {
      NumberRun r = digits(toks, i + 1);
      return r == null || r.value() == null ? null : r.negated(i);
    }
    NumberRun fraction = fraction(toks, i);
    if (fraction != null) {
      return fraction;
    }
    if (hasDigit(t.word())) {
      return digits(toks, i);
    }
    if (isNumberWord(t)) {
      return words(toks, i);
    }
    return null;
  }

  private static NumberRun vaguePlural(List<Tok> toks, int i, double base) {
    int n = toks.size();
    int end = i + 1;
    double low = base;
    // "tens of thousands", "hundreds of millions"
    if (end + 1 < n && toks.get(end).lower().equals("of")) {
      Double next = Lexicon.VAGUE_PLURALS.get(toks.get(end + 1).lower());
      if (next != null && next >= 100) {
        low = base * next;
        end += 2;
      }
    }
    return new NumberRun(i, end, null, low, low * 10, NumberRun.Type.VAGUE, null, false);
  }

  private static NumberRun fraction(List<Tok> toks, int i) {
    int n = toks.size();
    Tok t = toks.get(i);
    String w = t.lower();
    // "two-thirds", "three-quarters"
    int dash = w.indexOf('-');
    if (dash > 0) {
      String a = w.substring(0, dash);
      String b = w.substring(dash + 1);
      Double f = Lexicon.FRACTIONS.get(b);
      Double k = smallNumberWord(a);
      if (f != null && k != null && b.endsWith("s") && !b.equals("half")) {
        return new NumberRun(i, i + 1, k * f, null, null, NumberRun.Type.FRACTION, null, false);
      }
    }
    // "a third of", "one third", "half of"
    if ((w.equals("a") || w.equals("one")) && i + 1 < n) {
      String next = toks.get(i + 1).lower();
      Double f = Lexicon.FRACTIONS.get(next);
      if (f != null
          && !next.endsWith("s")
          && i + 2 < n
          && toks.get(i + 2).lower().equals("of")
          && !next.equals("quarter")) {
        return new NumberRun(i, i + 2, f, null, null, NumberRun.Type.FRACTION, null, false);
      }
    }
    if (w.equals("half") && i + 1 < n && toks.get(i + 1).lower().equals("of")) {
      return new NumberRun(i, i + 1, 0.5, null, null, NumberRun.Type.FRACTION, null, false);
    }
    // "one out of three", "one in five"
    Double k = smallNumber(t);
    if (k != null && i + 3 < n) {
      Tok a = toks.get(i + 1);
      Tok b = toks.get(i + 2);
      if (a.lower().equals("out") && b.lower().equals("of")) {
        Double d = smallNumber(toks.get(i + 3));
        if (d != null && d > k && d > 0) {
          return new NumberRun(i, i + 4, k / d, null, null, NumberRun.Type.FRACTION, null, false);
        }
      }
    }
    return null;
  }

  private static Double smallNumber(Tok t) {
    Double d = smallNumberWord(t.lower());
    if (d != null) {
      return d;
    }
    Digits g = parseDigits(t.word());
    return g != null && g.suffix().isEmpty() && !g.ordinal() ? g.value() : null;
  }

  private static Double smallNumberWord(String w) {
    if (!Lexicon.NUMBER_WORDS.contains(w)) {
      return null;
    }
    Number v = wordToNumber(w);
    return v == null ? null : v.doubleValue();
  }

  private static NumberRun digits(List<Tok> toks, int i) {
    String w = toks.get(i).word();
    if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
      // "USD10m", "RM23.50", "US55,931,000" after "$": a currency written onto the digits
      int k = 0;
      while (k < w.length() && (Character.isLetter(w.charAt(k)) || w.charAt(k) == '$')) {
        k++;
      }
      String prefix = w.substring(0, k);
      String p = prefix.toLowerCase(Locale.ROOT);
      boolean currency =
          Lexicon.CURRENCY_SYMBOLS.contains(p) || p.equals("us") && currencyBefore(toks, i);
      if (!currency || k >= w.length() || !Character.isDigit(w.charAt(k))) {
        return null;
      }
      NumberRun r = digits(toks, i, w.substring(k));
      if (r != null
          && r.glued() != null
          && r.value() != null
          && Lexicon.SHORT_MAGNITUDES.containsKey(r.glued())) {
        r =
            new NumberRun(
                r.start(),
                r.end(),
                r.value() * Lexicon.SHORT_MAGNITUDES.get(r.glued()),
                null,
                null,
                NumberRun.Type.NUMBER,
                null,
                true);
      }
      return r == null ? null : r.withCurrency(prefix);
    }
    return digits(toks, i, w);
  }

  private static NumberRun digits(List<Tok> toks, int i, String w) {
    Digits d = parseDigits(w);
    if (d == null) {
      return null;
    }
    String suffix = d.suffix();
    if (d.ordinal()) {
      return new NumberRun(i, i + 1, d.value(), null, null, NumberRun.Type.ORDINAL, null, false);
    }
    if (suffix.startsWith("-") || suffix.startsWith("\u2013")) {
      String rest = suffix.substring(1);
      Digits other = parseDigits(rest);
      if (other != null
          && !other.ordinal()
          && (other.suffix().isEmpty()
              || plausibleSuffix(other.suffix()) && !other.suffix().startsWith("-"))) {
        // "10-12" is a range; "2-0" a score and "1950-53" a span of years: not quantities
        boolean years = d.integerDigits() == 4 && d.value() >= 1000 && d.value() <= 2100;
        if (years || other.value() <= d.value()) {
          return null;
        }
        return new NumberRun(
            i,
            i + 1,
            null,
            d.value(),
            other.value(),
            NumberRun.Type.RANGE,
            other.suffix().isEmpty() ? null : other.suffix(),
            false);
      }
      if (rest.isEmpty() || !Character.isLetter(rest.charAt(0))) {
        return null;
      }
      return new NumberRun(i, i + 1, d.value(), null, null, NumberRun.Type.NUMBER, rest, false);
    }
    if (suffix.startsWith("/") || suffix.startsWith("\u2044")) {
      Digits den = parseDigits(suffix.substring(1));
      if (den == null
          || !den.suffix().isEmpty()
          || den.value() <= d.value()
          || den.value() > 1000
          || d.value() == 0) {
        return null;
      }
      return new NumberRun(
          i, i + 1, d.value() / den.value(), null, null, NumberRun.Type.FRACTION, null, false);
    }
    boolean currency = currencyBefore(toks, i);
    String glued = null;
    double value = d.value();
    boolean mag = false;
    if (!suffix.isEmpty()) {
      Double m = Lexicon.SHORT_MAGNITUDES.get(suffix);
      boolean capitalM = w.endsWith("M") || w.endsWith("B") || w.endsWith("K");
      if (m != null && (!Lexicon.AMBIGUOUS_MAGNITUDES.contains(suffix) || currency || capitalM)) {
        value *= m;
        mag = true;
      } else {
        glued = suffix;
      }
    }
    if (glued != null) {
      return new NumberRun(i, i + 1, value, null, null, NumberRun.Type.NUMBER, glued, mag);
    }
    return withMagnitudes(toks, i, i + 1, value, mag, null);
  }

  /** Applies the magnitude words from {@code from} on ("1.5 million", "4 hundred million"). */
  private static NumberRun withMagnitudes(
      List<Tok> toks, int start, int from, double value, boolean mag, String glued) {
    int j = from;
    boolean currency = currencyBefore(toks, start);
    while (j < toks.size() && j - from < 4) {
      Tok m = toks.get(j);
      Double f = Lexicon.MAGNITUDES.get(m.lower());
      int dash = m.lower().indexOf('-');
      if (f == null && dash > 0 && Lexicon.MAGNITUDES.containsKey(m.lower().substring(0, dash))) {
        // "1.8 billion-mile journey", "400 million-year-old bedrock"
        value *= Lexicon.MAGNITUDES.get(m.lower().substring(0, dash));
        return new NumberRun(
            start,
            j + 1,
            value,
            null,
            null,
            NumberRun.Type.NUMBER,
            m.lower().substring(dash + 1),
            true);
      }
      if (f == null) {
        String s =
            m.lower().endsWith(".") ? m.lower().substring(0, m.lower().length() - 1) : m.lower();
        f = Lexicon.SHORT_MAGNITUDES.get(s);
        boolean capital = m.word().equals("M") || m.word().equals("B") || m.word().equals("K");
        if (f != null
            && Lexicon.AMBIGUOUS_MAGNITUDES.contains(s)
            && !currency
            && !(capital && m.before().isEmpty())) {
          f = null;
        }
      }
      if (f == null) {
        break;
      }
      value *= f;
      mag = true;
      j++;
    }
    return new NumberRun(start, j, value, null, null, NumberRun.Type.NUMBER, glued, mag);
  }

  private static NumberRun words(List<Tok> toks, int i) {
    int j = i;
    List<String> parts = new ArrayList<>();
    while (j < toks.size() && j - i < MAX_WORD_RUN) {
      Tok t = toks.get(j);
      if (isNumberWord(t) || (j > i && isMagnitudeWord(t))) {
        parts.add(t.lower());
        j++;
      } else if (t.lower().equals("and")
          && j > i
          && j + 1 < toks.size()
          && isMagnitudeWord(toks.get(j - 1))
          && isNumberWord(toks.get(j + 1))) {
        parts.add("and");
        j++;
      } else {
        break;
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    String glued = null;
    String last = parts.get(parts.size() - 1);
    int dash = last.indexOf('-');
    if (dash > 0 && !isCompoundNumberWord(last)) {
      // "three-year", "five-member": the number, then a unit
      glued = last.substring(dash + 1);
      parts.set(parts.size() - 1, last.substring(0, dash));
    }
    Number v = wordToNumber(String.join(" ", parts));
    if (v == null) {
      return null;
    }
    boolean mag = parts.stream().anyMatch(p -> Lexicon.MAGNITUDES.containsKey(p));
    return new NumberRun(i, j, v.doubleValue(), null, null, NumberRun.Type.NUMBER, glued, mag);
  }

  private static Number wordToNumber(String s) {
    try {
      return NumberNormalizer.wordToNumber(s);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Whether a token is a number word NumberNormalizer can read ("twelve", "twenty-five"). */
  static boolean isNumberWord(Tok t) {
    String w = t.lower();
    boolean cardinalTag = t.tag().equals("CD") || t.tag().equals("X");
    if (Lexicon.NUMBER_WORDS.contains(w)) {
      return cardinalTag;
    }
    int dash = w.indexOf('-');
    if (dash > 0 && Lexicon.NUMBER_WORDS.contains(w.substring(0, dash))) {
      String rest = w.substring(dash + 1);
      return !rest.isEmpty()
          && Character.isLetter(rest.charAt(0))
          && !Lexicon.FRACTIONS.containsKey(rest)
          && (cardinalTag || t.tag().startsWith("JJ") || t.tag().startsWith("NN"));
    }
    return false;
  }

  private static boolean isCompoundNumberWord(String w) {
    int dash = w.indexOf('-');
    return dash > 0
        && Lexicon.NUMBER_WORDS.contains(w.substring(0, dash))
        && Lexicon.NUMBER_WORDS.contains(w.substring(dash + 1));
  }

  private static boolean isMagnitudeWord(Tok t) {
    return Lexicon.MAGNITUDES.containsKey(t.lower());
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a currency symbol stands right before token {@code i} ("$", "US $"). */
  static boolean currencyBefore(List<Tok> toks, int i) {
    return i > 0 && isCurrencySymbol(toks.get(i - 1));
  }

  /** Whether a token is a currency symbol or code written before amounts. */
  static boolean isCurrencySymbol(Tok t) {
    return t.tag().equals("$") || Lexicon.CURRENCY_SYMBOLS.contains(t.lower());
  }

  /**
   * Reads a token that starts with digits: "12,000", "1.5", ".5", "45g", "11th", "10-12", "1/16".
   * Returns null for malformed digit groups, clock times and numbers longer than 18 digits.
   */
  static Digits parseDigits(String w) {
    int n = w.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (w.charAt(i) == '-' || w.charAt(i) == '\u2212' || w.charAt(i) == '+')) {
      negative = w.charAt(i) != '+';
      i++;
    }
    StringBuilder num = new StringBuilder();
    int intDigits = 0;
    int group = 0;
    boolean comma = false;
    while (i < n) {
      char c = w.charAt(i);
      if (c >= '0' && c <= '9') {
        num.append(c);
        intDigits++;
        group++;
        i++;
      } else if (c == ',' && intDigits > 0) {
        if (comma ? group != 3 : group > 3) {
          return null;
        }
        if (!threeDigitsAt(w, i + 1)) {
          break;
        }
        comma = true;
        group = 0;
        i++;
      } else {
        break;
      }
    }
    if (comma && group != 3) {
      return null;
    }
    if (i < n && w.charAt(i) == '.' && i + 1 < n && Character.isDigit(w.charAt(i + 1))) {
      num.append('.');
      i++;
      int dec = 0;
      while (i < n && Character.isDigit(w.charAt(i))) {
        if (dec < 12) {
          num.append(w.charAt(i));
        }
        dec++;
        i++;
      }
    }
    if (num.length() == 0 || num.toString().equals(".")) {
      return null;
    }
    if (intDigits > MAX_INTEGER_DIGITS) {
      return null;
    }
    String suffix = w.substring(i).toLowerCase(Locale.ROOT);
    if (suffix.startsWith(":") || suffix.startsWith(".") || suffix.startsWith(",")) {
      return null;
    }
    if (!suffix.isEmpty() && Character.isDigit(suffix.charAt(0))) {
      return null;
    }
    double v;
    try {
      v = Double.parseDouble(num.toString());
    } catch (NumberFormatException e) {
      return null;
    }
    if (Double.isInfinite(v) || Double.isNaN(v)) {
      return null;
    }
    boolean ordinal =
        intDigits > 0
            && num.indexOf(".") < 0
            && (suffix.equals("st")
                || suffix.equals("nd")
                || suffix.equals("rd")
                || suffix.equals("th")
                || suffix.startsWith("th-")
                || suffix.startsWith("st-")
                || suffix.startsWith("nd-")
                || suffix.startsWith("rd-"));
    if (!suffix.isEmpty()
        && !ordinal
        && !suffix.startsWith("-")
        && !suffix.startsWith("\u2013")
        && !suffix.startsWith("/")
        && !suffix.startsWith("\u2044")
        && !plausibleSuffix(suffix)) {
      return null;
    }
    return new Digits(negative ? -v : v, suffix, ordinal, intDigits, comma);
  }

  private static boolean threeDigitsAt(String w, int i) {
    if (i + 3 > w.length()) {
      return false;
    }
    for (int k = i; k < i + 3; k++) {
      if (!Character.isDigit(w.charAt(k))) {
        return false;
      }
    }
    return i + 3 == w.length() || !Character.isDigit(w.charAt(i + 3));
  }

  /** Letters glued to digits that can be a unit, a magnitude or a percent sign. */
  private static boolean plausibleSuffix(String s) {
    if (s.equals("%")) {
      return true;
    }
    if (s.length() > 6) {
      return false;
    }
    if (Lexicon.SHORT_MAGNITUDES.containsKey(s) || Lexicon.PERCENT_WORDS.contains(s)) {
      return true;
    }
    return Lexicon.MEASURE_UNITS.contains(s)
        || Lexicon.TIME_UNITS.contains(s)
        || Lexicon.MEASURE_UNITS.contains(s.replace("2", "").replace("3", ""))
        || s.equals("p")
        || s.equals("s")
        || s.equals("+")
        || s.equals("x");
  }
}
