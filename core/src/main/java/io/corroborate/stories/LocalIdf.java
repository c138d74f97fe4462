package io.corroborate.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverse document frequencies within a group of articles (a story): what all of them share weighs
 * nothing, what sets some apart weighs most. Immutable once built; thread-safe.
 */
final class LocalIdf implements Idf {

  private final Map<Integer, Integer> df = new HashMap<>();
  private final double logN;

  LocalIdf(List<ArticleVector> group) {
    for (ArticleVector v : group) {
      for (int f : v.distinct) {
        df.merge(f, 1, Integer::sum);
      }
    }
    this.logN = Math.log(group.size() + 1);
  }

  @Override
  public float idf(int id) {
    Integer n = df.get(id);
    return (float) Math.max(0, logN - Math.log((n == null ? 0 : n) + 0.5));
  }
}
