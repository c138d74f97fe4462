package io.corroborate.clean;

import io.corroborate.model.BlockKind;
import io.corroborate.model.NewsDate;
import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cleans plain text: finds the headline among the first lines (site furniture above it is
 * boilerplate), classifies every block, and keeps the reporting. Outlet, date and byline come from
 * the furniture lines that state them. Stateless and thread-safe.
 */
public final class TextCleaner {

  /** How many non-empty lines may precede or be the headline. */
  static final int TITLE_SEARCH_LINES = 5;

  static final int MAX_TITLE_CHARS = 200;

  private TextCleaner() {}

  /**
   * Cleans a text.
   *
   * @param text the text as read
   * @param splitTitle whether to look for a headline (files: yes; JSON {@code text}: no)
   */
  static Cleaned clean(String text, boolean splitTitle) {
    List<Block> blocks = TextBlocks.split(text);
    int titleIndex = splitTitle ? findTitle(blocks) : -1;
    List<BlockKind> header = new ArrayList<>();
    for (int i = 0; i < titleIndex; i++) {
      BlockFeatures f = new BlockFeatures(blocks.get(i).text());
      BlockKind k = BlockRules.classify(f);
      if (k == null) {
        k =
            BlockRules.isNavigation(f) && !BlockRules.looksLikeOutletName(f)
                ? BlockKind.NAVIGATION
                : BlockKind.SITE_NAME;
      }
      header.add(k);
    }
    List<Block> rest = blocks.subList(titleIndex + 1, blocks.size());
    List<BlockKind> kinds = BlockClassifier.classify(rest);

    BodyAssembler body = new BodyAssembler();
    for (int i = 0; i < titleIndex; i++) {
      body.add(blocks.get(i), header.get(i));
    }
    if (titleIndex >= 0) {
      body.add(blocks.get(titleIndex), BlockKind.TITLE);
    }
    body.addAll(rest, kinds);

    Map<String, String> sources = new TreeMap<>();
    String title = null;
    Span titleSpan = null;
    if (titleIndex >= 0) {
      Block t = blocks.get(titleIndex);
      title = t.text();
      titleSpan = t.span();
      sources.put("title", "text");
    }
    List<Block> all = new ArrayList<>(blocks.subList(0, Math.max(0, titleIndex)));
    all.addAll(rest);
    List<BlockKind> allKinds = new ArrayList<>(header);
    allKinds.addAll(kinds);
    String outlet = outlet(all, allKinds);
    NewsDate published = published(all, allKinds);
    String byline = byline(all, allKinds);
    if (outlet != null) {
      sources.put("outlet", "text");
    } else {
      outlet = FurnitureOutlet.of(all, allKinds);
      if (outlet != null) {
        sources.put("outlet", "furniture");
      }
    }
    if (published != null) {
      sources.put("published", "text");
    }
    if (byline != null) {
      sources.put("byline", "text");
    }
    return new Cleaned(
        body.bodyText(),
        body.bodyMap(),
        body.removed,
        body.credits,
        title,
        titleSpan,
        published,
        null,
        byline,
        outlet,
        null,
        null,
        false,
        false,
        sources);
  }

  /**
   * The index of the headline: the first of the first five blocks that looks like one, provided
   * every block above it looks like furniture; -1 when none qualifies.
   */
  static int findTitle(List<Block> blocks) {
    int limit = Math.min(TITLE_SEARCH_LINES, blocks.size());
    for (int i = 0; i < limit; i++) {
      BlockFeatures f = new BlockFeatures(blocks.get(i).text());
      if (looksLikeHeadline(f)) {
        return i;
      }
      if (f.isProse() || f.words > 12) {
        return -1; // reporting comes first: there is no headline line
      }
    }
    return -1;
  }

  static boolean looksLikeHeadline(BlockFeatures f) {
    String t = f.text.strip();
    if (t.length() > MAX_TITLE_CHARS || f.words < 3 || t.endsWith(".") || t.endsWith(":")) {
      return false;
    }
    BlockKind k = BlockRules.classify(f);
    if (k != null && !(k == BlockKind.RELATED_LINKS && f.isAllCaps())) {
      return false;
    }
    return !BlockRules.looksLikeOutletName(f) && !BlockRules.isNavigation(f);
  }

  private static String outlet(List<Block> blocks, List<BlockKind> kinds) {
    String best = null;
    for (int i = 0; i < blocks.size(); i++) {
      if (kinds.get(i) != BlockKind.SITE_NAME) {
        continue;
      }
      String core = BlockFeatures.stripDecoration(blocks.get(i).text()).strip();
      String lower = core.toLowerCase(Locale.ROOT);
      if (BlockRules.isDomain(lower)) {
        String host = lower.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        host = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
        if (best == null) {
          best = host;
        }
        continue;
      }
      if (core.isEmpty()) {
        continue;
      }
      boolean mixed = !core.equals(core.toUpperCase(Locale.ROOT));
      if (best == null
          || BlockRules.isDomain(best.toLowerCase(Locale.ROOT))
          || (mixed && best.equals(best.toUpperCase(Locale.ROOT)))) {
        best = core;
      }
    }
    return best;
  }

  private static NewsDate published(List<Block> blocks, List<BlockKind> kinds) {
    int limit = Math.min(blocks.size(), 12);
    for (int i = 0; i < limit; i++) {
      if (kinds.get(i) == BlockKind.DATE_LINE) {
        NewsDate d = DateText.parseDateLine(blocks.get(i).text());
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static String byline(List<Block> blocks, List<BlockKind> kinds) {
    int limit = Math.min(blocks.size(), 12);
    for (int i = 0; i < limit; i++) {
      if (kinds.get(i) == BlockKind.BYLINE) {
        String t = blocks.get(i).text().strip();
        int space = t.indexOf(' ');
        return space < 0 ? null : t.substring(space + 1).strip();
      }
    }
    return null;
  }
}
