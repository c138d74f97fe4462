package io.corroborate.clean;

import io.corroborate.model.BlockKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a page's article text and says which elements inside it are page
 * furniture.
 *
 * <p>Furniture is marked from general signals: navigation, aside, footer and form elements, ARIA
 * landmark roles, hidden elements, and class or id words such as "related", "share", "sidebar" or
 * "comments" ({@link ClassNames}). A furniture name on an element that holds most of the page's
 * prose is not believed (templates put words like "sidebar" on whole-page wrappers).
 *
 * <p>The container is chosen by three methods in order: the element whose text best matches the
 * page's own JSON-LD {@code articleBody}; an element whose name says "article body" and that holds
 * most of the page's reporting; and the element whose blocks have the greatest weight, where prose
 * blocks weigh their length and link lists, labels and short fragments weigh against (a
 * maximum-subtree form of the text-density methods of Readability and boilerpipe). One instance per
 * page; not thread-safe.
 */
final class MainContent {

  /** How the container was chosen, for metadata sources and debugging. */
  enum Method {
    JSON_LD,
    MARKUP,
    DENSITY
  }

  private static final int MIN_PROSE = 60;

  /** Prose that a furniture name cannot take away from the article. */
  private static final int MIN_GUARDED_PROSE = 150;

  final PageIndex page;
  final int[] signals;

  /** Elements marked as furniture by themselves (not counting ancestors). */
  final boolean[] furniture;

  /** Furniture that may hold the lead paragraph: headers and teasers. */
  final boolean[] mayHoldLead;

  /** Per block: characters and link characters outside furniture (ancestors counted). */
  final int[] chars;

  final int[] linkChars;
  final long[] mass;

  /** Per element, the weight of its blocks that count for it (prose). */
  final long[] positive;

  final int[] weight;

  /** Per block: program text outside {@code pre} or {@code code}, leaked from a broken script. */
  final boolean[] script;

  /** Per element: a reader's comment, told by its structure ({@link Threads}). */
  boolean[] comment;

  /** Per element, whether it lies in furniture anywhere on the page. */
  boolean[] globalFurniture;

  private final boolean relaxed;

  private MainContent(PageIndex page, boolean relaxed) {
    this.page = page;
    this.relaxed = relaxed;
    int n = page.elementCount;
    this.signals = new int[n];
    this.furniture = new boolean[n];
    this.mayHoldLead = new boolean[n];
    this.chars = new int[page.blockCount];
    this.linkChars = new int[page.blockCount];
    this.mass = new long[n];
    this.positive = new long[n];
    this.weight = new int[page.blockCount];
    this.script = new boolean[page.blockCount];
  }

  /** The analysis of an indexed page. */
  static MainContent of(PageIndex page) {
    return of(page, false);
  }

  /**
   * The analysis of an indexed page; {@code relaxed} believes only the surest furniture (hidden
   * elements, dialogs, comments), for the second attempt at a page whose first gave almost nothing.
   */
  static MainContent of(PageIndex page, boolean relaxed) {
    MainContent m = new MainContent(page, relaxed);
    m.markScript();
    m.markFurniture();
    m.weighBlocks();
    return m;
  }

  /** Whether this analysis believes only the surest furniture. */
  boolean relaxed() {
    return relaxed;
  }

  // ---- leaked script text ----

  private void markScript() {
    for (int b = 0; b < page.blockCount; b++) {
      ScriptText.Tally t = new ScriptText.Tally();
      boolean shown = false;
      for (int k = page.blockFirstText[b]; k < page.blockEndText[b] && !shown; k++) {
        shown = showsCode(page.textOwner[k]);
        t.add(page.texts[k].getWholeText());
      }
      script[b] = !shown && t.isCode();
    }
  }

  /** Whether an element is, or lies close inside, markup for code shown on purpose. */
  private boolean showsCode(int e) {
    for (int up = 0; e >= 0 && up < 4; e = page.parent[e], up++) {
      switch (page.tag[e]) {
        case "pre", "code", "kbd", "samp", "xmp", "listing" -> {
          return true;
        }
        default -> {
          // look further up
        }
      }
    }
    return false;
  }

  // ---- furniture ----

