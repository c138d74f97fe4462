package io.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One happening inside a story.
 *
 * @param id identifier, unique within the dossier
 * @param title what happened
 * @param date when it happened, or null when unknown
 * @param articleIds the articles reporting it
 */
public record Event(String id, String title, NewsDate date, List<String> articleIds) {

  /** Validates the fields. */
  public Event {
    Objects.requireNonNull(id, "id");
    articleIds = List.copyOf(articleIds);
  }
}
