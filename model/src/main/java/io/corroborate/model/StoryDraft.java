package io.corroborate.model;

import java.util.List;

/**
 * A story as linking found it, before phase 3 synthesises its figures and quotes.
 *
 * @param id its stable id, or null before ids are given
 * @param title a title naming the story, or null to let synthesis pick one
 * @param articleIds its articles
 * @param events its events
 */
public record StoryDraft(String id, String title, List<String> articleIds, List<Event> events) {

  /** Freezes the lists. */
  public StoryDraft {
    articleIds = List.copyOf(articleIds);
    events = List.copyOf(events);
  }

  /** A copy with the given story id and events (whose ids were given). */
  public StoryDraft withIds(String newId, List<Event> newEvents) {
    return new StoryDraft(newId, title, articleIds, newEvents);
  }
}
