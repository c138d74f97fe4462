package io.corroborate.clean;

import io.corroborate.model.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a chosen container into the article's blocks: the container's own blocks with the lead and
 * the continuation that sit just outside it, each block classified as reporting (kind null) or as a
 * kind of furniture. Furniture found by markup inside the container is listed with the kind its
 * name says (a caption, a share bar), so that {@code removed} shows what was taken out. Stateless
 * and thread-safe; each call works on its own page.
 */
final class HtmlBody {

  /** A lead paragraph is a sentence or more, never a lone address or label. */
  static final int MIN_LEAD_WORDS = 8;

  /** A plain line that is part of the title says it when it has this many words. */
  static final int MIN_TITLE_WORDS = 3;

  /** Link-heavy blocks are lists of links, not reporting. */
  static final double MAX_LINK_DENSITY = 0.5;

  private HtmlBody() {}

  /**
   * The blocks of an article with the kind of each (null for reporting) and the index of each in
   * the page.
   */
  record Extraction(List<Block> blocks, List<BlockKind> kinds, List<Integer> ids) {

    /** Characters of reporting. */
    int reportingChars() {
      int n = 0;
      for (int i = 0; i < blocks.size(); i++) {
        if (kinds.get(i) == null) {
          n += blocks.get(i).text().length();
        }
      }
      return n;
    }
  }

  /** The article's blocks around and in {@code container}. */
  static Extraction extract(
      String html,
      PageIndex page,
      MainContent content,
      MainContent.Choice choice,
      String title,
      String articleBody) {
    // when the page states its article text, a lead must be part of that statement
    String statement = choice.method() == MainContent.Method.JSON_LD ? articleBody : null;
    return new Collector(html, page, content, choice.element(), choice.scope())
        .collect(title, statement);
  }

  /** Gathers the blocks of one container. */
  private static final class Collector {
    private final PageIndex page;
    private final MainContent content;
    private final int container;
    private final int scope;
    private final HtmlBlocks maker;
    private final boolean[] inFurniture;
    private final List<Integer> inside;
    private boolean[] leadInside;
    private boolean[] nothing;

    private final List<Block> blocks = new ArrayList<>();
    private final List<BlockKind> preset = new ArrayList<>();
    private final List<Integer> ids = new ArrayList<>();
    private final List<Integer> linkChars = new ArrayList<>();
    private final List<BlockFeatures> features = new ArrayList<>();

    Collector(String html, PageIndex page, MainContent content, int container, int scope) {
      this.page = page;
      this.content = content;
      this.container = container;
      this.scope = scope;
      this.maker = new HtmlBlocks(html, page);
      this.inFurniture = content.inFurniture(container);
      this.inside = content.blocksIn(container);
    }

    Extraction collect(String title, String statement) {
      boolean[] leadFurniture = content.leadFurniture();
      for (int b : content.continuation(container, scope, inside, true)) {
        if (content.script[b]) {
          continue;
        }
        Block block = maker.block(b, leadFurniture);
        if (block != null
            && !repeatsTheStart(block)
            && (statement == null || ArticleBodyMatch.overlap(block.text(), statement) >= 0.5)) {
          add(block, null, b, maker.lastLinkChars());
        }
      }
      boolean proseSeen = false;
      for (int b : inside) {
        if (content.script[b]) {
          continue; // program text leaked from a broken script: neither reporting nor furniture
        }
        Block block = maker.block(b, inFurniture);
        if (block != null) {
          add(block, null, b, maker.lastLinkChars());
          proseSeen |= features.get(features.size() - 1).isProse();
          continue;
        }
        if (!proseSeen) {
          Block lead = lead(b);
          if (lead != null) {
            add(lead, null, b, 0);
            proseSeen = true;
            continue;
          }
        }
        listFurniture(b);
      }
      for (int b : content.continuation(container, scope, inside, false)) {
        if (content.script[b]) {
          continue;
        }
        Block block = maker.block(b, content.globalFurniture);
        if (block != null) {
          add(block, null, b, maker.lastLinkChars());
        }
      }
      mergeDropCaps();
      return classify(title);
    }

