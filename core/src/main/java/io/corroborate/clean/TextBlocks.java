package io.corroborate.clean;

import io.corroborate.model.OffsetMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits plain text into blocks: one per line, or one per paragraph when the text is hard-wrapped
 * (most lines broken near one width, paragraphs separated by blank lines). Each block maps back to
 * the text. Stateless and thread-safe.
 */
final class TextBlocks {

  private TextBlocks() {}

  /** A trimmed line: its range in the text. */
  record Line(int start, int end) {
    boolean isBlank() {
      return start == end;
    }
  }

  static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i <= n) {
      int eol = i;
      while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
        eol++;
      }
      int s = i;
      int e = eol;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      lines.add(new Line(s, e));
      if (eol >= n) {
        break;
      }
      i = eol + 1;
      if (text.charAt(eol) == '\r' && i < n && text.charAt(i) == '\n') {
        i++;
      }
    }
    return lines;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff';
  }

  /** The blocks of a text. */
  static List<Block> split(String text) {
    List<Line> lines = lines(text);
    boolean wrapped = isHardWrapped(lines);
    List<Block> blocks = new ArrayList<>();
    if (!wrapped) {
      for (Line l : lines) {
        if (!l.isBlank()) {
          blocks.add(Block.ofRange(text, l.start, l.end, "line"));
        }
      }
      return blocks;
    }
    List<Line> para = new ArrayList<>();
    for (Line l : lines) {
      if (l.isBlank()) {
        flush(text, para, blocks);
      } else {
        para.add(l);
      }
    }
    flush(text, para, blocks);
    return blocks;
  }

  private static void flush(String text, List<Line> para, List<Block> blocks) {
    if (para.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    OffsetMap.Builder map = OffsetMap.builder();
    for (Line l : para) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      map.copy(sb.length(), l.start, l.end - l.start);
      sb.append(text, l.start, l.end);
    }
    blocks.add(new Block(sb.toString(), map.build(sb.length()), "paragraph"));
    para.clear();
  }

  /**
   * Whether lines are broken at a fixed width: at least five lines, blank lines between paragraphs,
   * and most lines that continue a paragraph near the widest line's width.
   */
  static boolean isHardWrapped(List<Line> lines) {
    int nonBlank = 0;
    int blank = 0;
    for (Line l : lines) {
      if (l.isBlank()) {
        blank++;
      } else {
        nonBlank++;
      }
    }
    if (nonBlank < 5 || blank == 0) {
      return false;
    }
    int[] lengths = new int[nonBlank];
    int k = 0;
    for (Line l : lines) {
      if (!l.isBlank()) {
        lengths[k++] = l.end - l.start;
      }
    }
    Arrays.sort(lengths);
    int width = lengths[(int) Math.floor(0.9 * (nonBlank - 1))];
    if (width < 40 || width > 100) {
      return false;
    }
    int continuing = 0;
    int nearWidth = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line l = lines.get(i);
      if (!l.isBlank() && !lines.get(i + 1).isBlank()) {
        continuing++;
        if (l.end - l.start >= width * 0.7) {
          nearWidth++;
        }
      }
    }
    return continuing >= 3 && nearWidth * 10 >= continuing * 8;
  }
}
