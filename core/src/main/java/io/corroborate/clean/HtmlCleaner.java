package io.corroborate.clean;

import io.corroborate.model.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Cleans a web page: reads its metadata, finds the main content, turns it into blocks mapped to the
 * page source, and removes the furniture left inside (captions, share bars, link lists). Offsets
 * index the page source as read. Thread-safe: each call parses its own document.
 */
public final class HtmlCleaner {

  /** Link-heavy blocks are lists of links, not reporting. */
  static final double MAX_LINK_DENSITY = 0.5;

  private final int maxDepth;

  /** A cleaner that flattens nesting deeper than {@code maxDepth}. */
  public HtmlCleaner(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  Cleaned clean(String html, String url) {
    Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(maxDepth);
    Document doc = parser.parseInput(html, url == null ? "" : url);
    HtmlMetadata meta = HtmlMetadata.read(doc, url);
    MainContent.prune(doc);
    List<Element> roots = MainContent.find(doc);
    List<HtmlBlocks.LinkedBlock> linked = HtmlBlocks.of(html, roots);

    List<Block> blocks = new ArrayList<>(linked.size());
    for (HtmlBlocks.LinkedBlock lb : linked) {
      blocks.add(lb.block());
    }
    List<BlockKind> kinds = new ArrayList<>(BlockClassifier.classify(blocks));
    for (int i = 0; i < blocks.size(); i++) {
      HtmlBlocks.LinkedBlock lb = linked.get(i);
      if (kinds.get(i) == null
          && lb.linkDensity() > MAX_LINK_DENSITY
          && new BlockFeatures(lb.block().text()).words < 40) {
        kinds.set(i, BlockKind.RELATED_LINKS);
      }
    }
    dropTitleHeading(blocks, kinds, meta.title);

    BodyAssembler body = new BodyAssembler();
    body.addAll(blocks, kinds);
    String text = body.bodyText();
    boolean paywalled = Boolean.FALSE.equals(meta.accessibleForFree);
    boolean truncated = paywalled || text.endsWith("...") || text.endsWith("\u2026");
    return new Cleaned(
        text,
        body.bodyMap(),
        body.removed,
        body.credits,
        meta.title,
        null,
        meta.published,
        meta.modified,
        meta.byline,
        meta.outlet,
        meta.language,
        meta.url,
        truncated,
        paywalled,
        meta.sources);
  }

  /** The headline repeated as the first heading of the content is not body text. */
  private static void dropTitleHeading(List<Block> blocks, List<BlockKind> kinds, String title) {
    if (title == null) {
      return;
    }
    String t = normalise(title);
    for (int i = 0; i < blocks.size() && i < 3; i++) {
      if (kinds.get(i) != null) {
        continue;
      }
      Block b = blocks.get(i);
      if (b.isHeading() && normalise(b.text()).equals(t)) {
        kinds.set(i, BlockKind.TITLE);
      }
      return;
    }
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
  }
}
