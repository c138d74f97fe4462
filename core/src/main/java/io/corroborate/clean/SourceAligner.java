package io.corroborate.clean;

/**
 * Finds, for each character of a text node's decoded text, its position in the page source, so that
 * offsets survive entity decoding and line-ending normalisation. Greedy: exact characters advance
 * together, an entity maps all its decoded characters to the ampersand, anything else is
 * resynchronised within a short window.
 */
final class SourceAligner {

  private static final int RESYNC_WINDOW = 64;
  private static final int MAX_ENTITY = 40;

  private SourceAligner() {}

  /**
   * Where each of {@code decoded}'s characters is in {@code source[from, to)}: {@code starts[j]}
   * and {@code ends[j]} bound the source characters that character {@code j} was decoded from (one
   * character, or a whole entity).
   */
  static void align(String source, int from, int to, String decoded, int[] starts, int[] ends) {
    int n = decoded.length();
    int[] pos = starts;
    int last = Math.max(from, to - 1);
    int i = from;
    for (int j = 0; j < n; j++) {
      char c = decoded.charAt(j);
      if (i < to && source.charAt(i) == '&' && (c != '&' || isEntityAt(source, i, to))) {
        int end = entityEnd(source, i, to);
        if (end > i + 1) {
          pos[j] = i;
          ends[j] = end;
          if (Character.isHighSurrogate(c) && j + 1 < n) {
            pos[++j] = i;
            ends[j] = end;
          }
          i = end;
          continue;
        }
      }
      if (i < to && source.charAt(i) == c) {
        pos[j] = i++;
        ends[j] = i;
        continue;
      }
      int found = -1;
      int limit = Math.min(to, i + RESYNC_WINDOW);
      for (int k = i; k < limit; k++) {
        if (source.charAt(k) == c) {
          found = k;
          break;
        }
      }
      if (found >= 0) {
        pos[j] = found;
        i = found + 1;
        ends[j] = i;
      } else {
        pos[j] = Math.min(i, last);
        ends[j] = pos[j] + 1;
      }
    }
  }

  private static boolean isEntityAt(String s, int i, int to) {
    int end = entityEnd(s, i, to);
    return end > i + 2 && s.charAt(end - 1) == ';';
  }

  /** The position after an entity starting at {@code i}, or {@code i + 1} when there is none. */
  private static int entityEnd(String s, int i, int to) {
    int k = i + 1;
    int limit = Math.min(to, i + MAX_ENTITY);
    if (k < limit && s.charAt(k) == '#') {
      k++;
      if (k < limit && (s.charAt(k) == 'x' || s.charAt(k) == 'X')) {
        k++;
      }
    }
    int start = k;
    while (k < limit && Character.isLetterOrDigit(s.charAt(k))) {
      k++;
    }
    if (k == start) {
      return i + 1;
    }
    if (k < to && s.charAt(k) == ';') {
      k++;
    }
    return k;
  }
}
