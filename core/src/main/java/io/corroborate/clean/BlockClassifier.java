package io.corroborate.clean;

import io.corroborate.model.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which blocks of an article are site furniture, and of which kind, from each block's own
 * words and its place among the others: furniture above the first paragraph of reporting (the
 * header), and everything after a closing marker such as "Related articles" or "Show full article"
 * (the tail).
 *
 * <p>Rules that look at neighbours look either at a block that is itself removed (a caption after
 * its label, a closing marker before the tail) or at the kept blocks only, applied until nothing
 * changes; so cleaning a cleaned body again removes nothing more. Stateless and thread-safe.
 */
public final class BlockClassifier {

  private BlockClassifier() {}

  /**
   * The kind of each block, or null for a block of reporting.
   *
   * @param blocks the article's blocks in order (without a title already split off)
   */
  public static List<BlockKind> classify(List<Block> blocks) {
    return classify(blocks, true);
  }

  /**
   * The kind of each block, or null for a block of reporting.
   *
   * @param blocks the article's blocks in order (without a title already split off)
   * @param tail whether a closing marker ends the article for every block after it; a web page
   *     passes false and decides from its markup where the section that a marker heads ends
   */
  public static List<BlockKind> classify(List<Block> blocks, boolean tail) {
    List<BlockFeatures> features = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      features.add(new BlockFeatures(b.text()));
    }
    return classify(blocks, features, tail);
  }

  /** As {@link #classify(List, boolean)}, with each block's features already computed. */
  static List<BlockKind> classify(List<Block> blocks, List<BlockFeatures> features, boolean tail) {
    int n = blocks.size();
    BlockFeatures[] f = new BlockFeatures[n];
    BlockKind[] kind = new BlockKind[n];
    for (int i = 0; i < n; i++) {
      f[i] = features.get(i);
      kind[i] = BlockRules.classify(f[i]);
      if (kind[i] == null && "figcaption".equals(blocks.get(i).tag())) {
        kind[i] = BlockKind.PHOTO_CAPTION;
      }
    }
    if (tail) {
      classifyTail(f, kind, firstProse(f, kind));
    }
    labelCaptions(f, kind);
    while (classifyKept(f, kind)) {
      // repeat until the kept blocks are stable
    }
    List<BlockKind> out = new ArrayList<>(n);
    for (BlockKind k : kind) {
      out.add(k);
    }
    return out;
  }

  private static int firstProse(BlockFeatures[] f, BlockKind[] kind) {
    for (int i = 0; i < f.length; i++) {
      if (kind[i] == null && f[i].isProse()) {
        return i;
      }
    }
    return f.length;
  }

  /**
   * Rules over the kept blocks only: outlet names, repeated lines and section labels above the
   * first paragraph of reporting; author bios among the last kept blocks with the name lines above
   * them.
   *
   * @return whether any block changed
   */
  private static boolean classifyKept(BlockFeatures[] f, BlockKind[] kind) {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < f.length; i++) {
      if (kind[i] == null) {
        kept.add(i);
      }
    }
    int m = kept.size();
    int firstProse = m;
    for (int k = 0; k < m; k++) {
      if (f[kept.get(k)].isProse()) {
        firstProse = k;
        break;
      }
    }
    boolean changed = false;
    for (int k = 0; k < firstProse; k++) {
      int i = kept.get(k);
      BlockKind newKind = null;
      if (BlockRules.looksLikeOutletName(f[i]) || repeats(f, i, kept, k)) {
        newKind = BlockKind.SITE_NAME;
      } else if (BlockRules.isNavigation(f[i])) {
        newKind = BlockKind.NAVIGATION;
      }
      if (newKind != null) {
        kind[i] = newKind;
        changed = true;
      }
    }
    for (int k = m - 1; k >= Math.max(firstProse + 1, m - 3); k--) {
      int i = kept.get(k);
      if (kind[i] == null && BlockRules.isAuthorBio(f[i])) {
        kind[i] = BlockKind.AUTHOR_BIO;
        changed = true;
        for (int j = k - 1; j > firstProse && BlockRules.isNameLine(f[kept.get(j)]); j--) {
          kind[kept.get(j)] = BlockKind.AUTHOR_BIO;
        }
      }
    }
    return changed;
  }

  private static boolean repeats(BlockFeatures[] f, int i, List<Integer> kept, int k) {
    if (f[i].words > 6 || f[i].endsTerminal) {
      return false;
    }
    String a = f[i].core;
    return (k > 0 && f[kept.get(k - 1)].core.equals(a))
        || (k + 1 < kept.size() && f[kept.get(k + 1)].core.equals(a));
  }

  /**
   * After a closing marker everything is furniture, except that prose may resume after a mere label
   * ("Show full article") but never after a list or comments heading.
   */
  private static void classifyTail(BlockFeatures[] f, BlockKind[] kind, int firstProse) {
    int n = f.length;
    BlockKind zone = null;
    for (int i = firstProse + 1; i < n; i++) {
      if (BlockRules.isEndMarker(f[i])) {
        if (kind[i] == null) {
          kind[i] = BlockKind.UI_LABEL;
        }
        zone = kind[i];
        continue;
      }
      if (zone == null || kind[i] != null) {
        continue;
      }
      boolean listZone =
          zone == BlockKind.RELATED_LINKS
              || zone == BlockKind.COMMENT_FORM
              || zone == BlockKind.AUTHOR_BIO;
      if (!listZone && f[i].isProse() && !f[i].endsEllipsis && !BlockRules.isAuthorBio(f[i])) {
        zone = null; // reporting resumed after a stray label
        continue;
      }
      kind[i] = tailKind(f, i, zone);
    }
  }

  private static BlockKind tailKind(BlockFeatures[] f, int i, BlockKind zone) {
    if (BlockRules.isTagList(f[i])) {
      return BlockKind.TAGS;
    }
    if (BlockRules.isAuthorBio(f[i])) {
      return BlockKind.AUTHOR_BIO;
    }
    if (BlockRules.isNameLine(f[i])
        && i + 1 < f.length
        && (BlockRules.isAuthorBio(f[i + 1]) || BlockRules.isNameLine(f[i + 1]))) {
      return BlockKind.AUTHOR_BIO;
    }
    if (zone == BlockKind.COMMENT_FORM
        || zone == BlockKind.AUTHOR_BIO
        || zone == BlockKind.TRANSLATION_WIDGET) {
      return zone;
    }
    return BlockKind.RELATED_LINKS;
  }

  /** A short label right before a photo caption is the image's title. */
  private static void labelCaptions(BlockFeatures[] f, BlockKind[] kind) {
    for (int i = f.length - 2; i >= 0; i--) {
      if (kind[i] == null
          && kind[i + 1] == BlockKind.PHOTO_CAPTION
          && f[i].words <= 10
          && !f[i].endsTerminal
          && !f[i].core.isEmpty()) {
        kind[i] = BlockKind.PHOTO_CAPTION;
      }
    }
  }
}
