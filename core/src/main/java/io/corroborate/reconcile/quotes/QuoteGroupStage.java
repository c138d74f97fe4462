package io.corroborate.reconcile.quotes;

import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.model.Article;
import io.corroborate.model.QuoteGroup;
import io.corroborate.pipeline.QuoteStage;
import io.corroborate.pipeline.StoryContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pipeline's quote stage: extracts each article's quotes from the shared analysis and groups
 * them across the story. Thread-safe.
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
    List<ArticleQuotes> found = new ArrayList<>();
    for (Article a : story.articles()) {
      found.add(new ArticleQuotes(a, extractor.extractInContext(story.cache().of(a))));
    }
    return grouper.group(found, story.independence());
  }
}