    private void add(Block block, BlockKind kind, int id, int links) {
      blocks.add(block);
      preset.add(kind);
      ids.add(id);
      linkChars.add(links);
      features.add(new BlockFeatures(block.text()));
    }

    /** The lead paragraph in the container's header, or null. */
    private Block lead(int b) {
      if (leadInside == null) {
        leadInside = content.inFurniture(container, true);
      }
      Block lead = maker.block(b, leadInside);
      if (lead == null
          || !content.isLead(b, letters(lead.text()), maker.lastLinkChars())
          || new BlockFeatures(lead.text()).words < MIN_LEAD_WORDS
          || repeatsTheStart(lead)) {
        return null;
      }
      return lead;
    }

    /** A block wholly in furniture whose markup names its kind goes to the removed list. */
    private void listFurniture(int b) {
      int first = -1;
      for (int k = page.blockFirstText[b]; k < page.blockEndText[b] && first < 0; k++) {
        if (page.textChars[k] > 0) {
          first = k;
        }
      }
      if (first < 0) {
        return;
      }
      BlockKind kind = null;
      for (int e = page.textOwner[first]; e > container && kind == null; e = page.parent[e]) {
        if (content.furniture[e]) {
          kind = content.furnitureKind(e);
          if (kind == null) {
            return;
          }
        }
      }
      if (kind == null) {
        return;
      }
      if (nothing == null) {
        nothing = new boolean[page.elementCount];
      }
      Block raw = maker.block(b, nothing);
      if (raw != null) {
        add(raw, kind, b, maker.lastLinkChars());
      }
    }

    /** Whether a lead paragraph only repeats one of the first paragraphs of the body. */
    private boolean repeatsTheStart(Block lead) {
      for (int i = 0; i < inside.size() && i < 3; i++) {
        Block b = maker.block(inside.get(i), inFurniture);
        if (b != null && ArticleBodyMatch.overlap(lead.text(), b.text()) >= 0.5) {
          return true;
        }
      }
      return false;
    }

    /**
     * A drop cap set apart ("T" then "urkey, Poland and ...") joins the paragraph it opens, so the
     * first word stays whole.
     */
    private void mergeDropCaps() {
      for (int i = blocks.size() - 2; i >= 0; i--) {
        String a = blocks.get(i).text();
        String b = blocks.get(i + 1).text();
        if (preset.get(i) == null
            && preset.get(i + 1) == null
            && a.length() == 1
            && Character.isUpperCase(a.charAt(0))
            && !b.isEmpty()
            && Character.isLowerCase(b.charAt(0))) {
          Block x = blocks.get(i);
          Block y = blocks.get(i + 1);
          io.corroborate.model.OffsetMap.Builder map = io.corroborate.model.OffsetMap.builder();
          map.append(x.map(), 0);
          map.append(y.map(), a.length());
          blocks.set(i, new Block(a + b, map.build(a.length() + b.length()), y.tag()));
          features.set(i, new BlockFeatures(a + b));
          linkChars.set(i, linkChars.get(i) + linkChars.get(i + 1));
          blocks.remove(i + 1);
          preset.remove(i + 1);
          ids.remove(i + 1);
          linkChars.remove(i + 1);
          features.remove(i + 1);
        }
      }
    }

