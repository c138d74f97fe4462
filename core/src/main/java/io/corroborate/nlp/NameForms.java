package io.corroborate.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The normal forms names are compared by: lower case without diacritics, possessives split off,
 * leading titles dropped, and a spelling fold that absorbs common transliteration variants
 * ("Morenskiy", "Morenskyy", "Morensky" fold to one form). Stateless and thread-safe.
 */
public final class NameForms {

  /** Words that precede a name as a title or role, never part of it. */
  static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "professor",
          "sir",
          "dame",
          "lord",
          "president",
          "vice",
          "prime",
          "minister",
          "premier",
          "chancellor",
          "leader",
          "gen",
          "general",
          "col",
          "colonel",
          "maj",
          "major",
          "sen",
          "senator",
          "rep",
          "representative",
          "congressman",
          "congresswoman",
          "gov",
          "governor",
          "mayor",
          "judge",
          "justice",
          "chief",
          "secretary",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "lt",
          "capt",
          "captain",
          "sgt",
          "sergeant",
          "officer",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "rev",
          "father",
          "sheikh",
          "coach",
          "ukrainian",
          "russian",
          "us",
          "u.s");

  /** Function words skipped when forming acronyms. */
  static final Set<String> GLUE = Set.of("of", "the", "for", "and", "de", "la", "du", "s", "&");

  private NameForms() {}

  /**
   * Lower case, no diacritics, no possessive, no leading titles: the words that identify a name.
   */
  public static String[] tokens(String name) {
    return tokens(name, true);
  }

  /**
   * Lower case, no diacritics, no possessive; leading titles dropped when asked (for people: not
   * for "U.S. Navy").
   */
  public static String[] tokens(String name, boolean dropTitles) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", " s");
    List<String> out = new ArrayList<>();
    for (String t : s.split("[^\\p{L}\\p{N}.]+")) {
      String w = t.endsWith(".") && t.length() > 2 ? t.substring(0, t.length() - 1) : t;
      if (w.isEmpty() || w.equals(".") || (dropTitles && out.isEmpty() && TITLES.contains(w))) {
        continue;
      }
      out.add(w);
    }
    return out.toArray(new String[0]);
  }

  /**
   * The spelling fold of one name word: doubled letters single, and a final "iy" or "ij" as "y", so
   * that transliterations of one name meet.
   */
  public static String fold(String word) {
    String s = foldOnce(word);
    // one pass can make a new double or a new ending ("...yiy" to "...yy"): fold to a fixed point
    for (String next = foldOnce(s); !next.equals(s); next = foldOnce(s)) {
      s = next;
    }
    return s;
  }

  private static String foldOnce(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    char prev = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.' || c == '-' && i == word.length() - 1) {
        continue;
      }
      if (c != prev || Character.isDigit(c)) {
        sb.append(c);
      }
      prev = c;
    }
    String s = sb.toString();
    if (s.length() > 4 && (s.endsWith("iy") || s.endsWith("ij") || s.endsWith("yi"))) {
      s = s.substring(0, s.length() - 2) + "y";
    }
    return s;
  }

  /** The folded words of a name joined by single spaces, or "" when nothing identifies it. */
  public static String key(String name) {
    return key(tokens(name, false));
  }

  /** The folded words joined by single spaces, possessive marks left out. */
  public static String key(String[] t) {
    StringBuilder sb = new StringBuilder();
    for (String w : t) {
      if (w.equals("s")) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(fold(w));
    }
    return sb.toString();
  }

  /**
   * The acronym of a name of several words ("Calder Valley Water Board" is "cvwb"), in lower case,
   * or null when the name has fewer than two words that count.
   */
  public static String acronym(String[] words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!GLUE.contains(w) && !w.isEmpty() && Character.isLetter(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.length() >= 2 ? sb.toString() : null;
  }

  /** Whether a name as written looks like an acronym: 2 to 8 capitals, dots allowed. */
  public static boolean looksLikeAcronym(String written) {
    String a = written.strip().replace(".", "");
    if (a.length() < 2 || a.length() > 8) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words of {@code shorter} occur, in order and adjacent, in {@code longer}. */
  public static boolean containsRun(String[] longer, String[] shorter) {
    outer:
    for (int i = 0; i + shorter.length <= longer.length; i++) {
      for (int k = 0; k < shorter.length; k++) {
        if (!longer[i + k].equals(shorter[k])) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
