package io.corroborate.stories;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.util.DisjointSets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copy groups from provenance: an article, the article it derives from, and every article with the
 * same origin, as one group that clustering never separates. Immutable once built.
 */
final class CopyGroups {

  private final Map<String, String> keyOf;

  private CopyGroups(Map<String, String> keyOf) {
    this.keyOf = keyOf;
  }

  /** The groups of the articles under the links (links to unknown articles are ignored). */
  static CopyGroups of(List<Article> articles, List<CopyLink> links) {
    return ofIds(articles.stream().map(Article::id).toList(), links);
  }

  /** The groups of the articles with these ids under the links, as {@link #of}. */
  static CopyGroups ofIds(List<String> articleIds, List<CopyLink> links) {
    Map<String, Integer> index = new HashMap<>();
    for (String id : articleIds) {
      index.putIfAbsent(id, index.size());
    }
    Map<String, Integer> origins = new HashMap<>();
    int n = index.size();
    DisjointSets sets = new DisjointSets(n + links.size() + 1);
    for (CopyLink l : links) {
      Integer a = index.get(l.articleId());
      if (a == null) {
        continue;
      }
      if (l.derivedFrom() != null && index.containsKey(l.derivedFrom())) {
        sets.union(a, index.get(l.derivedFrom()));
      }
      if (l.origin() != null) {
        Integer o = index.get(l.origin());
        if (o == null) {
          o = origins.computeIfAbsent(l.origin(), k -> n + origins.size());
        }
        sets.union(a, o);
      }
    }
    // the key of a group is the position of its first article, so it never depends on union order
    int[] first = new int[sets.size()];
    Arrays.fill(first, -1);
    for (int i = 0; i < n; i++) {
      int root = sets.find(i);
      if (first[root] < 0) {
        first[root] = i;
      }
    }
    Map<String, String> keys = new HashMap<>();
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      // every article has a key, a lone one its own: a copy that comes later gets the same key
      keys.put(e.getKey(), "copies:" + first[sets.find(e.getValue())]);
    }
    return new CopyGroups(keys);
  }

  /**
   * The group key of an article: the position of the first article of its group, its own when it is
   * alone (null for an article not among those the groups were made of).
   */
  String keyOf(String articleId) {
    return keyOf.get(articleId);
  }
}
