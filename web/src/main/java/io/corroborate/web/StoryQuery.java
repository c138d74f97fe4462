package io.corroborate.web;

import java.time.LocalDate;

/**
 * A query for the story list; every filter is optional (null).
 *
 * @param text words that must appear in a story's title or articles, or null
 * @param since only stories updated on or after this day, or null
 * @param until only stories that began on or before this day, or null
 * @param outlet only stories with an article from this outlet (case-insensitive), or null
 * @param language only stories with an article in this language (ISO 639-1), or null
 * @param sort the order
 * @param limit most stories on one page, 1 to {@link #MAX_LIMIT}
 * @param cursor where the previous page ended, as given in its {@code nextCursor}, or null
 */
public record StoryQuery(
    String text,
    LocalDate since,
    LocalDate until,
    String outlet,
    String language,
    StorySort sort,
    int limit,
    String cursor) {

  /** The largest page. */
  public static final int MAX_LIMIT = 500;

  /** The page size when none is asked for. */
  public static final int DEFAULT_LIMIT = 50;

  /** Validates the limit and fills in the sort. */
  public StoryQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ": limit=" + limit);
    }
    if (sort == null) {
      sort = StorySort.LATEST;
    }
  }

  /** All stories, newest update first, one default page. */
  public static StoryQuery all() {
    return new StoryQuery(null, null, null, null, null, StorySort.LATEST, DEFAULT_LIMIT, null);
  }
}
