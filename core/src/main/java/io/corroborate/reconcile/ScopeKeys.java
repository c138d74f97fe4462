package io.corroborate.reconcile;

import io.corroborate.util.WordLists;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces a time scope to the period it bounds, so that "in the past week" and "over the last week"
 * compare equal and a running total ("since mid-November", or no scope) differs from a weekly or
 * daily count. Stateless.
 */
final class ScopeKeys {

  private static final WordLists WORDS = WordLists.read(ScopeKeys.class, "scope-keys.txt");

  private static final Set<String> UNITS = WORDS.get("units");
  private static final Set<String> EACH = WORDS.get("each");

  private ScopeKeys() {}

  /** The key of a scope: "total", "each:day", "last:week", "in:november" and the like. */
  static String of(String scope) {
    if (scope == null || scope.isBlank()) {
      return "total";
    }
    String s = scope.toLowerCase(Locale.ROOT).strip();
    String[] w = s.split("\\s+");
    if (w[0].equals("since") || w[0].equals("by") || w[0].equals("until")) {
      return "total";
    }
    String unit = null;
    for (String x : w) {
      String singular = x.endsWith("s") ? x.substring(0, x.length() - 1) : x;
      if (UNITS.contains(singular)) {
        unit = singular;
      }
    }
    if (EACH.contains(w[0]) && unit != null) {
      return "each:" + unit;
    }
    if (unit != null) {
      StringBuilder key = new StringBuilder("last:");
      for (String x : w) {
        if (Character.isDigit(x.charAt(0)) || isNumberWord(x)) {
          key.append(x).append(' ');
        }
      }
      return key.append(unit).toString();
    }
    return "at:" + w[w.length - 1];
  }

  private static boolean isNumberWord(String x) {
    return Set.of(
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "24", "48",
            "72")
        .contains(x);
  }
}
