package io.corroborate.provenance;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The first holders of each key of a {@link CopyIndex}. As in {@link LshBands}, a newcomer is
 * paired with every holder while there are at most {@link LshBands#MAX_BUCKET_PAIRS_SIZE}, then
 * with the first {@link LshBands#ANCHORS} only, so the work per article stays bounded. Most keys
 * have one holder: such a key costs one entry of a primitive map (no boxed key, no entry object); a
 * key with more holds a short list of its first holders. Not thread-safe.
 */
final class KeyHolders {

  private static final int ABSENT = Integer.MIN_VALUE;

  // key -> its only holder (>= 0), or -1 - the index of its list in {@code lists}
  private final Long2IntOpenHashMap byKey = new Long2IntOpenHashMap();

  // each: [how many held the key, the first holders...], at most MAX_BUCKET_PAIRS_SIZE of them
  private final List<int[]> lists = new ArrayList<>();

  KeyHolders() {
    byKey.defaultReturnValue(ABSENT);
  }

  /** Gives each holder of {@code key} a newcomer is paired with. */
  void forEachPaired(long key, IntConsumer each) {
    int v = byKey.get(key);
    if (v == ABSENT) {
      return;
    }
    if (v >= 0) {
      each.accept(v);
      return;
    }
    int[] list = lists.get(-1 - v);
    int count = list[0];
    int upTo = count < LshBands.MAX_BUCKET_PAIRS_SIZE ? count : LshBands.ANCHORS;
    for (int x = 0; x < upTo; x++) {
      each.accept(list[1 + x]);
    }
  }

  /** Files {@code holder} (a non-negative position) under {@code key}. */
  void add(long key, int holder) {
    int v = byKey.get(key);
    if (v == ABSENT) {
      byKey.put(key, holder);
      return;
    }
    if (v >= 0) {
      lists.add(new int[] {2, v, holder, 0});
      byKey.put(key, -lists.size());
      return;
    }
    int index = -1 - v;
    int[] list = lists.get(index);
    int count = list[0];
    if (count < LshBands.MAX_BUCKET_PAIRS_SIZE) {
      if (count + 1 == list.length) {
        list = Arrays.copyOf(list, Math.min(list.length * 2, LshBands.MAX_BUCKET_PAIRS_SIZE + 1));
        lists.set(index, list);
      }
      list[1 + count] = holder;
    }
    list[0] = count + 1;
  }
}
