package io.corroborate.claims.figures;

import io.corroborate.util.WordLists;
import java.util.List;
import java.util.Set;

/**
 * Numbers that are no quantities: dates ("March 3"), years ("in 2019"), clock times ("10:30 a.m."),
 * decades, phone numbers and identifiers ("call 988", "Route 66", "9 E 71st St"), list numbering
 * ("1."), pronoun uses of "one" ("the same one") and numbers that are part of a name ("iPhone 11",
 * "Big 12", "BBC One"). Works on tagged tokens and the numeric entity types CoreNLP's classifier
 * gives them. Stateless.
 */
final class Exclusions {

  private static final Set<String> YEAR_PREPOSITIONS =
      Set.of(
          "in", "since", "by", "from", "until", "till", "of", "during", "before", "after",
          "through", "to", "between", "and", "or", "the", "'s", "\u2019s", "year", "fiscal",
          "early", "late", "mid", "around", "circa", "summer", "winter", "spring", "autumn", "fall",
          "-", "\u2013", "on", "into", "last");

  /** Words before a number that make it a phone number ("contact" too, unlike an identifier). */
  private static final Set<String> PHONE_CUES =
      Lexicon.union(Lexicon.PHONE_CUES, Set.of("contact"));

  private static final WordLists WORDS = WordLists.read(Exclusions.class, "exclusions.txt");

  private static final Set<String> LOWERCASE_IDENTIFIER_CUES =
      WORDS.get("lowercase-identifier-cues");
  private static final Set<String> DETERMINER_ONE = WORDS.get("determiner-one");

  private Exclusions() {}

