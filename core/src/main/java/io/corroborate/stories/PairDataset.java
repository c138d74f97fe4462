package io.corroborate.stories;

import io.corroborate.model.ArticleProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link PairModel} features of every pair of a set of articles, with the document frequencies
 * of the whole set: the training data from which the model's weights are fitted (see {@code
 * corroborate-eval stories-fit}). Stateless.
 */
public final class PairDataset {

  private PairDataset() {}

  /** Names of the features, in order. */
  public static final List<String> FEATURES =
      List.of("entities", "people", "places", "terms", "lead", "dates", "farApart", "embedding");

  /**
   * One row of features per pair {@code (i, j)}, {@code i < j}, in the order (0,1), (0,2), ...,
   * (1,2), ...
   */
  public static float[][] features(List<ArticleProfile> profiles, StoryConfig config) {
    Vocabulary v = new Vocabulary(config.priorDocuments());
    List<ArticleVector> vs = new ArrayList<>(profiles.size());
    for (ArticleProfile p : profiles) {
      ArticleVector a = ArticleVector.of(vs.size(), p, v);
      v.count(a.distinct);
      vs.add(a);
    }
    PairScorer s = new PairScorer(config.model(), v, config.farDays());
    int n = vs.size();
    float[][] out = new float[n * (n - 1) / 2][];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        out[k++] = s.features(vs.get(i), vs.get(j), new float[PairModel.FEATURES]);
      }
    }
    return out;
  }

  /**
   * Like {@link #features(List, StoryConfig)}, but with the document frequencies of the group
   * alone, as events are told apart within a story.
   */
  public static float[][] withinGroupFeatures(List<ArticleProfile> group, StoryConfig config) {
    Vocabulary v = new Vocabulary(config.priorDocuments());
    List<ArticleVector> vs = new ArrayList<>(group.size());
    for (ArticleProfile p : group) {
      vs.add(ArticleVector.of(vs.size(), p, v));
    }
    PairScorer s = new PairScorer(config.eventModel(), new LocalIdf(vs), config.farDays());
    int n = vs.size();
    float[][] out = new float[n * (n - 1) / 2][];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        out[k++] = s.features(vs.get(i), vs.get(j), new float[PairModel.FEATURES]);
      }
    }
    return out;
  }

  /** A model from fitted weights in {@link #FEATURES} order, then the intercept. */
  public static PairModel model(double[] weights) {
    return PairModel.of(weights);
  }

  /** The weights of a model in {@link #FEATURES} order, then the intercept. */
  public static double[] weights(PairModel m) {
    return m.asArray();
  }
}
