package io.corroborate.provenance;

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
      Set.of(
          "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are",
          "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that",
          "these", "those", "with", "as", "by", "from", "he", "she", "they", "we", "you", "i",
          "his", "her", "their", "our", "them", "him", "said", "says", "say", "not", "no", "than",
          "then", "there", "which", "who", "whom", "what", "when", "where", "will", "would",
          "could", "should", "may", "might", "can", "about", "after", "before", "into", "over",
          "under", "more", "most", "some", "other", "also", "up", "out", "so", "if", "do", "does",
          "did", "s", "t", "all", "any", "just", "one", "new", "very", "such", "only", "own");

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
