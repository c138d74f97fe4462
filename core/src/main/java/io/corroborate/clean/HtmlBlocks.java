package io.corroborate.clean;

import io.corroborate.model.OffsetMap;
import java.util.Arrays;
import org.jsoup.nodes.TextNode;

/**
 * Turns blocks of a {@link PageIndex} into {@link Block}s: their text with whitespace collapsed and
 * every character mapped to its position in the page source (through entities and line-ending
 * normalisation, by {@link SourceAligner}). Text nodes inside furniture are left out. One instance
 * per page; not thread-safe.
 */
final class HtmlBlocks {

  private final String source;
  private final PageIndex page;
  private StringBuilder text = new StringBuilder();
  private int[] positions = new int[256];
  private int[] positionEnds = new int[256];
  private int[] pos = new int[256];
  private int[] ends = new int[256];
  private int linkChars;

  /** Non-space characters inside links in the last block made. */
  int lastLinkChars() {
    return linkChars;
  }

  HtmlBlocks(String source, PageIndex page) {
    this.source = source;
    this.page = page;
  }

  /**
   * The block's text and map, or null when nothing of it is left.
   *
   * @param inFurniture per element, whether its text is left out
   */
  Block block(int b, boolean[] inFurniture) {
    text.setLength(0);
    linkChars = 0;
    for (int k = page.blockFirstText[b]; k < page.blockEndText[b]; k++) {
      int owner = page.textOwner[k];
      if (owner >= 0 && inFurniture[owner]) {
        continue;
      }
      append(page.texts[k]);
      if (page.textInLink[k]) {
        linkChars += page.textChars[k];
      }
    }
    int len = text.length();
    while (len > 0 && text.charAt(len - 1) == ' ') {
      len--;
    }
    if (len == 0) {
      return null;
    }
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
    return new Block(t, map.build(len), page.blockTag(b));
  }

  /** The invisible hyphen that marks where a long word may break. */
  static final char SOFT_HYPHEN = '\u00ad';

  private void append(TextNode node) {
    String decoded = node.getWholeText();
    int n = decoded.length();
    if (n == 0) {
      return;
    }
    if (pos.length < n) {
      pos = new int[Math.max(n, pos.length * 2)];
      ends = new int[pos.length];
    }
    int from = node.sourceRange().startPos();
    int to = node.sourceRange().endPos();
    if (from >= 0 && to >= from && to <= source.length()) {
      SourceAligner.align(source, from, to, decoded, pos, ends);
    } else {
      int anchor = Math.max(0, Math.min(source.length() - 1, parentStart(node)));
      Arrays.fill(pos, 0, n, anchor);
      Arrays.fill(ends, 0, n, anchor + 1);
    }
    for (int i = 0; i < n; i++) {
      char c = decoded.charAt(i);
      if (TextBlocks.isSpace(c)) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
          push(' ', pos[i], ends[i]);
        }
      } else if (c == SOFT_HYPHEN) {
        continue; // a hint where a line may break, never part of a word as read
      } else {
        push(c, pos[i], ends[i]);
      }
    }
  }

  private static int parentStart(TextNode node) {
    return node.parent() == null ? 0 : node.parent().sourceRange().startPos();
  }

  private void push(char c, int p, int e) {
    int len = text.length();
    if (len == positions.length) {
      positions = Arrays.copyOf(positions, len * 2);
      positionEnds = Arrays.copyOf(positionEnds, len * 2);
    }
    positions[len] = p;
    positionEnds[len] = e;
    text.append(c);
  }
}
