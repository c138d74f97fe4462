package io.corroborate.claims.quotes;

import java.util.ArrayList;
import java.util.List;

/** The paragraphs of a body: runs of text between blank lines, as body spans. */
final class Paragraphs {

  private Paragraphs() {}

  /** Paragraph spans {@code [start, end)}, trimmed of surrounding white space, in text order. */
  static List<int[]> of(String body) {
    List<int[]> out = new ArrayList<>();
    int n = body.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(body.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int lastNonSpace = i;
      while (i < n) {
        char c = body.charAt(i);
        if (c == '\n' && blankLineFollows(body, i)) {
          break;
        }
        if (!Character.isWhitespace(c)) {
          lastNonSpace = i;
        }
        i++;
      }
      out.add(new int[] {start, lastNonSpace + 1});
    }
    return out;
  }

  /** Whether the newline at {@code i} is followed by a line holding only white space. */
  private static boolean blankLineFollows(String s, int i) {
    int j = i + 1;
    while (j < s.length() && s.charAt(j) != '\n') {
      if (!Character.isWhitespace(s.charAt(j))) {
        return false;
      }
      j++;
    }
    return true;
  }
}
