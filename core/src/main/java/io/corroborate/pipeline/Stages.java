package io.corroborate.pipeline;

import io.corroborate.provenance.CopyFinder;
import io.corroborate.reconcile.quotes.QuoteGroupStage;
import java.util.Objects;

/**
 * The stage implementations a pipeline runs. {@link #defaults()} is the product's configuration;
 * tests may swap a stage.
 *
 * @param copies copy detection
 * @param stories story and event clustering
 * @param figures figure extraction and reconciliation
 * @param quotes quote extraction and grouping
 */
public record Stages(
    CopyDetector copies, StoryClusterer stories, FigureStage figures, QuoteStage quotes) {

  /** Validates the fields. */
  public Stages {
    Objects.requireNonNull(copies, "copies");
    Objects.requireNonNull(stories, "stories");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(quotes, "quotes");
  }

  /** The product's stages. */
  public static Stages defaults() {
    return new Stages(
        new CopyFinder()::detect,
        io.corroborate.stories.NewsStoryClusterer.defaults(),
        new io.corroborate.reconcile.FigureReconciler(),
        new QuoteGroupStage());
  }

  /** A copy with another copy detector. */
  public Stages withCopies(CopyDetector c) {
    return new Stages(c, stories, figures, quotes);
  }

  /** A copy with another clusterer. */
  public Stages withStories(StoryClusterer s) {
    return new Stages(copies, s, figures, quotes);
  }

  /** A copy with another figure stage. */
  public Stages withFigures(FigureStage f) {
    return new Stages(copies, stories, f, quotes);
  }

  /** A copy with another quote stage. */
  public Stages withQuotes(QuoteStage q) {
    return new Stages(copies, stories, figures, q);
  }
}
