package io.corroborate.pipeline;

import io.corroborate.model.Event;
import java.util.List;

/**
 * A story as the clusterer found it, before figures and quotes are reconciled.
 *
 * @param title a title naming the story, or null to let the pipeline pick one
 * @param articleIds its articles
 * @param events its events (ids are assigned by the clusterer)
 */
public record StoryDraft(String title, List<String> articleIds, List<Event> events) {

  /** Freezes the lists. */
  public StoryDraft {
    articleIds = List.copyOf(articleIds);
    events = List.copyOf(events);
  }
}
