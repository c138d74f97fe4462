package io.corroborate.provenance;

/**
 * Decides whether two sentences say the same thing in other words. Their score mixes the cosine
 * similarity of their embeddings with the Dice overlap of their content words (a retelling keeps
 * names, places and numbers while it rewords the rest; the small embedding model alone gives
 * rewordings of news sentences scores as low as unrelated sentences of the same story); it must
 * reach {@code threshold}. Sentences that both give numbers must share one, since "693 million" and
 * "1.8 billion" make different claims however alike the words. The defaults were chosen on the
 * project's own example corpus; {@code corroborate-eval msrp} reports them on MSRP. Immutable and
 * thread-safe.
 *
 * @param cosineWeight weight of the embedding cosine in the score (the rest is word overlap)
 * @param threshold score a paraphrase reaches
 */
public record ParaphraseJudge(double cosineWeight, double threshold) {

  /** Weight of the embedding cosine in the score. */
  public static final double DEFAULT_COSINE_WEIGHT = 0.5;

  /** Score a paraphrase reaches. */
  public static final double DEFAULT_THRESHOLD = 0.45;

  /** The product's settings. */
  public static final ParaphraseJudge DEFAULT =
      new ParaphraseJudge(DEFAULT_COSINE_WEIGHT, DEFAULT_THRESHOLD);

  /** Validates the settings. */
  public ParaphraseJudge {
    if (!(cosineWeight >= 0 && cosineWeight <= 1)) {
      throw new IllegalArgumentException(
          "cosineWeight must be in [0, 1]: cosineWeight=" + cosineWeight);
    }
    if (!(threshold >= -1 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [-1, 1]: threshold=" + threshold);
    }
  }

  /** How alike two sentences are, from their embeddings' cosine and their content words. */
  public double score(double cos, SentenceWords a, SentenceWords b) {
    return cosineWeight * cos + (1 - cosineWeight) * SentenceWords.dice(a, b);
  }

  /** Whether both sentences give numbers and share none. */
  public static boolean numbersConflict(SentenceWords a, SentenceWords b) {
    return a.numbers().length > 0
        && b.numbers().length > 0
        && Shingles.shared(a.numbers(), b.numbers()) == 0;
  }

  /**
   * Whether two sentences are paraphrases.
   *
   * @param cos cosine similarity of their embeddings
   * @param a content words of the first ({@link SentenceWords})
   * @param b content words of the second
   */
  public boolean paraphrase(double cos, SentenceWords a, SentenceWords b) {
    return !numbersConflict(a, b) && score(cos, a, b) >= threshold;
  }
}
