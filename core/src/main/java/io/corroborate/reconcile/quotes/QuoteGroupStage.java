package io.corroborate.reconcile.quotes;

import io.corroborate.model.QuoteGroup;
import io.corroborate.phases.QuoteStage;
import io.corroborate.phases.StoryContext;
import java.util.List;
import java.util.Objects;

/**
 * The quote stage of phase 3: takes each article's quotes from its analysis and groups them across
 * the story. Thread-safe.
 */
public final class QuoteGroupStage implements QuoteStage {

  private final QuoteGrouper grouper;

  /** The stage with the product's settings. */
  public QuoteGroupStage() {
    this(new QuoteGrouper());
  }

  /** The stage with the given grouper. */
  public QuoteGroupStage(QuoteGrouper grouper) {
    this.grouper = Objects.requireNonNull(grouper, "grouper");
  }

  @Override
  public List<QuoteGroup> group(StoryContext story) {
    // the quotes were found once, in phase 1; the list keeps story order
    List<ArticleQuotes> found =
        story.analyses().stream().map(a -> new ArticleQuotes(a.article(), a.quotes())).toList();
    return grouper.group(found, story.independence());
  }
}
