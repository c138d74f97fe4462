package io.corroborate.provenance;

import io.corroborate.model.AlignedPassage;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Relation;
import io.corroborate.util.DisjointSets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns verified pairs into one {@link CopyLink} per article. Each copy derives from one source,
 * chosen among the articles it copies: one it credits first, then the closest text. Cycles that
 * conflicting evidence could make are refused.
 *
 * <p>An article's origin is the root of the text it copied, followed passage by passage: when A
 * copies a part of B that B did not itself take from C (A's passages in B do not fall in B's
 * passages from C), B is the root of what A copied and A's origin is B, not C. A root carries its
 * own id when it is copied, or {@code external:<slug>} when it says it republishes an outlet's
 * report, or {@code external:} and a short hash of its normalised text when it names none (never a
 * counter, so the name does not depend on the corpus). Pairs sharing most of the shorter text that
 * end with different origins have them joined, so no such pair is left unlinked. Stateless and
 * thread-safe.
 */
public final class ProvenanceGraph {

  /**
   * Share of the characters a copy took from its source that must lie in the source's own copied
   * passages for the copy's origin to be the source's origin rather than the source itself.
   */
  static final double INHERITED_SHARE = 0.5;

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
    // the article whose own text is the root of what each article copied (itself for a root)
    int[] textRoot = new int[n];
    java.util.Arrays.fill(textRoot, -1);
    for (int i = 0; i < n; i++) {
      textRoot(i, parent, facts, textRoot);
    }
    // join origins that a strong pair connects, the source's origin naming both
    DisjointSets group = new DisjointSets(n);
    for (PairLink p : pairs) {
      if (!p.strong() || parent[p.copy()] == p) {
        continue;
      }
      int from = rootOfPassages(p.source(), p.evidence(), parent, facts, textRoot);
      int a = group.find(textRoot[p.copy()]);
      int b = group.find(from);
      if (a != b) {
        group.attach(a, b);
      }
    }
    // an origin is named once something copies from it
    boolean[] copied = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (textRoot[i] != i || group.find(i) != i) {
        copied[group.find(textRoot[i])] = true;
      }
    }
    List<CopyLink> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ArticleFacts f = facts.get(i);
      int g = group.find(textRoot[i]);
      ArticleFacts top = facts.get(g);
      String origin = null;
      if (parent[g] == null && top.syndicatedFrom() != null) {
        origin = externalName(top);
      } else if (copied[g]) {
        origin = top.id();
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
        out.add(
            new CopyLink(
                f.id(),
                syndicated ? Relation.SYNDICATED : Relation.INDEPENDENT,
                null,
                syndicated && origin == null ? externalName(f) : origin,
                f.creditedTo(),
                0,
                List.of()));
      }
    }
    return out;
  }

  /**
   * The name of a report outside the corpus that an article republishes: its outlet's slug, or a
   * short hash of the article's normalised text when it names none.
   */
  static String externalName(ArticleFacts f) {
    if (f.syndicatedFrom() != null && !f.syndicatedFrom().isEmpty()) {
      return "external:" + f.syndicatedFrom();
    }
    return "external:" + String.format(Locale.ROOT, "%012x", f.textHash() >>> 16);
  }

  /** Fills {@code root[i]}: the article whose own text is the root of what {@code i} copied. */
  private static int textRoot(int i, PairLink[] parent, List<ArticleFacts> facts, int[] root) {
    // walk up to the first article whose root is known (or a tree root), then fill down
    List<Integer> path = new ArrayList<>();
    int cur = i;
    while (root[cur] < 0 && parent[cur] != null) {
      path.add(cur);
      cur = parent[cur].source();
    }
    if (root[cur] < 0) {
      root[cur] = cur; // a tree root
    }
    for (int k = path.size() - 1; k >= 0; k--) {
      int c = path.get(k);
      root[c] = rootOfPassages(parent[c].source(), parent[c].evidence(), parent, facts, root);
    }
    return root[i];
  }

  /**
   * The root of the text of {@code source} that {@code taken} covers (spans of {@code source}'s
   * text in the passages' {@code from} side): {@code source}'s own origin when those passages lie
   * mostly in what {@code source} itself copied, or when {@code source} republishes a report from
   * outside; else {@code source} itself. {@code root[source]} must be known.
   */
  private static int rootOfPassages(
      int source,
      List<AlignedPassage> taken,
      PairLink[] parent,
      List<ArticleFacts> facts,
      int[] root) {
    PairLink up = parent[source];
    if (up == null) {
      return root[source];
    }
    if (facts.get(source).syndicatedFrom() != null || taken.isEmpty() || up.evidence().isEmpty()) {
      return root[source];
    }
    // the source's copied parts, as spans of its own text (the copy side of its link)
    long[] copied = new long[up.evidence().size()];
    int k = 0;
    for (AlignedPassage q : up.evidence()) {
      copied[k++] = ((long) q.start() << 32) | q.end();
    }
    long[] took = new long[taken.size()];
    k = 0;
    for (AlignedPassage q : taken) {
      took[k++] = ((long) q.fromStart() << 32) | q.fromEnd();
    }
    long[] a = union(took);
    long[] b = union(copied);
    long total = length(a);
    if (total == 0) {
      return root[source];
    }
    return overlap(a, b) >= INHERITED_SHARE * total ? root[source] : source;
  }

  /** Sorted, disjoint spans (start in the high half, end in the low half) covering the input. */
  private static long[] union(long[] spans) {
    long[] s = spans.clone();
    java.util.Arrays.sort(s);
    List<long[]> out = new ArrayList<>();
    for (long x : s) {
      long start = x >>> 32;
      long end = x & 0xffffffffL;
      if (end <= start) {
        continue;
      }
      if (!out.isEmpty() && start <= out.get(out.size() - 1)[1]) {
        long[] last = out.get(out.size() - 1);
        last[1] = Math.max(last[1], end);
      } else {
        out.add(new long[] {start, end});
      }
    }
    long[] r = new long[out.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = (out.get(i)[0] << 32) | out.get(i)[1];
    }
    return r;
  }

  private static long length(long[] spans) {
    long t = 0;
    for (long x : spans) {
      t += (x & 0xffffffffL) - (x >>> 32);
    }
    return t;
  }

  /** Characters two sorted disjoint span lists share. */
  private static long overlap(long[] a, long[] b) {
    long t = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      long as = a[i] >>> 32;
      long ae = a[i] & 0xffffffffL;
      long bs = b[j] >>> 32;
      long be = b[j] & 0xffffffffL;
      long lo = Math.max(as, bs);
      long hi = Math.min(ae, be);
      if (hi > lo) {
        t += hi - lo;
      }
      if (ae < be) {
        i++;
      } else {
        j++;
      }
    }
    return t;
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

  static double round(double v) {
    return Math.round(Math.max(0, Math.min(1, v)) * 10000) / 10000.0;
  }
}
