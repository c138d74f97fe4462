package io.corroborate.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds reader comments by their structure, whatever their markup is called: a run of sibling
 * elements of one kind (same tag, same class pattern), each opening with a short header that holds
 * a name and a date ("Ana K." then "3 March 2012 at 10:14", or "2 days ago"), then the comment's
 * text. An article's paragraphs never repeat such headers; a live blog's entries carry times, not
 * dates, and are left alone. Stateless and thread-safe.
 */
final class Threads {

  /** A thread has at least this many comments. */
  static final int MIN_ITEMS = 3;

  /** A comment's header lies in its first blocks. */
  static final int HEADER_BLOCKS = 4;

  /** How far above a header block the comment element may sit. */
  static final int LEVELS = 6;

  /** A header block is short. */
  static final int MAX_HEADER_CHARS = 100;

  /** A name is one to five words, this long at most. */
  static final int MAX_NAME_CHARS = 40;

  /** A comment says something beyond its header. */
  static final int MIN_ITEM_CHARS = 60;

  /** Dates written relative to now, as comment systems print them. */
  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b\\d+\\s+(?:second|minute|hour|day|week|month|year)s?\\s+ago\\b"
              + "|\\bvor\\s+\\d+\\s+(?:sekunde|minute|stunde|tag|woche|monat|jahr)"
              + "|\\bil y a\\s+\\d+\\s+(?:seconde|minute|heure|jour|semaine|mois|an)"
              + "|\\bhace\\s+\\d+\\s+(?:segundo|minuto|hora|d[ií]a|semana|mes|año)");

  private Threads() {}

  /**
   * For every element of the page, whether it is one comment of a thread. {@code skip} marks blocks
   * that are not text (leaked program text).
   */
  static boolean[] comments(PageIndex page, boolean[] skip) {
    int n = page.elementCount;
    byte[] seen = new byte[n];
    boolean[] proseSeen = new boolean[n];
    boolean[] date = new boolean[n];
    boolean[] name = new boolean[n];
    int[] chars = new int[n];
    for (int b = 0; b < page.blockCount; b++) {
      if (skip[b]) {
        continue;
      }
      int c = 0;
      for (int k = page.blockFirstText[b]; k < page.blockEndText[b]; k++) {
        c += page.textChars[k];
      }
      boolean isDate = false;
      boolean isName = false;
      if (c <= MAX_HEADER_CHARS) {
        StringBuilder sb = new StringBuilder();
        for (int k = page.blockFirstText[b]; k < page.blockEndText[b]; k++) {
          sb.append(page.texts[k].getWholeText());
        }
        String t = sb.toString().strip().replaceAll("\\s+", " ");
        int words = t.isEmpty() ? 0 : t.split(" ").length;
        isDate = DateText.parse(t) != null || RELATIVE.matcher(t.toLowerCase(Locale.ROOT)).find();
        isName =
            isDate
                ? besideTheDate(t)
                : words >= 1 && words <= 12 && c <= MAX_HEADER_CHARS && hasLetter(t);
      }
      boolean prose = c > MAX_HEADER_CHARS;
      for (int e = page.blockOwner[b], up = 0; e > 0 && up < LEVELS; e = page.parent[e], up++) {
        chars[e] += c;
        if (proseSeen[e] || seen[e] >= HEADER_BLOCKS) {
          continue;
        }
        seen[e]++;
        date[e] |= isDate;
        name[e] |= isName;
        proseSeen[e] |= prose;
      }
    }
    boolean[] out = new boolean[n];
    Map<String, Integer> groups = new HashMap<>();
    for (int p = 0; p < n; p++) {
      int candidates = 0;
      for (int c = p + 1; c < page.end[p]; c = page.end[c]) {
        if (looksLikeComment(page, c, date, name, chars)) {
          candidates++;
        }
      }
      if (candidates < MIN_ITEMS) {
        continue;
      }
      groups.clear();
      for (int c = p + 1; c < page.end[p]; c = page.end[c]) {
        String sig = signature(page, c);
        int v = groups.getOrDefault(sig, 0);
        // high half counts comment-like members, low half all members
        v += (1 << 16) + (looksLikeComment(page, c, date, name, chars) ? 1 : 0);
        groups.put(sig, v);
      }
      for (int c = p + 1; c < page.end[p]; c = page.end[c]) {
        if (!looksLikeComment(page, c, date, name, chars)) {
          continue;
        }
        int v = groups.get(signature(page, c));
        int members = v >>> 16;
        int like = v & 0xffff;
        if (like >= MIN_ITEMS && like * 2 >= members) {
          out[c] = true;
        }
      }
    }
    return out;
  }

  private static boolean looksLikeComment(
      PageIndex page, int c, boolean[] date, boolean[] name, int[] chars) {
    return page.block[c] && date[c] && name[c] && chars[c] >= MIN_ITEM_CHARS;
  }

  /** An element's kind: its tag and its class with numbers left out ("comment-1234"). */
  private static String signature(PageIndex page, int e) {
    String cls = page.elements[e].className();
    StringBuilder sb = new StringBuilder(page.tag[e]).append('|');
    for (int i = 0; i < cls.length(); i++) {
      char ch = cls.charAt(i);
      if (!Character.isDigit(ch)) {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  /**
   * Whether a line with a date also holds something else, as a comment header that names its writer
   * does ("ana_k 2 days ago", "Tom Brenn says: May 3, 2023 at 6:02 pm"): a word that is not a
   * number, a short function word or part of how dates are written.
   */
  static boolean besideTheDate(String line) {
    String lower = RELATIVE.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ");
    for (String w : lower.split("[\\s,;:|()\\[\\]\u2013\u2014\u00b7\u2022/-]+")) {
      String word = w.replaceAll("^[^\\p{L}\\p{N}_]+|[^\\p{L}\\p{N}_]+$", "");
      if (word.length() < 3 || !hasLetter(word) || DateText.isCalendarWord(word)) {
        continue;
      }
      if (Character.isDigit(word.charAt(0))) {
        continue; // "3rd", "18h02"
      }
      return true;
    }
    return false;
  }

  private static boolean hasLetter(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
