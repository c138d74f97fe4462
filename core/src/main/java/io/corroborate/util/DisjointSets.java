package io.corroborate.util;

/**
 * Disjoint sets over the integers {@code 0..size-1} (union-find with path halving). {@link #union}
 * keeps the smaller root, so the root of a set is its smallest member and the result does not
 * depend on the order of the unions. Not thread-safe.
 */
public final class DisjointSets {

  private final int[] parent;

  /** {@code size} singleton sets. */
  public DisjointSets(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0: " + size);
    }
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  /** The number of elements. */
  public int size() {
    return parent.length;
  }

  /** The root of {@code i}'s set. */
  public int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the sets of {@code a} and {@code b}; the smaller root becomes the root of both. */
  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** Joins {@code child}'s set under {@code root}'s, whose root stays the root of both. */
  public void attach(int child, int root) {
    int rc = find(child);
    int rr = find(root);
    if (rc != rr) {
      parent[rc] = rr;
    }
  }
}
