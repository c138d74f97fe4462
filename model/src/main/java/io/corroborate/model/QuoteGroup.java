package io.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One quote as carried, perhaps edited, by several articles of a story.
 *
 * @param text the fullest wording
 * @param speaker the speaker normalised across articles, or null
 * @param role the speaker's role, or null
 * @param articleIds the articles carrying it
 * @param independentSources distinct origins among them
 * @param mentions where each article carries it
 * @param direct whether some article quotes the words directly (not only as reported speech)
 */
public record QuoteGroup(
    String text,
    String speaker,
    String role,
    List<String> articleIds,
    int independentSources,
    List<QuoteMention> mentions,
    boolean direct) {

  /** Validates the fields. */
  public QuoteGroup {
    Objects.requireNonNull(text, "text");
    articleIds = List.copyOf(articleIds);
    mentions = List.copyOf(mentions);
    if (independentSources < 0 || independentSources > articleIds.size()) {
      throw new IllegalArgumentException(
          "independentSources must be between 0 and the article count: independentSources="
              + independentSources
              + ", articles="
              + articleIds.size());
    }
  }
}
