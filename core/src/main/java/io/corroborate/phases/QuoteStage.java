package io.corroborate.phases;

import io.corroborate.model.QuoteGroup;
import java.util.List;

/** Extracts the quotes of a story's articles and groups them across the story. */
@FunctionalInterface
public interface QuoteStage {

  /** The story's quote groups. */
  List<QuoteGroup> group(StoryContext story);

  /** No quotes. */
  QuoteStage NONE = story -> List.of();
}
