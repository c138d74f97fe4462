package io.corroborate.web;

import java.util.Locale;

/** Orders of the story list. The lower-case names are the API's {@code sort} values. */
public enum StorySort {
  /** Latest update first (the default). */
  LATEST,
  /** Most articles first. */
  SIZE,
  /** Most open conflicts first. */
  CONFLICTS;

  /** The value as the API writes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The sort named by {@code s} (case-insensitive); null or blank is {@link #LATEST}. */
  public static StorySort parse(String s) {
    if (s == null || s.isBlank()) {
      return LATEST;
    }
    for (StorySort v : values()) {
      if (v.label().equalsIgnoreCase(s.strip())) {
        return v;
      }
    }
    throw new IllegalArgumentException("sort must be latest, size or conflicts: sort=" + s);
  }
}
