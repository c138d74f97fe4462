package io.corroborate.provenance;

import io.corroborate.util.WordLists;
import java.util.Arrays;
import java.util.Set;

/**
 * The content words of a sentence as hashes: its words less a short list of English function words,
 * and apart the numbers it gives. Cheap to compare; used to pre-select and to back the embedding
 * decision.
 *
 * @param words hashes of content words, distinct and sorted
 * @param numbers hashes of the numbers (digit tokens), distinct and sorted
 * @param tokens number of words of the sentence
 */
public record SentenceWords(long[] words, long[] numbers, int tokens) {

  private static final Set<String> STOP =
      WordLists.read(SentenceWords.class, "function-words.txt").get("function-words");

  private static final long[] STOP_HASHES = stopHashes();

  private static long[] stopHashes() {
    NormalizedTokens t = NormalizedTokens.of(String.join(" ", STOP));
    long[] h = new long[t.size()];
    for (int i = 0; i < h.length; i++) {
      h[i] = t.hash(i);
    }
    Arrays.sort(h);
    return h;
  }

  /** The content words of tokens {@code [from, to)} of a text. */
  public static SentenceWords of(NormalizedTokens t, CharSequence text, int from, int to) {
    long[] w = new long[Math.max(0, to - from)];
    long[] num = new long[w.length];
    int nw = 0;
    int nn = 0;
    for (int i = from; i < to; i++) {
      long h = t.hash(i);
      if (Character.isDigit(text.charAt(t.start(i)))) {
        num[nn++] = h;
        w[nw++] = h;
      } else if (Arrays.binarySearch(STOP_HASHES, h) < 0) {
        w[nw++] = h;
      }
    }
    return new SentenceWords(
        Shingles.distinctSorted(Arrays.copyOf(w, nw)),
        Shingles.distinctSorted(Arrays.copyOf(num, nn)),
        Math.max(0, to - from));
  }

  /** The content words of a whole text. */
  public static SentenceWords of(NormalizedTokens t, CharSequence text) {
    return of(t, text, 0, t.size());
  }

  /** Dice overlap of two sentences' content words. */
  public static double dice(SentenceWords a, SentenceWords b) {
    int total = a.words.length + b.words.length;
    return total == 0 ? 0 : 2.0 * Shingles.shared(a.words, b.words) / total;
  }
}