  private void markFurniture() {
    int n = page.elementCount;
    int[] reasons = new int[n];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Element e = page.elements[i];
      if (e.attributesSize() == 0) {
        reasons[i] = relaxed ? 0 : structuralReason(page.tag[i]);
        continue;
      }
      String cls = e.className();
      String id = e.id();
      if (cls.isEmpty() && id.isEmpty()) {
        signals[i] = ClassNames.NONE;
      } else {
        String key = id.isEmpty() ? cls : cls + "\u0000" + id;
        Integer known = seen.get(key);
        if (known == null) {
          known = ClassNames.signals(cls, id);
          seen.put(key, known);
        }
        signals[i] = known;
      }
      if ("articleBody".equals(e.attr("itemprop"))) {
        signals[i] |= ClassNames.ARTICLE_BODY;
      }
      reasons[i] = (signals[i] & ClassNames.ARTICLE_BODY) != 0 ? 0 : reason(i);
      if (relaxed && reasons[i] == ClassNames.FURNITURE) {
        reasons[i] = 0;
      }
    }
    // reader comments told by structure are never the article, whatever they are called
    this.comment = Threads.comments(page, script);
    for (int i = 0; i < n; i++) {
      if (comment[i]) {
        reasons[i] = ClassNames.NEVER_ARTICLE;
      }
    }
    int[] prose = new int[n];
    int[] proseBlocks = new int[n];
    for (int b = 0; b < page.blockCount; b++) {
      int c = 0;
      int l = 0;
      for (int k = page.blockFirstText[b]; k < page.blockEndText[b]; k++) {
        c += page.textChars[k];
        if (page.textInLink[k]) {
          l += page.textChars[k];
        }
      }
      if (c >= MIN_PROSE && l * 3 < c && !script[b]) {
        prose[page.blockOwner[b]] += c - l;
        proseBlocks[page.blockOwner[b]]++;
      }
    }
    // comments and the like hold prose that is never the article's: it does not count above them
    for (int i = n - 1; i > 0; i--) {
      if (page.parent[i] >= 0 && (reasons[i] != ClassNames.NEVER_ARTICLE || isPageEnd(i))) {
        prose[page.parent[i]] += prose[i];
        proseBlocks[page.parent[i]] += proseBlocks[i];
      }
    }
    int total = n == 0 ? 0 : prose[0];
    markPolls(reasons, prose);
    for (int i = 0; i < n; i++) {
      if (reasons[i] == 0) {
        continue;
      }
      boolean holdsTheProse =
          prose[i] * 2 >= total && prose[i] >= MIN_GUARDED_PROSE && proseBlocks[i] >= 2;
      // "footer" on a wrapper around nearly all of the page's prose names the template, not it
      boolean wrapsThePage =
          isPageEnd(i)
              && prose[i] * 3 >= total * 2
              && prose[i] >= MIN_GUARDED_PROSE
              && proseBlocks[i] >= 3;
      furniture[i] = reasons[i] == ClassNames.NEVER_ARTICLE ? !wrapsThePage : !holdsTheProse;
      mayHoldLead[i] =
          reasons[i] == ClassNames.FURNITURE
              && (page.tag[i].equals("header")
                  || ((signals[i] & ClassNames.HEADER_ONLY) != 0
                      && page.elements[i].attr("role").isEmpty()
                      && !isStructural(page.tag[i])));
    }
  }

  /** Choices a form needs to be a poll or a quiz rather than a box to tick. */
  static final int MIN_POLL_CHOICES = 3;

  /**
   * A poll: a form of radio buttons or check boxes, with the question and the results beside it.
   * The element that holds the form is furniture when it holds little prose of its own (a
   * newsletter form inside an article body leaves the body alone).
   */
  private void markPolls(int[] reasons, int[] prose) {
    if (page.choices.isEmpty()) {
      return;
    }
    Map<Integer, Integer> forms = new HashMap<>();
    for (Map.Entry<Integer, Integer> c : page.choices.entrySet()) {
      int f = c.getKey();
      while (f > 0 && !page.tag[f].equals("form")) {
        f = page.parent[f];
      }
      forms.merge(f > 0 ? f : c.getKey(), c.getValue(), Integer::sum);
    }
    for (Map.Entry<Integer, Integer> f : forms.entrySet()) {
      int p = page.parent[f.getKey()];
      if (f.getValue() >= MIN_POLL_CHOICES && p > 0 && prose[p] < MIN_GUARDED_PROSE) {
        reasons[p] = ClassNames.FURNITURE;
      }
    }
  }

  /**
   * Whether an element is never the article only because its name or tag says "footer": a word
   * templates also put on whole-page wrappers.
   */
  private boolean isPageEnd(int i) {
    if (comment[i] || isHidden(page.elements[i])) {
      return false;
    }
    int s = signals[i];
    if ((s & ClassNames.NEVER_ARTICLE) != 0) {
      return (s & ClassNames.PAGE_END) != 0
          && !page.tag[i].equals("aside")
          && !page.tag[i].equals("nav");
    }
    return page.tag[i].equals("footer");
  }

  /** The kind of furniture an element is, for the list of removed blocks, or null. */
  BlockKind furnitureKind(int i) {
    switch (page.tag[i]) {
      case "figcaption":
        return BlockKind.PHOTO_CAPTION;
      case "nav", "menu":
        return BlockKind.NAVIGATION;
      case "address":
        return BlockKind.BYLINE;
      default:
        break;
    }
    Element e = page.elements[i];
    if (isHidden(e)) {
      return null;
    }
    if ("navigation".equalsIgnoreCase(e.attr("role"))) {
      return BlockKind.NAVIGATION;
    }
    return ClassNames.kindOf(e.className(), e.id());
  }

  private static boolean isStructural(String tag) {
    return switch (tag) {
      case "nav", "aside", "footer", "form", "menu", "figcaption", "address" -> true;
      default -> false;
    };
  }

  /** Why an element is furniture by its tag alone: a {@link ClassNames} constant, or 0. */
  private static int structuralReason(String name) {
    return switch (name) {
      case "nav", "aside", "footer", "menu" -> ClassNames.NEVER_ARTICLE;
      case "header", "form", "figcaption", "address" -> ClassNames.FURNITURE;
      default -> 0;
    };
  }

  /** Why an element is furniture by itself: a {@link ClassNames} constant, or 0. */
  private int reason(int i) {
    String name = page.tag[i];
    if (name.equals("html") || name.equals("body")) {
      return 0;
    }
    Element e = page.elements[i];
    if (isHidden(e)) {
      return ClassNames.NEVER_ARTICLE;
    }
    int byTag = structuralReason(name);
    if (byTag != 0 && !relaxed) {
      return byTag;
    }
    String role = e.attr("role");
    if (!role.isEmpty()) {
      switch (role.toLowerCase(Locale.ROOT)) {
        case "dialog", "alertdialog" -> {
          return ClassNames.NEVER_ARTICLE;
        }
        case "navigation",
            "complementary",
            "contentinfo",
            "banner",
            "search",
            "menu",
            "menubar",
            "toolbar",
            "alert",
            "tablist" -> {
          return ClassNames.FURNITURE;
        }
        default -> {
          // not furniture
        }
      }
    }
    int s = signals[i];
    if ((s & ClassNames.NEVER_ARTICLE) != 0) {
      return ClassNames.NEVER_ARTICLE;
    }
    return (s & ClassNames.FURNITURE) != 0 ? ClassNames.FURNITURE : 0;
  }

  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      return s.contains("display:none") || s.contains("visibility:hidden");
    }
    return false;
  }

  // ---- block weights and mass ----

  private void weighBlocks() {
    boolean[] inFurniture = inFurniture(0);
    this.globalFurniture = inFurniture;
    for (int b = 0; b < page.blockCount; b++) {
      int c = 0;
      int l = 0;
      for (int k = page.blockFirstText[b]; k < page.blockEndText[b]; k++) {
        int owner = page.textOwner[k];
        if (owner >= 0 && inFurniture[owner]) {
          continue;
        }
        c += page.textChars[k];
        if (page.textInLink[k]) {
          l += page.textChars[k];
        }
      }
      chars[b] = c;
      linkChars[b] = l;
      weight[b] = weigh(b, c, l);
      mass[page.blockOwner[b]] += weight[b];
      if (weight[b] > 0) {
        positive[page.blockOwner[b]] += weight[b];
      }
    }
    for (int i = page.elementCount - 1; i > 0; i--) {
      if (page.parent[i] >= 0) {
        mass[page.parent[i]] += mass[i];
        positive[page.parent[i]] += positive[i];
      }
    }
  }

  private int weigh(int b, int c, int l) {
    if (c == 0) {
      return 0;
    }
    if (script[b]) {
      return -c;
    }
    int w = c >= 80 || (c >= 30 && endsSentence(b)) ? c - 2 * l : c / 2 - 2 * l;
    return w;
  }

  /** Whether a block's last visible character ends a sentence. */
  boolean endsSentence(int b) {
    for (int k = page.blockEndText[b] - 1; k >= page.blockFirstText[b]; k--) {
      String s = page.texts[k].getWholeText();
      for (int j = s.length() - 1; j >= 0; j--) {
        char ch = s.charAt(j);
        if (TextBlocks.isSpace(ch)) {
          continue;
        }
        if (ch == '"' || ch == '\u201d' || ch == '\u00bb' || ch == ')' || ch == '\'') {
          continue;
        }
        return ch == '.'
            || ch == '!'
            || ch == '?'
            || ch == '\u3002'
            || ch == '\uff01'
            || ch == '\uff1f'
            || ch == ':'
            || ch == '\u2026';
      }
    }
    return false;
  }

  /**
   * For every element, whether it lies in furniture, counting furniture at or below {@code top}
   * (and never {@code top} itself or its ancestors): the furniture inside a chosen container.
   */
  boolean[] inFurniture(int top) {
    return inFurniture(top, false);
  }

  /** As {@link #inFurniture(int)}, leaving out headers and teasers when {@code lead} is set. */
  boolean[] inFurniture(int top, boolean lead) {
    int n = page.elementCount;
    boolean[] in = new boolean[n];
    for (int i = top + 1; i < page.end[top]; i++) {
      int p = page.parent[i];
      in[i] = (furniture[i] && !(lead && mayHoldLead[i])) || (p > top && in[p]);
    }
    if (top == 0) {
      in[0] = false;
    }
    return in;
  }

  // ---- choosing the container ----

  /** The chosen container and how it was found. */
  /**
   * The chosen container, how it was found, and the element its lead and continuation must stay in.
   */
  record Choice(int element, Method method, int scope) {}

  /** Chooses the container; {@code articleBody} is the page's JSON-LD article text, or null. */
  Choice choose(String articleBody) {
    int best = bestByMass();
    if (articleBody != null && !isTeaser(articleBody)) {
      int j = ArticleBodyMatch.best(this, articleBody);
      if (j >= 0) {
        return new Choice(j, Method.JSON_LD, scope(j));
      }
    }
    int marked = bestMarked(best);
    if (marked >= 0) {
      return new Choice(marked, Method.MARKUP, scope(marked));
    }
    int tight = tighten(best);
    return new Choice(tight, Method.DENSITY, tight == best ? scope(best) : best);
  }

  /** A child that holds this share of its parent's prose is the article; the rest is modules. */
  static final double DOMINANT_CHILD = 0.85;

  /**
   * Narrows a container to the child that holds nearly all of its prose, as long as one does: the
   * heaviest element often takes in the modules beside an article (a box of teasers, a call to
   * subscribe) when their paragraphs outweigh the links between. A lead or continuation next to the
   * narrowed container comes back through {@link #continuation}.
   */
  int tighten(int container) {
    int c = container;
    while (true) {
      int best = -1;
      for (int i = c + 1; i < page.end[c]; i = page.end[i]) {
        if (best < 0 || positive[i] > positive[best]) {
          best = i;
        }
      }
      if (best < 0
          || !page.block[best]
          || positive[best] <= 0
          || positive[best] < DOMINANT_CHILD * positive[c]) {
        return c;
      }
      c = best;
    }
  }

  /**
   * A statement cut short ("...") is a teaser: it says where the article starts, not what it is.
   */
  static boolean isTeaser(String articleBody) {
    String t = articleBody.strip();
    return t.endsWith("...") || t.endsWith("\u2026") || t.endsWith("[...]");
  }

  private int bestByMass() {
    int best = 0;
    for (int i = 1; i < page.elementCount; i++) {
      if (page.block[i] && mass[i] >= mass[best] && mass[i] > 0) {
        best = i;
      }
    }
    return best;
  }

  /** The element named as the article body that holds most of the best container's weight. */
  private int bestMarked(int best) {
    int chosen = -1;
    for (int i = 0; i < page.elementCount; i++) {
      if ((signals[i] & ClassNames.ARTICLE_BODY) == 0 || mass[i] <= 0) {
        continue;
      }
      if (chosen < 0 || mass[i] > mass[chosen]) {
        chosen = i;
      }
    }
    if (chosen < 0 || mass[chosen] * 2 < mass[best]) {
      return -1;
    }
    return chosen;
  }

  /** The blocks inside a container, in order. */
  List<Integer> blocksIn(int container) {
    List<Integer> out = new ArrayList<>();
    for (int b = 0; b < page.blockCount; b++) {
      if (page.contains(container, page.blockOwner[b])) {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * Paragraphs of prose just outside the container that continue it: a lead paragraph between the
   * headline and the article body, or the rest of a body that an advertisement split. They must lie
   * in the scope of the choice (the nearest {@code article} or {@code main} element around the
   * container, else its grandparent; for a container narrowed by {@link #tighten}, the element it
   * was narrowed from), and no link list, label or heading may stand between them and the
   * container. Before the container, a header or teaser element may hold the lead.
   *
   * @return blocks before the container (nearest last) and after it, in document order
   */
  List<Integer> continuation(int container, int scope, List<Integer> inside, boolean before) {
    List<Integer> out = new ArrayList<>();
    if (inside.isEmpty()) {
      return out;
    }
    if (before) {
      boolean[] leadFurniture = leadFurniture();
      for (int b = inside.get(0) - 1; b >= 0; b--) {
        int owner = page.blockOwner[b];
        if (!page.contains(scope, owner) || page.contains(container, owner)) {
          break;
        }
        int c = 0;
        int l = 0;
        for (int k = page.blockFirstText[b]; k < page.blockEndText[b]; k++) {
          int o = page.textOwner[k];
          if (o < 0 || !leadFurniture[o]) {
            c += page.textChars[k];
            l += page.textInLink[k] ? page.textChars[k] : 0;
          }
        }
        if (c == 0) {
          continue;
        }
        if (isLead(b, c, l)) {
          out.add(0, b);
          if (out.size() == MAX_LEAD_BLOCKS) {
            break;
          }
        } else if (isHeading(b) || (chars[b] > 0 && c > MAX_TRANSPARENT)) {
          break;
        }
      }
      return out;
    }
    List<Integer> pending = new ArrayList<>();
    for (int b = inside.get(inside.size() - 1) + 1; b < page.blockCount; b++) {
      int owner = page.blockOwner[b];
      if (!page.contains(scope, owner)) {
        break;
      }
      if (chars[b] == 0) {
        continue;
      }
      if (weight[b] < 0) {
        break;
      }
      pending.add(b);
      if (isProse(b)) {
        out.addAll(pending);
        pending.clear();
      }
    }
    return out;
  }

  private boolean isProse(int b) {
    return weight[b] > 0 && isProse(b, chars[b], linkChars[b]);
  }

  boolean isProse(int b, int c, int l) {
    return !isHeading(b) && !script[b] && l * 4 < c && (c >= 80 || (c >= 30 && endsSentence(b)));
  }

  /** A lead is a paragraph or two. */
  static final int MAX_LEAD_BLOCKS = 2;

  /** A label this short ("Print", "Share") does not part a lead from the body. */
  static final int MAX_TRANSPARENT = 12;

  /** Whether a block can be the lead: a paragraph of prose, not a heading. */
  boolean isLead(int b, int c, int l) {
    return isProse(b, c, l);
  }

  private boolean isHeading(int b) {
    String t = page.blockTag(b);
    return t.length() == 2 && t.charAt(0) == 'h' && Character.isDigit(t.charAt(1));
  }

  /** Like {@link #globalFurniture}, but headers and teasers do not count: they may hold a lead. */
  boolean[] leadFurniture() {
    int n = page.elementCount;
    boolean[] in = new boolean[n];
    for (int i = 1; i < n; i++) {
      int p = page.parent[i];
      in[i] = (furniture[i] && !mayHoldLead[i]) || (p > 0 && in[p]);
    }
    return in;
  }

  /** How far up an {@code article} or {@code main} element is looked for. */
  static final int SCOPE_LEVELS = 6;

  /** The element an article's lead and continuation must stay in. */
  int scope(int container) {
    int p = page.parent[container];
    for (int a = p, up = 0; a >= 0 && up < SCOPE_LEVELS; a = page.parent[a], up++) {
      String t = page.tag[a];
      if (t.equals("article") || t.equals("main")) {
        // the article's header is often its sibling
        return page.parent[a] < 0 ? a : page.parent[a];
      }
    }
    if (p < 0) {
      return container;
    }
    return page.parent[p] < 0 ? p : page.parent[p];
  }
}
