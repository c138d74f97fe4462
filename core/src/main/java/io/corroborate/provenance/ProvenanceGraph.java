package io.corroborate.provenance;

import io.corroborate.model.CopyLink;
import io.corroborate.model.Relation;
import io.corroborate.util.DisjointSets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns verified pairs into one {@link CopyLink} per article. Each copy derives from one source,
 * chosen among the articles it copies: one it credits first, then the closest text. Cycles that
 * conflicting evidence could make are refused. The root of each copy tree is its origin (its own
 * id, carried by itself too), or {@code external:<slug>} when the root says it republishes an
 * outlet's report ({@code external:1}, {@code external:2}... when it names none). Pairs sharing
 * most of the shorter text that end in different trees have their trees joined under one origin, so
 * no such pair is left unlinked. Stateless and thread-safe.
 */
public final class ProvenanceGraph {

  private ProvenanceGraph() {}

  /** The links of every article, in corpus order. */
  public static List<CopyLink> build(List<ArticleFacts> facts, List<PairLink> pairs) {
    int n = facts.size();
    List<List<PairLink>> asCopy = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      asCopy.add(new ArrayList<>());
    }
    for (PairLink p : pairs) {
      asCopy.get(p.copy()).add(p);
    }
    PairLink[] parent = new PairLink[n];
    for (int c = 0; c < n; c++) {
      ArticleFacts copy = facts.get(c);
      List<PairLink> options = new ArrayList<>(asCopy.get(c));
      // a credited source first, text copies before rewrites, the closest text, then a source
      // that copies nothing itself, so that copies hang from their origin rather than in chains
      options.sort(
          Comparator.comparing((PairLink p) -> !copy.credits(facts.get(p.source())))
              .thenComparing(p -> p.relation() == Relation.REWRITE)
              .thenComparing(p -> -Math.round(p.similarity() * 100))
              .thenComparing(p -> !asCopy.get(p.source()).isEmpty())
              .thenComparingInt(PairLink::source));
      for (PairLink p : options) {
        if (!reaches(parent, p.source(), c)) {
          parent[c] = p;
          break;
        }
      }
    }
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = rootOf(parent, i);
    }
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      size[root[i]]++;
    }
    // join trees that a strong pair connects, the source's tree giving the origin
    DisjointSets group = new DisjointSets(n);
    for (PairLink p : pairs) {
      if (!p.strong()) {
        continue;
      }
      group.attach(root[p.copy()], root[p.source()]);
    }
    String[] originOfGroup = new String[n];
    int unnamed = 0;
    for (int i = 0; i < n; i++) {
      if (root[i] != i) {
        continue;
      }
      int g = group.find(i);
      if (originOfGroup[g] != null) {
        continue;
      }
      ArticleFacts top = facts.get(g);
      if (top.syndicatedFrom() != null) {
        originOfGroup[g] =
            top.syndicatedFrom().isEmpty()
                ? "external:" + (++unnamed)
                : "external:" + top.syndicatedFrom();
      }
    }
    int[] groupSize = new int[n];
    for (int i = 0; i < n; i++) {
      groupSize[group.find(root[i])]++;
    }
    List<CopyLink> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ArticleFacts f = facts.get(i);
      int g = group.find(root[i]);
      String origin = originOfGroup[g];
      if (origin == null && groupSize[g] > 1) {
        origin = facts.get(g).id();
      }
      PairLink p = parent[i];
      if (p != null) {
        out.add(
            new CopyLink(
                f.id(),
                p.relation(),
                facts.get(p.source()).id(),
                origin,
                f.creditedTo(),
                round(p.similarity()),
                p.evidence()));
      } else {
        boolean syndicated = f.syndicatedFrom() != null;
        if (syndicated && origin == null) {
          origin =
              f.syndicatedFrom().isEmpty()
                  ? "external:" + (++unnamed)
                  : "external:" + f.syndicatedFrom();
        }
        out.add(
            new CopyLink(
                f.id(),
                syndicated ? Relation.SYNDICATED : Relation.INDEPENDENT,
                null,
                origin,
                f.creditedTo(),
                0,
                List.of()));
      }
    }
    return out;
  }

  private static boolean reaches(PairLink[] parent, int from, int target) {
    int cur = from;
    int steps = 0;
    while (cur >= 0 && steps <= parent.length) {
      if (cur == target) {
        return true;
      }
      cur = parent[cur] == null ? -1 : parent[cur].source();
      steps++;
    }
    return false;
  }

  private static int rootOf(PairLink[] parent, int i) {
    int cur = i;
    while (parent[cur] != null) {
      cur = parent[cur].source();
    }
    return cur;
  }

  static double round(double v) {
    return Math.round(Math.max(0, Math.min(1, v)) * 10000) / 10000.0;
  }
}
