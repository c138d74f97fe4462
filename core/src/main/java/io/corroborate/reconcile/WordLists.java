package io.corroborate.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists of reconciliation, read once from {@code key-figures.txt} beside this class: one
 * list a line, its name, a colon and its comma-separated words or phrases. Immutable.
 */
final class WordLists {

  private static final String RESOURCE = "key-figures.txt";
  private static final Map<String, Set<String>> LISTS = load();

  private WordLists() {}

  /** The named list; fails when the resource lacks it. */
  static Set<String> get(String name) {
    Set<String> s = LISTS.get(name);
    if (s == null) {
      throw new IllegalStateException(RESOURCE + " has no list named " + name);
    }
    return s;
  }

  /** A case-insensitive pattern that finds any of the list's words or phrases as whole words. */
  static Pattern pattern(String name) {
    StringBuilder sb = new StringBuilder("\\b(?:");
    boolean first = true;
    for (String w : get(name)) {
      if (!first) {
        sb.append('|');
      }
      first = false;
      sb.append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
    }
    return Pattern.compile(sb.append(")\\b").toString(), Pattern.CASE_INSENSITIVE);
  }

  /** A list of {@code name=number} entries as a map. */
  static Map<String, Double> numbers(String name) {
    Map<String, Double> out = new HashMap<>();
    for (String w : get(name)) {
      int eq = w.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException(RESOURCE + ": " + name + " entry without '=': " + w);
      }
      out.put(w.substring(0, eq).strip(), Double.parseDouble(w.substring(eq + 1).strip()));
    }
    return Map.copyOf(out);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = WordLists.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        int colon = l.indexOf(':');
        if (l.isEmpty() || l.startsWith("#") || colon < 0) {
          continue;
        }
        Set<String> words = new LinkedHashSet<>();
        for (String w : List.of(l.substring(colon + 1).split(","))) {
          if (!w.isBlank()) {
            words.add(w.strip().toLowerCase(Locale.ROOT));
          }
        }
        out.put(l.substring(0, colon).strip(), Set.copyOf(words));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(out);
  }
}
