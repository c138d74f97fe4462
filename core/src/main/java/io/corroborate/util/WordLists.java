package io.corroborate.util;

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
 * Word lists read from a resource file beside the class that owns them: one list a line, its name,
 * a colon and its comma-separated words or phrases (lower-cased); blank lines and lines starting
 * with {@code #} are skipped. Immutable and thread-safe.
 */
public final class WordLists {

  private final String resource;
  private final Map<String, Set<String>> lists;

  private WordLists(String resource, Map<String, Set<String>> lists) {
    this.resource = resource;
    this.lists = lists;
  }

  /**
   * The lists of {@code resource}, found beside {@code owner}; fails when it is missing.
   *
   * @param owner the class the resource lies beside
   * @param resource its file name
   */
  public static WordLists read(Class<?> owner, String resource) {
    return new WordLists(resource, load(owner, resource));
  }

  /** The named list; fails when the resource lacks it. */
  public Set<String> get(String name) {
    Set<String> s = lists.get(name);
    if (s == null) {
      throw new IllegalStateException(resource + " has no list named " + name);
    }
    return s;
  }

  /** A case-insensitive pattern that finds any of the list's words or phrases as whole words. */
  public Pattern pattern(String name) {
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
  public Map<String, Double> numbers(String name) {
    Map<String, Double> out = new HashMap<>();
    for (String w : get(name)) {
      int eq = w.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException(resource + ": " + name + " entry without '=': " + w);
      }
      out.put(w.substring(0, eq).strip(), Double.parseDouble(w.substring(eq + 1).strip()));
    }
    return Map.copyOf(out);
  }

  private static Map<String, Set<String>> load(Class<?> owner, String resource) {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + owner);
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
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Map.copyOf(out);
  }
}