    private Extraction classify(String title) {
      List<Block> open = new ArrayList<>();
      List<BlockFeatures> openFeatures = new ArrayList<>();
      for (int i = 0; i < blocks.size(); i++) {
        if (preset.get(i) == null) {
          open.add(blocks.get(i));
          openFeatures.add(features.get(i));
        }
      }
      List<BlockKind> found = BlockClassifier.classify(open, openFeatures, false);
      List<BlockKind> kinds = new ArrayList<>(blocks.size());
      int j = 0;
      for (int i = 0; i < blocks.size(); i++) {
        kinds.add(preset.get(i) == null ? found.get(j++) : preset.get(i));
      }
      endSections(kinds);
      for (int i = 0; i < blocks.size(); i++) {
        if (kinds.get(i) != null) {
          continue;
        }
        String t = blocks.get(i).text();
        if (isAddress(t)) {
          kinds.set(i, BlockKind.SITE_NAME);
          continue;
        }
        int letters = letters(t);
        if (letters > 0
            && linkChars.get(i) > MAX_LINK_DENSITY * letters
            && features.get(i).words < 40) {
          kinds.set(i, BlockKind.RELATED_LINKS);
        }
      }
      dropTitleHeading(kinds, title);
      dropTrailingHeadings(kinds);
      return new Extraction(blocks, kinds, ids);
    }

    /**
     * A closing marker ("Related articles", "Comments") heads a section of furniture: the rest of
     * the element it sits in, or, when it sits directly in the container, the blocks after it up to
     * the next paragraph of prose.
     */
    private void endSections(List<BlockKind> kinds) {
      int n = blocks.size();
      boolean seenProse = false;
      for (int i = 0; i < n; i++) {
        BlockFeatures f = features.get(i);
        if (!BlockRules.isEndMarker(f) || !seenProse) {
          seenProse |= kinds.get(i) == null && f.isProse();
          continue;
        }
        BlockKind marker = kinds.get(i) == null ? BlockKind.UI_LABEL : kinds.get(i);
        kinds.set(i, marker);
        BlockKind zone =
            marker == BlockKind.COMMENT_FORM
                    || marker == BlockKind.AUTHOR_BIO
                    || marker == BlockKind.TRANSLATION_WIDGET
                ? marker
                : BlockKind.RELATED_LINKS;
        int section = page.parent[page.blockOwner[ids.get(i)]];
        boolean scoped = section > container && page.contains(container, section);
        int j = i + 1;
        for (; j < n; j++) {
          int owner = page.blockOwner[ids.get(j)];
          if (scoped) {
            if (!page.contains(section, owner)) {
              break;
            }
          } else if (features.get(j).isProse()) {
            break;
          }
          if (kinds.get(j) == null) {
            kinds.set(j, zone);
          }
        }
        i = j - 1;
      }
    }

    /**
     * The headline repeated at the top of the content is not body text: a top-level heading before
     * the first paragraph, or any heading there that says what the title says.
     */
    private void dropTitleHeading(List<BlockKind> kinds, String title) {
      String t = title == null ? null : normalise(title);
      for (int i = 0, open = 0; i < blocks.size() && open < 6; i++) {
        if (kinds.get(i) != null) {
          continue;
        }
        open++;
        Block b = blocks.get(i);
        String h = normalise(b.text());
        boolean saysTitle = t != null && !h.isEmpty() && (t.equals(h) || t.contains(h));
        if (!b.isHeading()) {
          // the headline printed again as a plain line (a styled div, a bold paragraph)
          if (saysTitle && (t.equals(h) || h.split(" ").length >= MIN_TITLE_WORDS)) {
            kinds.set(i, BlockKind.TITLE);
            return;
          }
          if (features.get(i).isProse()) {
            return;
          }
          continue;
        }
        if (b.tag().equals("h1") || saysTitle) {
          kinds.set(i, BlockKind.TITLE);
          return;
        }
      }
    }

    /** Headings after the last paragraph head nothing of the article: they label what follows. */
    private void dropTrailingHeadings(List<BlockKind> kinds) {
      for (int i = blocks.size() - 1; i >= 0; i--) {
        if (kinds.get(i) != null) {
          continue;
        }
        if (!blocks.get(i).isHeading()) {
          return;
        }
        kinds.set(i, BlockKind.RELATED_LINKS);
      }
    }
  }

  /** A block that is only a web address: the page's own, printed for paper copies. */
  static boolean isAddress(String s) {
    return (s.startsWith("http://") || s.startsWith("https://")) && s.indexOf(' ') < 0;
  }

  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().strip();
  }
}
