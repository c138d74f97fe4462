package io.corroborate.web;

import java.util.List;

/**
 * One page of the story list.
 *
 * @param stories the stories on it
 * @param nextCursor what to pass as {@code cursor} for the next page, or null on the last
 */
public record StoryPage(List<StorySummary> stories, String nextCursor) {

  /** Freezes the list. */
  public StoryPage {
    stories = List.copyOf(stories);
  }
}
