package io.corroborate.clean;

import io.corroborate.util.WordLists;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A flat index of a parsed page, built in one iterative walk: its elements in document order with
 * their parents and subtree ends, its text nodes with cheap statistics, and its text segmented into
 * blocks (the runs of inline text between block-level boundaries), each with the element that owns
 * it. Later stages work on these arrays instead of walking the DOM again, so every decision is
 * linear in the size of the page and deep nesting cannot overflow the stack. One instance per page;
 * not thread-safe.
 */
final class PageIndex {

  private static final WordLists WORDS = WordLists.read(PageIndex.class, "page-index.txt");

  static final Set<String> BLOCK_TAGS = WORDS.get("block-tags");

  /** Elements that hold no readable text. */
  static final Set<String> SKIP_TAGS = WORDS.get("skip-tags");

  // ---- elements, in document order (a parent before its descendants) ----
  Element[] elements = new Element[256];
  int[] parent = new int[256];

  /** One past the last descendant: the subtree of {@code i} is {@code [i, end[i])}. */
  int[] end = new int[256];

  String[] tag = new String[256];

  /** Whether each element is block-level (breaks the flow of text). */
  boolean[] block = new boolean[256];

  private boolean[] linkOpened = new boolean[256];
  int elementCount;

  // ---- text nodes, in document order ----
  TextNode[] texts = new TextNode[256];
  int[] textOwner = new int[256];
  int[] textChars = new int[256];
  boolean[] textInLink = new boolean[256];
  int textCount;

  // ---- blocks: runs of text nodes between block boundaries ----
  int[] blockOwner = new int[64];
  int[] blockFirstText = new int[64];
  int[] blockEndText = new int[64];
  int blockCount;

  private int openBlockText = -1;
  private int[] elementStack = new int[64];
  private int[] blockStack = new int[64];
  private int blockDepth;
  private int linkDepth;
  private int skipDepth = -1;

  /** Per element that directly holds them, its radio buttons and check boxes (poll options). */
  final java.util.Map<Integer, Integer> choices = new java.util.HashMap<>();

  private PageIndex() {}

  private static boolean isChoice(Element input) {
    String type = input.attr("type");
    return type.equalsIgnoreCase("radio") || type.equalsIgnoreCase("checkbox");
  }

  /** Indexes the subtree of {@code root} (normally the page's body). */
  static PageIndex of(Element root) {
    PageIndex p = new PageIndex();
    p.walk(root);
    return p;
  }

  private void walk(Element root) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              addText(t, depth);
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            String name = e.normalName();
            if (SKIP_TAGS.contains(name)) {
              if (name.equals("input") && depth > 0 && isChoice(e)) {
                choices.merge(elementStack[depth - 1], 1, Integer::sum);
              }
              return FilterResult.SKIP_ENTIRELY;
            }
            open(e, name, depth);
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element) {
              close(depth);
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    flush();
  }

  private void open(Element e, String name, int depth) {
    int i = elementCount++;
    if (i == elements.length) {
      int n = i * 2;
      elements = Arrays.copyOf(elements, n);
      parent = Arrays.copyOf(parent, n);
      end = Arrays.copyOf(end, n);
      tag = Arrays.copyOf(tag, n);
      block = Arrays.copyOf(block, n);
      linkOpened = Arrays.copyOf(linkOpened, n);
    }
    elements[i] = e;
    tag[i] = name;
    if (depth >= elementStack.length) {
      elementStack = Arrays.copyOf(elementStack, Math.max(depth + 1, elementStack.length * 2));
    }
    parent[i] = depth == 0 ? -1 : elementStack[depth - 1];
    elementStack[depth] = i;
    end[i] = i + 1;
    boolean isBlock = BLOCK_TAGS.contains(name);
    block[i] = isBlock;
    if (isBlock) {
      flush();
      if (blockDepth == blockStack.length) {
        blockStack = Arrays.copyOf(blockStack, blockDepth * 2);
      }
      blockStack[blockDepth++] = i;
    }
    boolean link = name.equals("a") && e.hasAttr("href");
    linkOpened[i] = link;
    if (link) {
      linkDepth++;
    }
  }

  private void close(int depth) {
    int i = elementStack[depth];
    end[i] = elementCount;
    if (block[i]) {
      flush();
      if (blockDepth > 0) {
        blockDepth--;
      }
    }
    if (linkOpened[i]) {
      linkDepth--;
    }
  }

  private void addText(TextNode t, int depth) {
    int k = textCount++;
    if (k == texts.length) {
      int n = k * 2;
      texts = Arrays.copyOf(texts, n);
      textOwner = Arrays.copyOf(textOwner, n);
      textChars = Arrays.copyOf(textChars, n);
      textInLink = Arrays.copyOf(textInLink, n);
    }
    texts[k] = t;
    textOwner[k] = depth == 0 ? -1 : elementStack[depth - 1];
    String s = t.getWholeText();
    int chars = 0;
    for (int j = 0; j < s.length(); j++) {
      if (!TextBlocks.isSpace(s.charAt(j))) {
        chars++;
      }
    }
    textChars[k] = chars;
    textInLink[k] = linkDepth > 0;
    if (openBlockText < 0) {
      openBlockText = k;
    }
  }

  private void flush() {
    if (openBlockText < 0) {
      return;
    }
    int chars = 0;
    for (int k = openBlockText; k < textCount; k++) {
      chars += textChars[k];
    }
    if (chars > 0) {
      int b = blockCount++;
      if (b == blockOwner.length) {
        int n = b * 2;
        blockOwner = Arrays.copyOf(blockOwner, n);
        blockFirstText = Arrays.copyOf(blockFirstText, n);
        blockEndText = Arrays.copyOf(blockEndText, n);
      }
      blockOwner[b] = blockDepth == 0 ? 0 : blockStack[blockDepth - 1];
      blockFirstText[b] = openBlockText;
      blockEndText[b] = textCount;
    }
    openBlockText = -1;
  }

  /** Whether element {@code a} is {@code d} or one of its ancestors. */
  boolean contains(int a, int d) {
    return d >= a && d < end[a];
  }

  /** The tag of a block's owner. */
  String blockTag(int b) {
    return tag[blockOwner[b]];
  }

  /** A short description of an element, for messages. */
  String describe(int i) {
    Element e = elements[i];
    StringBuilder sb = new StringBuilder(tag[i]);
    if (!e.id().isEmpty()) {
      sb.append('#').append(e.id());
    }
    if (!e.className().isEmpty()) {
      sb.append('.').append(e.className().strip().replace(' ', '.'));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
