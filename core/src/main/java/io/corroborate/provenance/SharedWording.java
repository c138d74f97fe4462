package io.corroborate.provenance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of each side of a retelling other coverage words the same way. A retelling rewords its
 * source sentence by sentence, so it loses the exact phrases (quotes, official wording, the wire's
 * sentences) that the source shares with other reports of the same event; the source keeps them.
 * For a pair, the count of one side's word shingles found in articles outside both sides' groups of
 * text copies. Only the shingles of articles in a retelling pair are indexed. Not thread-safe.
 */
final class SharedWording {

  /** Groups remembered per shingle: enough to know it is found beyond the pair's two groups. */
  private static final int GROUPS_KEPT = 3;

  private final List<long[]> distinct;
  private final int[] group;
  private final Map<Long, Set<Integer>> groupsOf = new HashMap<>();

  /**
   * Indexes the shingles of the articles in {@code matches} against all articles.
   *
   * @param distinct each article's distinct shingles, sorted
   * @param group each article's group of text copies
   */
  SharedWording(List<long[]> distinct, int[] group, List<RewriteMatch> matches) {
    this.distinct = distinct;
    this.group = group;
    for (RewriteMatch m : matches) {
      for (long s : distinct.get(m.a())) {
        groupsOf.putIfAbsent(s, new HashSet<>());
      }
      for (long s : distinct.get(m.b())) {
        groupsOf.putIfAbsent(s, new HashSet<>());
      }
    }
    if (groupsOf.isEmpty()) {
      return;
    }
    for (int i = 0; i < distinct.size(); i++) {
      for (long s : distinct.get(i)) {
        Set<Integer> g = groupsOf.get(s);
        if (g != null && g.size() < GROUPS_KEPT) {
          g.add(group[i]);
        }
      }
    }
  }

  /** How many of {@code side}'s shingles articles outside both groups of the pair also hold. */
  int outside(int side, int other) {
    int own = group[side];
    int theirs = group[other];
    int n = 0;
    for (long s : distinct.get(side)) {
      Set<Integer> g = groupsOf.get(s);
      if (g == null) {
        continue;
      }
      for (int x : g) {
        if (x != own && x != theirs) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}
