package io.corroborate.provenance;

import java.util.Arrays;

/**
 * A growable list of unordered pairs of small non-negative integers, each packed in one {@code
 * long} (smaller member in the high half), for building candidate pairs without boxing. Not
 * thread-safe.
 */
public final class PairList {

  private long[] keys = new long[64];
  private int size;

  /** The key of an unordered pair. */
  public static long key(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return ((long) lo << 32) | (hi & 0xffffffffL);
  }

  /** The smaller member of a pair key. */
  public static int first(long key) {
    return (int) (key >>> 32);
  }

  /** The larger member of a pair key. */
  public static int second(long key) {
    return (int) key;
  }

  /** Adds a pair; a pair of an item with itself is ignored. */
  public void add(int a, int b) {
    if (a == b) {
      return;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    keys[size++] = key(a, b);
  }

  /** Adds pair keys. */
  public void addAll(long[] more) {
    for (long k : more) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, Math.max(size * 2, 64));
      }
      keys[size++] = k;
    }
  }

  /** Number of pairs added, repeats included. */
  public int size() {
    return size;
  }

  /** The sorted keys with their multiplicities: {@code counts[i]} times {@code keys[i]}. */
  public Counted counted() {
    long[] s = Arrays.copyOf(keys, size);
    Arrays.sort(s);
    long[] k = new long[s.length];
    int[] c = new int[s.length];
    int m = 0;
    for (int i = 0; i < s.length; i++) {
      if (m > 0 && k[m - 1] == s[i]) {
        c[m - 1]++;
      } else {
        k[m] = s[i];
        c[m] = 1;
        m++;
      }
    }
    return new Counted(Arrays.copyOf(k, m), Arrays.copyOf(c, m));
  }

  /** Sorted distinct keys and how often each was added. */
  public record Counted(long[] keys, int[] counts) {}
}
