package io.corroborate.clean;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds the element whose text best matches a page's JSON-LD {@code articleBody}: the publisher's
 * own statement of the article text. Text is compared by word pairs (each CJK or Thai character
 * counts as a word), so the match survives different whitespace, entities and markup; the chosen
 * element maximises the F1 of its characters against the statement, and must cover at least half of
 * it. Stateless and thread-safe.
 */
final class ArticleBodyMatch {

  /** Statements shorter than this say too little to place the article. */
  private static final int MIN_BODY_CHARS = 200;

  private ArticleBodyMatch() {}

  /** The best-matching element, or -1 when nothing on the page matches well enough. */
  static int best(MainContent content, String articleBody) {
    PageIndex page = content.page;
    Set<Long> pairs = new HashSet<>();
    int bodyChars = pairs(articleBody, pairs, null);
    if (bodyChars < MIN_BODY_CHARS || pairs.isEmpty()) {
      return -1;
    }
    int n = page.elementCount;
    long[] matched = new long[n];
    long[] total = new long[n];
    StringBuilder sb = new StringBuilder();
    int[] counts = new int[2];
    for (int b = 0; b < page.blockCount; b++) {
      sb.setLength(0);
      for (int k = page.blockFirstText[b]; k < page.blockEndText[b]; k++) {
        sb.append(page.texts[k].getWholeText());
      }
      counts[0] = 0;
      counts[1] = 0;
      int c = pairs(sb, null, new Matcher(pairs, counts));
      int owner = page.blockOwner[b];
      total[owner] += c;
      if (counts[0] > 0) {
        matched[owner] += (long) c * counts[1] / counts[0];
      } else if (c > 0 && c < 40) {
        // a single word: neither for nor against
        total[owner] -= c;
      }
    }
    for (int i = n - 1; i > 0; i--) {
      int p = page.parent[i];
      if (p >= 0) {
        matched[p] += matched[i];
        total[p] += total[i];
      }
    }
    int best = -1;
    double bestF = 0;
    for (int i = 0; i < n; i++) {
      if (matched[i] * 2 < bodyChars || !page.block[i]) {
        continue;
      }
      double p = matched[i] / (double) Math.max(1, total[i]);
      double r = Math.min(1.0, matched[i] / (double) bodyChars);
      double f = 2 * p * r / (p + r);
      if (f > bestF + 1e-9 || (best >= 0 && Math.abs(f - bestF) <= 1e-9)) {
        best = i;
        bestF = Math.max(f, bestF);
      }
    }
    return bestF >= 0.5 ? best : -1;
  }

  /** The share of the word pairs of {@code a} that {@code b} also has (0 when a has none). */
  static double overlap(String a, String b) {
    Set<Long> inB = new HashSet<>();
    pairs(b, inB, null);
    int[] counts = new int[2];
    pairs(a, null, new Matcher(inB, counts));
    return counts[0] == 0 ? 0 : counts[1] / (double) counts[0];
  }

  /** Counts, for a block's word pairs, how many there are and how many the statement has. */
  private record Matcher(Set<Long> pairs, int[] counts) {
    void accept(long pair) {
      counts[0]++;
      if (pairs.contains(pair)) {
        counts[1]++;
      }
    }
  }

  /**
   * Walks the word pairs of a text, adding them to {@code into} or passing them to {@code to}.
   *
   * @return the number of non-space characters
   */
  private static int pairs(CharSequence text, Set<Long> into, Matcher to) {
    int chars = 0;
    long previous = 0;
    boolean havePrevious = false;
    int h = 0;
    boolean inWord = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (i < n && !TextBlocks.isSpace(c)) {
        chars++;
      }
      boolean single = i < n && isSingleCharWord(c);
      boolean wordChar = i < n && Character.isLetterOrDigit(c) && !single;
      if (wordChar) {
        h = 31 * h + Character.toLowerCase(c);
        inWord = true;
        continue;
      }
      if (inWord) {
        long w = h & 0xffffffffL;
        if (havePrevious) {
          emit(previous * 0x9E3779B97F4A7C15L + w, into, to);
        }
        previous = w;
        havePrevious = true;
        inWord = false;
        h = 0;
      }
      if (single) {
        long w = (c + 0x10000L) & 0xffffffffL;
        if (havePrevious) {
          emit(previous * 0x9E3779B97F4A7C15L + w, into, to);
        }
        previous = w;
        havePrevious = true;
      }
    }
    return chars;
  }

  private static void emit(long pair, Set<Long> into, Matcher to) {
    if (into != null) {
      into.add(pair);
    } else {
      to.accept(pair);
    }
  }

  private static boolean isSingleCharWord(char c) {
    if (c < 0x0e00) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.THAI;
  }
}
