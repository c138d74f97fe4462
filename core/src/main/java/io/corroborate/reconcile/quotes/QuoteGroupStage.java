package io.corroborate.reconcile.quotes;

import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.model.QuoteGroup;
import io.corroborate.pipeline.QuoteStage;
import io.corroborate.pipeline.StoryContext;
import java.util.List;
import java.util.Objects;

/**
 * The pipeline's quote stage: extracts each article's quotes from the shared analysis (articles in
 * parallel) and groups them across the story. Thread-safe.
 */
public final class QuoteGroupStage implements QuoteStage {

  private final QuoteExtractor extractor;
  private final QuoteGrouper grouper;

  /** The stage with the product's settings. */
  public QuoteGroupStage() {
    this(new QuoteExtractor(), new QuoteGrouper());
  }

  /** The stage with the given extractor and grouper. */
  public QuoteGroupStage(QuoteExtractor extractor, QuoteGrouper grouper) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.grouper = Objects.requireNonNull(grouper, "grouper");
  }

  @Override
  public List<QuoteGroup> group(StoryContext story) {
    // articles are read in parallel; the list keeps story order, so the result does not depend
    // on the thread count
    List<ArticleQuotes> found =
        story.articles().parallelStream()
            .map(a -> new ArticleQuotes(a, extractor.extractInContext(story.cache().of(a))))
            .toList();
    return grouper.group(found, story.independence());
  }
}
