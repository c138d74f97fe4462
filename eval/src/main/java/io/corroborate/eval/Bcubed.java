package io.corroborate.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** B-cubed precision, recall and F1, as {@code ../shared/eval/bcubed.py} defines them. */
record Bcubed(double precision, double recall, double f1) {

  static Bcubed of(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Set<String>> pc = new HashMap<>();
    Map<String, Set<String>> gc = new HashMap<>();
    for (String id : gold.keySet()) {
      String p = predicted.getOrDefault(id, "single:" + id);
      pc.computeIfAbsent(p, k -> new HashSet<>()).add(id);
      gc.computeIfAbsent(gold.get(id), k -> new HashSet<>()).add(id);
    }
    double ps = 0;
    double rs = 0;
    for (String id : gold.keySet()) {
      Set<String> sp = pc.get(predicted.getOrDefault(id, "single:" + id));
      Set<String> sg = gc.get(gold.get(id));
      int inter = 0;
      for (String x : sp) {
        if (sg.contains(x)) {
          inter++;
        }
      }
      ps += (double) inter / sp.size();
      rs += (double) inter / sg.size();
    }
    int n = Math.max(1, gold.size());
    double p = ps / n;
    double r = rs / n;
    return new Bcubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