  /** Whether a number is a date, year, time, phone number, list number or part of a name. */
  static boolean excluded(List<Tok> toks, NumberRun run) {
    int s = run.start();
    int e = run.end();
    Tok first = toks.get(s);
    for (int i = s; i < e; i++) {
      String ner = toks.get(i).ner();
      if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("SET")) {
        // the classifier calls "three years" a DURATION, "March 3" a DATE, "5:00 AM" a TIME
        if (!QuantityScanner.hasUnitAfter(toks, e) || ner.equals("TIME")) {
          return true;
        }
      }
    }
    if ("s".equals(run.glued()) && run.value() != null) {
      return true; // decades: "the 1990s", "in their 20s"
    }
    Tok prev = s > 0 ? toks.get(s - 1) : null;
    Tok next = e < toks.size() ? toks.get(e) : null;
    if (next != null
        && Lexicon.CLOCK_WORDS.contains(next.lower())
        && run.value() != null
        && run.value() <= 24
        && !next.lower().equals("hrs")) {
      return true;
    }
    // "2 : 35 p. m.", "10 : 30": clock times written with spaced tokens
    if (prev != null
        && prev.word().equals(":")
        && s >= 2
        && QuantityScanner.allDigits(toks.get(s - 2).word())
        && first.word().length() == 2) {
      return true;
    }
    if (next != null
        && e + 2 < toks.size()
        && next.word().equals(":")
        && QuantityScanner.allDigits(toks.get(e + 1).word())
        && toks.get(e + 1).word().length() == 2
        && run.value() != null
        && run.value() <= 24) {
      return true;
    }
    if (next != null
        && (next.lower().equals("p.") || next.lower().equals("a."))
        && e + 1 < toks.size()
        && toks.get(e + 1).lower().startsWith("m")
        && run.value() != null
        && run.value() <= 24) {
      return true;
    }
    boolean integer =
        run.value() != null && run.value() == Math.rint(run.value()) && run.glued() == null;
    if (run.type() == NumberRun.Type.RANGE && e < toks.size()) {
      for (int k = e; k < Math.min(toks.size(), e + 3); k++) {
        Tok t = toks.get(k);
        if (Lexicon.IDENTIFIER_AFTER.contains(t.lower()) && t.capitalised()) {
          return true;
        }
        if (!t.capitalised()) {
          break;
        }
      }
    }
    boolean plainDigits = QuantityScanner.allDigits(first.word());
    // dates: "March 3", "3 March", "Jan. 5, 2025"
    if (integer
        && run.value() >= 1
        && run.value() <= 31
        && plainDigits
        && (QuantityScanner.isCalendar(prev) || QuantityScanner.isCalendar(next))) {
      return true;
    }
    // years: "in 2019", "the 2018 season", "2019 Rich List"; but "had 2000 troops" is a count
    if (integer
        && plainDigits
        && first.word().length() == 4
        && run.value() >= 1500
        && run.value() <= 2200
        && e == s + 1
        && !NumberReader.currencyBefore(toks, s)
        && !QuantityScanner.hasUnitAfter(toks, e)) {
      boolean countNext = next != null && next.tag().equals("NNS") && !next.capitalised();
      boolean temporalBefore =
          prev == null
              || YEAR_PREPOSITIONS.contains(prev.lower())
              || prev.isProper()
              || QuantityScanner.isCalendar(prev)
              || prev.tag().equals("POS");
      if (!countNext || temporalBefore) {
        return true;
      }
    }
    // phone numbers and identifiers: "call 988", "Route 66", "Unit 3", "(8255)"
    if (prev != null
        && integer
        && Lexicon.IDENTIFIER_CUES.contains(prev.lower())
        && (prev.capitalised() || LOWERCASE_IDENTIFIER_CUES.contains(prev.lower()))) {
      return true;
    }
    if (prev != null && integer && (prev.lower().equals("no.") || prev.lower().equals("#"))) {
      return true;
    }
    if (integer && plainDigits) {
      for (int k = Math.max(0, s - 4); k < s; k++) {
        if (PHONE_CUES.contains(toks.get(k).lower())) {
          return true;
        }
      }
      if (prev != null && prev.word().equals("(") && s >= 2 && phoneLike(toks.get(s - 2))) {
        return true;
      }
      // "16-18 Industrial Avenue", "9 E 71st St": an address
      for (int k = e; k < Math.min(toks.size(), e + 3); k++) {
        Tok t = toks.get(k);
        if (Lexicon.IDENTIFIER_AFTER.contains(t.lower()) && t.capitalised()) {
          return true;
        }
        if (!t.capitalised()) {
          break;
        }
      }
    }
    if (phoneLike(first)) {
      return true;
    }
    // list numbering: "1." or "2)" opening a sentence, or a number standing alone
    if (s == 0 && next != null && (next.word().equals(".") || next.word().equals(")")) && integer) {
      return true;
    }
    if (s == 0 && (next == null || next.isPunct() && e + 1 >= toks.size()) && integer) {
      return true;
    }
    // "the same one", "each one", "no one": a pronoun, not a count
    if (first.lower().equals("one")
        && prev != null
        && (DETERMINER_ONE.contains(prev.lower())
            || prev.tag().equals("PRP$")
            || prev.isAdjective())) {
      return true;
    }
    // "one who was still alive": a pronoun
    if (first.lower().equals("one")
        && next != null
        && (next.lower().equals("who") || next.lower().equals("whose"))) {
      return true;
    }
    // "one 52,000 barrel-a-day refinery": the article, not a count
    if (first.lower().equals("one")
        && next != null
        && NumberReader.parseDigits(next.word()) != null) {
      return true;
    }
    // part of a name: "iPhone 11", "Big 12", "S&P 500", "Game 7", "737 Max", "BBC One"
    String digits = first.word().startsWith("-") ? first.word().substring(1) : first.word();
    boolean nameNumber =
        integer
            && run.value() != null
            && Math.abs(run.value()) < 10000
            && (QuantityScanner.allDigits(digits) || first.capitalised() && s > 0);
    if (nameNumber && !NumberReader.currencyBefore(toks, s)) {
      // "the Big 12.", "COVID -19": a number closing a capitalised name
      if (prev != null
          && s > 1
          && prev.capitalised()
          && !QuantityScanner.isCalendar(prev)
          && (next == null
              || next.word().equals(".") && e + 1 >= toks.size()
              || first.word().startsWith("-") && !first.before().isEmpty())) {
        return true;
      }
      if (prev != null
          && nameLike(prev)
          && s > 1
          && !QuantityScanner.isCalendar(prev)
          && !QuantityScanner.hasUnitAfter(toks, e)
          && (next == null || !next.tag().equals("NNS"))
          && !(next != null
              && next.word().equals(",")
              && QuantityScanner.ageApposition(toks, s, e))) {
        return true;
      }
      if (prev != null
          && nameLike(prev)
          && s == 1
          && (next == null || next.isPunct() || next.isProper())) {
        return true;
      }
      if (next != null
          && next.isProper()
          && next.capitalised()
          && !QuantityScanner.isCalendar(next)
          && !pluralNounSoon(toks, e)
          && !QuantityScanner.hasUnitAfter(toks, e)) {
        return true;
      }
    }
    return false;
  }

  static boolean pluralNounSoon(List<Tok> toks, int from) {
    for (int k = from; k < Math.min(toks.size(), from + 4); k++) {
      Tok t = toks.get(k);
      if (t.tag().equals("NNS") || t.tag().equals("NNPS") && !t.capitalised()) {
        return true;
      }
      if (t.tag().equals("NNPS") || t.tag().equals("NNS")) {
        return true;
      }
      if (!(t.isProper() || t.isAdjective() || t.tag().equals("NN"))) {
        return false;
      }
    }
    return false;
  }

  /** A proper noun or a brand-like word with inner capitals ("iPhone"). */
  static boolean nameLike(Tok t) {
    if (t.isProper() && t.capitalised()) {
      return true;
    }
    String w = t.word();
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) && Character.isLetter(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  static boolean phoneLike(Tok t) {
    String w = t.word();
    int hyphens = 0;
    int digits = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '-') {
        hyphens++;
      } else if (Character.isDigit(c)) {
        digits++;
      }
    }
    return hyphens >= 2 && digits >= 6;
  }
}
