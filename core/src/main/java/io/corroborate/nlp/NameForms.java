package io.corroborate.nlp;

import io.corroborate.util.WordLists;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The normal forms names are compared by: lower case without diacritics, possessives split off,
 * leading titles dropped, and a spelling fold that absorbs common transliteration variants
 * ("Morenskiy", "Morenskyy", "Morensky" fold to one form). Stateless and thread-safe.
 */
public final class NameForms {

  /** Words that precede a name as a title or role, never part of it ({@code titles.txt}). */
  static final Set<String> TITLES = WordLists.read(NameForms.class, "titles.txt").get("titles");

  /**
   * Places and their adjectives ("Ukraine", "Ukrainian", "U.S.", "South Korean"), lower case
   * without dots, from CoreNLP's list of adjectival forms of place names: a name's leading words
   * that are one of them and stand before a title ("Ukrainian President ...") are a description,
   * not part of the name.
   */
  static final Set<String> PLACE_WORDS = placeWords();

  /** The longest place in words that {@link #PLACE_WORDS} holds and a name is read for. */
  private static final int PLACE_WORDS_MAX = 3;

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
      if (w.isEmpty() || w.equals(".")) {
        continue;
      }
      out.add(w);
    }
    int from = 0;
    while (dropTitles && from < out.size()) {
      if (TITLES.contains(out.get(from))) {
        from++;
        continue;
      }
      int place = placeBeforeTitle(out, from);
      if (place == 0) {
        break;
      }
      from += place;
    }
    return out.subList(from, out.size()).toArray(new String[0]);
  }

  /**
   * How many words from {@code from} name a place or its adjective that a title follows ("u.s
   * secretary", "south korean president"), or 0.
   */
  private static int placeBeforeTitle(List<String> words, int from) {
    StringBuilder sb = new StringBuilder();
    for (int k = 1; k <= PLACE_WORDS_MAX && from + k < words.size(); k++) {
      if (k > 1) {
        sb.append(' ');
      }
      sb.append(words.get(from + k - 1).replace(".", ""));
      if (PLACE_WORDS.contains(sb.toString()) && TITLES.contains(words.get(from + k))) {
        return k;
      }
    }
    return 0;
  }

  private static Set<String> placeWords() {
    String resource = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    Set<String> out = new HashSet<>();
    try (InputStream in = NameForms.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP's models lack " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String place : line.split("\t")) {
          String w = place.strip().toLowerCase(Locale.ROOT).replace(".", "");
          if (!w.isEmpty() && w.split(" ").length <= PLACE_WORDS_MAX) {
            out.add(w.replaceAll("\\s+", " "));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Set.copyOf(out);
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
