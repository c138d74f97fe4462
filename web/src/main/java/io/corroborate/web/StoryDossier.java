package io.corroborate.web;

import io.corroborate.model.Article;
import io.corroborate.model.Story;
import java.util.List;

/**
 * One story's dossier, the shape of {@code dossier ID --format json}.
 *
 * @param requestedId the id asked for (an alias when it differs from the story's id)
 * @param story the story
 * @param articles its articles, in the story's order
 * @param aliases old ids that now answer for it
 */
public record StoryDossier(
    String requestedId, Story story, List<Article> articles, List<String> aliases) {

  /** Freezes the lists. */
  public StoryDossier {
    articles = List.copyOf(articles);
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }

  /** Whether the id asked for is an old id of the story. */
  public boolean viaAlias() {
    return !requestedId.equals(story.id());
  }
}
