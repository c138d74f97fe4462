package io.corroborate.clean;

import io.corroborate.model.OffsetMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the elements of a page's main content into blocks, one per block-level element, with every
 * character mapped to its position in the page source. Whitespace is collapsed, hidden and non-text
 * elements are skipped. Works iteratively, so deep nesting cannot overflow the stack.
 */
final class HtmlBlocks {

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dd",
          "dt",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "tbody",
          "thead",
          "figcaption",
          "figure",
          "caption",
          "address",
          "hr",
          "br",
          "center",
          "aside",
          "nav",
          "form",
          "fieldset",
          "details",
          "summary",
          "body",
          "html");

  static final Set<String> SKIP_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "canvas",
          "iframe",
          "object",
          "embed",
          "button",
          "select",
          "input",
          "textarea",
          "option",
          "head",
          "title",
          "meta",
          "link",
          "img",
          "picture",
          "video",
          "audio",
          "source",
          "map",
          "dialog");

  private final String source;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Double> linkDensities = new ArrayList<>();
  private StringBuilder text = new StringBuilder();
  private int[] positions = new int[256];
  private int[] positionEnds = new int[256];
  private int linkChars;
  private String tag = "p";

  private HtmlBlocks(String source) {
    this.source = source;
  }

  /** A block and the share of its characters inside links. */
  record LinkedBlock(Block block, double linkDensity) {}

  /** The blocks of the given elements, in document order. */
  static List<LinkedBlock> of(String source, List<Element> roots) {
    HtmlBlocks b = new HtmlBlocks(source);
    for (Element root : roots) {
      b.walk(root);
      b.flush();
    }
    List<LinkedBlock> out = new ArrayList<>(b.blocks.size());
    for (int i = 0; i < b.blocks.size(); i++) {
      out.add(new LinkedBlock(b.blocks.get(i), b.linkDensities.get(i)));
    }
    return out;
  }

  private void walk(Element root) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode) {
              appendText((TextNode) node);
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            Element e = (Element) node;
            String name = e.normalName();
            if (SKIP_TAGS.contains(name) || isHidden(e) || e.hasAttr(MainContent.PRUNED)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCK_TAGS.contains(name)) {
              flush();
              tag = name;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element && BLOCK_TAGS.contains(((Element) node).normalName())) {
              flush();
              tag = enclosingBlockTag(node.parent());
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
  }

  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.normalName().equals("body")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      return s.contains("display:none") || s.contains("visibility:hidden");
    }
    return false;
  }

  private void appendText(TextNode node) {
    String decoded = node.getWholeText();
    if (decoded.isEmpty()) {
      return;
    }
    int from = node.sourceRange().startPos();
    int to = node.sourceRange().endPos();
    int[] pos = new int[decoded.length()];
    int[] ends = new int[decoded.length()];
    if (from >= 0 && to >= from && to <= source.length()) {
      SourceAligner.align(source, from, to, decoded, pos, ends);
    } else {
      int anchor = Math.max(0, Math.min(source.length() - 1, parentStart(node)));
      java.util.Arrays.fill(pos, anchor);
      java.util.Arrays.fill(ends, anchor + 1);
    }
    boolean inLink = isInLink(node);
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (TextBlocks.isSpace(c)) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
          push(' ', pos[i], ends[i]);
        }
      } else {
        push(c, pos[i], ends[i]);
        if (inLink) {
          linkChars++;
        }
      }
    }
  }

  private static String enclosingBlockTag(Node node) {
    for (Node p = node; p != null; p = p.parent()) {
      if (p instanceof Element && BLOCK_TAGS.contains(((Element) p).normalName())) {
        return ((Element) p).normalName();
      }
    }
    return "div";
  }

  private static int parentStart(Node node) {
    Node p = node.parent();
    return p == null ? 0 : p.sourceRange().startPos();
  }

  private static boolean isInLink(Node node) {
    Node p = node.parent();
    for (int depth = 0; p != null && depth < 6; depth++, p = p.parent()) {
      if (p instanceof Element) {
        String n = ((Element) p).normalName();
        if (n.equals("a")) {
          return true;
        }
        if (BLOCK_TAGS.contains(n)) {
          return false;
        }
      }
    }
    return false;
  }

  private void push(char c, int pos, int end) {
    int len = text.length();
    if (len == positions.length) {
      positions = java.util.Arrays.copyOf(positions, len * 2);
      positionEnds = java.util.Arrays.copyOf(positionEnds, len * 2);
    }
    positions[len] = pos;
    positionEnds[len] = end;
    text.append(c);
  }

  private void flush() {
    int len = text.length();
    while (len > 0 && text.charAt(len - 1) == ' ') {
      len--;
    }
    if (len > 0) {
      String t = text.substring(0, len);
      OffsetMap.Builder map = OffsetMap.builder();
      int i = 0;
      while (i < len) {
        int j = i + 1;
        if (positionEnds[i] - positions[i] == 1) {
          while (j < len
              && positionEnds[j] - positions[j] == 1
              && positions[j] == positions[j - 1] + 1) {
            j++;
          }
          map.copy(i, positions[i], j - i);
        } else {
          while (j < len && positions[j] == positions[i] && positionEnds[j] == positionEnds[i]) {
            j++;
          }
          map.replace(i, j - i, positions[i], Math.max(0, positionEnds[i] - positions[i]));
        }
        i = j;
      }
      blocks.add(new Block(t, map.build(len), tag));
      int letters = (int) t.chars().filter(ch -> !Character.isWhitespace(ch)).count();
      linkDensities.add(letters == 0 ? 0.0 : Math.min(1.0, linkChars / (double) letters));
    }
    text = new StringBuilder();
    linkChars = 0;
  }
}
