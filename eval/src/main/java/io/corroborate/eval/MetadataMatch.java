package io.corroborate.eval;

import io.corroborate.clean.DateText;
import io.corroborate.model.NewsDate;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How an extracted metadata field is compared with the expected one. Text is compared after Unicode
 * NFKC normalisation, lower-casing, curly quotes and dashes made plain and whitespace collapsed; a
 * field that both leave empty matches.
 *
 * <ul>
 *   <li>Title: equal, or equal once a site name set off by a separator ("Title | Site", "Site -
 *       Title") is dropped from either side.
 *   <li>Byline: equal, or one contains the other, after a leading "By" (in several languages) is
 *       dropped; Readability's expected bylines sometimes run on into the date.
 *   <li>Published time: the same instant to the second when both give a time with a zone offset,
 *       else the same calendar day as written.
 *   <li>Site name: equal or one contains the other ("Le Monde" and "Le Monde.fr").
 *   <li>Language: the same primary subtag ("en-US" and "en").
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class MetadataMatch {

  private static final String[] SEPARATORS = {
    " | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00bb ", " \u00b7 ", " _ ", " / ", ": "
  };

  private MetadataMatch() {}

  static boolean title(String expected, String actual) {
    String e = norm(expected);
    String a = norm(actual);
    if (e.isEmpty() || a.isEmpty()) {
      return e.isEmpty() && a.isEmpty();
    }
    return e.equals(a)
        || cores(e).contains(a)
        || cores(a).contains(e)
        || withSuffix(e, a)
        || withSuffix(a, e);
  }

  /** Whether {@code longer} is {@code shorter} and a short tail set off by punctuation. */
  private static boolean withSuffix(String longer, String shorter) {
    if (!longer.startsWith(shorter) || longer.length() == shorter.length()) {
      return false;
    }
    String rest = longer.substring(shorter.length()).strip();
    return !rest.isEmpty() && !Character.isLetterOrDigit(rest.charAt(0)) && rest.length() <= 40;
  }

  static boolean byline(String expected, String actual) {
    String e = stripBy(norm(expected));
    String a = stripBy(norm(actual));
    if (e.isEmpty() || a.isEmpty()) {
      return e.isEmpty() && a.isEmpty();
    }
    return e.equals(a) || (a.length() >= 3 && e.contains(a)) || (e.length() >= 3 && a.contains(e));
  }

  static boolean siteName(String expected, String actual) {
    String e = norm(expected);
    String a = norm(actual);
    if (e.isEmpty() || a.isEmpty()) {
      return e.isEmpty() && a.isEmpty();
    }
    return e.equals(a) || e.contains(a) || a.contains(e);
  }

  static boolean language(String expected, String actual) {
    return primary(expected).equals(primary(actual));
  }

  static boolean published(String expected, NewsDate actual) {
    NewsDate e = expected == null ? null : DateText.parse(expected);
    if (e == null || actual == null) {
      return e == null && actual == null;
    }
    if (e.offset() != null && actual.offset() != null && e.hasTime() && actual.hasTime()) {
      return e.approximateInstant().getEpochSecond()
          == actual.approximateInstant().getEpochSecond();
    }
    return e.date().equals(actual.date());
  }

  private static String primary(String lang) {
    String l = norm(lang);
    int cut = 0;
    while (cut < l.length() && Character.isLetter(l.charAt(cut))) {
      cut++;
    }
    return l.substring(0, cut);
  }

  private static String stripBy(String s) {
    for (String p : new String[] {"by ", "by: ", "von ", "par ", "por ", "di ", "door "}) {
      if (s.startsWith(p)) {
        return s.substring(p.length()).strip();
      }
    }
    return s;
  }

  /** The title without a site name before or after a separator. */
  private static Set<String> cores(String t) {
    Set<String> out = new HashSet<>();
    for (String sep : SEPARATORS) {
      int first = t.indexOf(sep);
      int last = t.lastIndexOf(sep);
      if (first > 0) {
        out.add(t.substring(first + sep.length()).strip());
        out.add(t.substring(0, first).strip());
      }
      if (last > 0 && last != first) {
        out.add(t.substring(0, last).strip());
        out.add(t.substring(last + sep.length()).strip());
      }
    }
    return out;
  }

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201a', '\u2032' -> c = '\'';
        case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2033' -> c = '"';
        case '\u2010', '\u2011', '\u2012' -> c = '-';
        default -> {
          // as is
        }
      }
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else {
        sb.append(c);
        space = false;
      }
    }
    return sb.toString().strip();
  }
}
