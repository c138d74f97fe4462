package io.corroborate.stories;

import io.corroborate.model.ArticleProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names stories and events: the headline of the most central article (the one whose embedding is
 * closest to the group's mean), or, when no article has a usable headline, the group's most weighty
 * names and its key word ("Tara Reid, Promises Treatment Center: rehab"). Stateless.
 */
final class Titles {

  /** Longest headline used as a title. */
  static final int MAX_HEADLINE = 140;

  private Titles() {}

  /**
   * A title for the articles: the most central of their own headlines, else the most central lead
   * sentence short enough to serve, else names and key word; null when they say nothing.
   */
  static String of(List<ArticleProfile> members) {
    ArticleProfile central =
        central(members, p -> p.titled() && p.headline().length() <= MAX_HEADLINE);
    if (central == null) {
      central = central(members, p -> p.headline().length() <= MAX_HEADLINE);
    }
    if (central != null) {
      return central.headline();
    }
    String named = fromNames(members);
    if (named != null) {
      return named;
    }
    ArticleProfile any = central(members, p -> true);
    return any == null ? null : any.headline();
  }

  /** The member nearest the mean embedding (ties and no embeddings: the first with a headline). */
  static ArticleProfile central(List<ArticleProfile> members) {
    return central(members, p -> true);
  }

  /** Among members with a headline that passes the test, the one nearest the mean embedding. */
  static ArticleProfile central(
      List<ArticleProfile> members, java.util.function.Predicate<ArticleProfile> usable) {
    int dim = 0;
    for (ArticleProfile p : members) {
      dim = Math.max(dim, p.embedding().length);
    }
    ArticleProfile best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double[] mean = new double[dim];
    for (ArticleProfile p : members) {
      if (p.embedding().length == dim) {
        for (int k = 0; k < dim; k++) {
          mean[k] += p.embedding()[k];
        }
      }
    }
    for (ArticleProfile p : members) {
      if (p.headline() == null || !usable.test(p)) {
        continue;
      }
      double s = 0;
      if (dim > 0 && p.embedding().length == dim) {
        for (int k = 0; k < dim; k++) {
          s += mean[k] * p.embedding()[k];
        }
      }
      if (s > bestScore + 1e-9) {
        bestScore = s;
        best = p;
      }
    }
    return best;
  }

  private static String fromNames(List<ArticleProfile> members) {
    Map<String, Double> weight = new HashMap<>();
    Map<String, String> display = new HashMap<>();
    for (ArticleProfile p : members) {
      for (Map.Entry<String, Float> e : p.entities().entrySet()) {
        String key = e.getKey();
        String name = p.names().get(key);
        if (name == null || key.startsWith("m:")) {
          continue;
        }
        weight.merge(name, (double) e.getValue(), Double::sum);
        display.putIfAbsent(name, name);
      }
    }
    List<String> names = new ArrayList<>(weight.keySet());
    names.sort(Comparator.comparingDouble((String n) -> -weight.get(n)).thenComparing(n -> n));
    List<String> picked = new ArrayList<>();
    for (String n : names) {
      boolean covered = false;
      for (String q : picked) {
        if (q.contains(n) || n.contains(q)) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        picked.add(n);
      }
      if (picked.size() == 2) {
        break;
      }
    }
    String key = keyTerm(members, weight.keySet());
    if (picked.isEmpty()) {
      return key;
    }
    return String.join(", ", picked) + (key == null ? "" : ": " + key);
  }

  private static String keyTerm(List<ArticleProfile> members, java.util.Set<String> names) {
    java.util.Set<String> nameWords = new java.util.HashSet<>();
    for (String n : names) {
      for (String w : n.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
        nameWords.add(w);
      }
    }
    Map<String, Double> lead = new HashMap<>();
    for (ArticleProfile p : members) {
      for (Map.Entry<String, Float> e : p.leadTerms().entrySet()) {
        if (!e.getKey().startsWith("#") && !nameWords.contains(e.getKey())) {
          lead.merge(e.getKey(), (double) e.getValue(), Double::sum);
        }
      }
    }
    return lead.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }
}
