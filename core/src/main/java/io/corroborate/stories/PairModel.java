package io.corroborate.stories;

/**
 * How likely two articles report the same happening: a logistic model over the cosine similarities
 * of their feature channels, whether their dates lie far apart, and their embedding similarity.
 * Being published the same week is deliberately not a feature: in a news stream most unrelated
 * articles are. The default weights were fitted on pairs of the ECB+ development documents by
 * {@code corroborate-eval stories-fit} (logistic regression, same-topic pairs weighted up), and are
 * rounded. Immutable and thread-safe.
 *
 * @param entities weight of the cosine of all names (people, organisations, places, other)
 * @param people weight of the cosine of people's names
 * @param places weight of the cosine of place names
 * @param terms weight of the cosine of content words and numbers
 * @param lead weight of the cosine of the headline and lead's content words
 * @param dates weight of the cosine of the dates mentioned
 * @param farApart weight of both being dated more than {@link StoryConfig#farDays()} apart
 * @param embedding weight of the cosine of the sentence embeddings
 * @param bias the intercept
 */
public record PairModel(
    double entities,
    double people,
    double places,
    double terms,
    double lead,
    double dates,
    double farApart,
    double embedding,
    double bias) {

  /** The fitted default. */
  public static final PairModel DEFAULT =
      new PairModel(1.69, 3.12, 1.30, 2.30, 3.59, 2.63, 0.47, 2.94, -4.50);

  /**
   * The fitted model within a story: same features, document frequencies of the story alone, fitted
   * on pairs within each ECB+ topic.
   */
  public static final PairModel WITHIN_STORY =
      new PairModel(2.56, 4.77, 1.53, 2.68, 3.49, 3.67, 1.26, 4.31, -3.98);

  /** Number of features. */
  static final int FEATURES = 8;

  /** The weights in feature order, then the bias. */
  double[] asArray() {
    return new double[] {entities, people, places, terms, lead, dates, farApart, embedding, bias};
  }

  /** A model from weights in feature order, then the bias. */
  static PairModel of(double[] w) {
    if (w.length != FEATURES + 1) {
      throw new IllegalArgumentException("expected " + (FEATURES + 1) + " weights: " + w.length);
    }
    return new PairModel(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8]);
  }

  /** The probability for a feature vector. */
  double probability(float[] f) {
    double z =
        bias
            + entities * f[0]
            + people * f[1]
            + places * f[2]
            + terms * f[3]
            + lead * f[4]
            + dates * f[5]
            + farApart * f[6]
            + embedding * f[7];
    return 1 / (1 + Math.exp(-z));
  }
}
