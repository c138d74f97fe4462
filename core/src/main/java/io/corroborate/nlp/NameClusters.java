package io.corroborate.nlp;

import io.corroborate.util.DisjointSets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the names a story uses for the same person or organisation ("Morenskiy", "Morensky" and
 * "Danylo Morenskyy"; "CVWB" and "Estermont's Calder Valley Water Board") and gives each group one
 * display name, its fullest form. Matching is by normalised form, surname with transliteration
 * slack, contained name, and acronym. Immutable and thread-safe once built.
 */
public final class NameClusters {

  private static final Set<String> GLUE = Set.of("of", "the", "for", "and", "de", "la", "du", "s");

  private final Map<String, String> display = new HashMap<>();

  private NameClusters() {}

  /** Clusters the given names (duplicates allowed; more frequent forms break ties). */
  public static NameClusters of(Collection<String> names) {
    NameClusters c = new NameClusters();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String n : names) {
      if (n != null && !n.isBlank()) {
        counts.merge(n.strip(), 1, Integer::sum);
      }
    }
    List<String> distinct = new ArrayList<>(counts.keySet());
    int n = distinct.size();
    DisjointSets sets = new DisjointSets(n);
    List<String[]> tokens = new ArrayList<>(n);
    for (String d : distinct) {
      tokens.add(tokens(d));
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (same(distinct.get(i), tokens.get(i), distinct.get(j), tokens.get(j))) {
          sets.union(i, j);
        }
      }
    }
    Map<Integer, String> best = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int r = sets.find(i);
      String cur = best.get(r);
      String cand = distinct.get(i);
      if (cur == null || better(cand, counts.get(cand), cur, counts.get(cur))) {
        best.put(r, cand);
      }
    }
    for (int i = 0; i < n; i++) {
      c.display.put(distinct.get(i), best.get(sets.find(i)));
    }
    return c;
  }

  /** The display name of a name's cluster; a name never seen stands for itself. */
  public String canonical(String name) {
    if (name == null) {
      return null;
    }
    return display.getOrDefault(name.strip(), name.strip());
  }

  /** Whether two names are in one cluster. */
  public boolean same(String a, String b) {
    return canonical(a).equals(canonical(b));
  }

  private static boolean better(String a, int countA, String b, int countB) {
    int ta = tokens(a).length;
    int tb = tokens(b).length;
    if (ta != tb) {
      return ta > tb;
    }
    if (countA != countB) {
      return countA > countB;
    }
    return a.compareTo(b) < 0;
  }

  /** Whether two names can stand for the same entity. */
  static boolean same(String a, String[] ta, String b, String[] tb) {
    if (ta.length == 0 || tb.length == 0) {
      return false;
    }
    if (Arrays.equals(ta, tb)) {
      return true;
    }
    if (isAcronymOf(a, tb) || isAcronymOf(b, ta)) {
      return true;
    }
    if (ta.length > 1
        && tb.length > 1
        && (NameForms.containsRun(ta, tb) || NameForms.containsRun(tb, ta))) {
      return true;
    }
    String la = ta[ta.length - 1];
    String lb = tb[tb.length - 1];
    if (!similarSurname(la, lb)) {
      return false;
    }
    // surnames agree; first names must not contradict
    if (ta.length == 1 || tb.length == 1) {
      return true;
    }
    String fa = ta[0];
    String fb = tb[0];
    return fa.equals(fb) || fa.charAt(0) == fb.charAt(0) && (fa.length() <= 2 || fb.length() <= 2);
  }

  private static boolean similarSurname(String a, String b) {
    if (a.equals(b) || NameForms.fold(a).equals(NameForms.fold(b))) {
      return true;
    }
    if (a.length() < 5 || b.length() < 5 || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    return editDistance(a, b) <= 2 && commonPrefix(a, b) >= Math.min(a.length(), b.length()) - 2;
  }

  private static int commonPrefix(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static boolean isAcronymOf(String acronym, String[] words) {
    String a = acronym.strip().replace(".", "");
    if (a.length() < 2
        || a.length() > 8
        || !a.equals(a.toUpperCase(Locale.ROOT))
        || a.contains(" ")) {
      return false;
    }
    List<Character> initials = new ArrayList<>();
    for (String w : words) {
      if (!GLUE.contains(w) && !w.isEmpty()) {
        initials.add(w.charAt(0));
      }
    }
    String lower = a.toLowerCase(Locale.ROOT);
    // the acronym may cover the last words only ("Estermont's Calder Valley Water Board")
    for (int start = 0; start + lower.length() <= initials.size(); start++) {
      if (start + lower.length() != initials.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < lower.length(); k++) {
        if (initials.get(start + k) != lower.charAt(k)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, no diacritics, no possessive, no titles: the words that identify a name. */
  static String[] tokens(String name) {
    return NameForms.tokens(name);
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
