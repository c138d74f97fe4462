package io.corroborate.pipeline;

import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.model.ArticleAnalyzer;
import io.corroborate.model.StorySynthesizer;
import io.corroborate.nlp.AnalysisLimits;
import io.corroborate.phases.CopyDetector;
import io.corroborate.phases.StoryClusterer;
import io.corroborate.provenance.CopyFinder;
import io.corroborate.provenance.CopyIndex;
import io.corroborate.stories.NewsStoryClusterer;
import io.corroborate.synthesis.NewsStorySynthesizer;
import java.time.Clock;
import java.util.Objects;

/**
 * The implementations of the three phases a pipeline runs. {@link #defaults} is the product's
 * configuration; tests may swap a stage.
 *
 * @param analyzer phase 1, article analysis
 * @param copies phase 2, copy detection
 * @param stories phase 2, story and event clustering
 * @param synthesis phase 3, story synthesis
 */
public record Stages(
    ArticleAnalyzer analyzer,
    CopyDetector copies,
    StoryClusterer stories,
    StorySynthesizer synthesis) {

  /** Validates the fields. */
  public Stages {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(copies, "copies");
    Objects.requireNonNull(stories, "stories");
    Objects.requireNonNull(synthesis, "synthesis");
  }

  /** The product's stages; dates are judged believable against the clock's today. */
  public static Stages defaults(Clock clock) {
    return defaults(clock, AnalysisLimits.DEFAULTS);
  }

  /** The product's stages, as {@link #defaults(Clock)}, phase 1 bounded by the given limits. */
  public static Stages defaults(Clock clock, AnalysisLimits limits) {
    return new Stages(
        NewsArticleAnalyzer.defaults(clock, limits),
        copies(new CopyFinder()),
        NewsStoryClusterer.defaults(clock),
        NewsStorySynthesizer.defaults());
  }

  /**
   * The product's copy stage: copies found as a stream over a {@link CopyIndex}, so that a batch
   * gives what adding the articles one at a time gives.
   */
  public static CopyDetector copies(CopyFinder finder) {
    return analyses -> CopyIndex.detect(finder, analyses);
  }

  /** The product's stages with the system clock. */
  public static Stages defaults() {
    return defaults(Clock.systemUTC());
  }

  /** A copy with another analyzer. */
  public Stages withAnalyzer(ArticleAnalyzer a) {
    return new Stages(a, copies, stories, synthesis);
  }

  /** A copy with another copy detector. */
  public Stages withCopies(CopyDetector c) {
    return new Stages(analyzer, c, stories, synthesis);
  }

  /** A copy with another clusterer. */
  public Stages withStories(StoryClusterer s) {
    return new Stages(analyzer, copies, s, synthesis);
  }

  /** A copy with another synthesizer. */
  public Stages withSynthesis(StorySynthesizer s) {
    return new Stages(analyzer, copies, stories, s);
  }
}
