package io.corroborate.provenance;

import io.corroborate.model.Span;
import java.util.List;

/**
 * Two articles found to tell the same report sentence by sentence.
 *
 * @param a the first article's index
 * @param b the second article's index
 * @param cells the aligned sentence pairs, in order ({@code a} sentence, {@code b} sentence)
 * @param sentencesA the body spans of {@code a}'s sentences
 * @param sentencesB the body spans of {@code b}'s sentences
 * @param coverageA share of {@code a}'s words in aligned sentences
 * @param coverageB share of {@code b}'s words in aligned sentences
 * @param meanSimilarity mean cosine similarity of the aligned pairs
 */
public record RewriteMatch(
    int a,
    int b,
    List<SentenceAligner.Cell> cells,
    List<Span> sentencesA,
    List<Span> sentencesB,
    double coverageA,
    double coverageB,
    double meanSimilarity) {

  /** Freezes the lists. */
  public RewriteMatch {
    cells = List.copyOf(cells);
    sentencesA = List.copyOf(sentencesA);
    sentencesB = List.copyOf(sentencesB);
  }
}
