package io.corroborate.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the story list shows: the query as asked (to fill the form again), one page of stories, the
 * articles that match the search words, and a link to the next page.
 *
 * @param text the search words, or empty
 * @param since the since filter (ISO date), or empty
 * @param until the until filter, or empty
 * @param outlet the outlet filter, or empty
 * @param language the language filter, or empty
 * @param sort the sort label
 * @param stories the stories on this page
 * @param hits articles matching the search words
 * @param nextHref the next page, or null
 * @param totalStories stories in the whole dossier (first page of the unfiltered list)
 * @param filtered whether any filter is set
 */
public record IndexView(
    String text,
    String since,
    String until,
    String outlet,
    String language,
    String sort,
    List<StorySummary> stories,
    List<SearchHit> hits,
    String nextHref,
    int totalStories,
    boolean filtered) {

  /** The view of a story query and its answers. */
  static IndexView of(StoryQuery q, StoryPage page, List<SearchHit> hits, StoryPage all) {
    String next = null;
    if (page.nextCursor() != null) {
      StringBuilder b = new StringBuilder("/?cursor=").append(enc(page.nextCursor()));
      add(b, "query", q.text());
      add(b, "since", q.since() == null ? null : q.since().toString());
      add(b, "until", q.until() == null ? null : q.until().toString());
      add(b, "outlet", q.outlet());
      add(b, "language", q.language());
      add(b, "sort", q.sort().label());
      next = b.toString();
    }
    boolean filtered =
        q.text() != null
            || q.since() != null
            || q.until() != null
            || q.outlet() != null
            || q.language() != null;
    return new IndexView(
        orEmpty(q.text()),
        q.since() == null ? "" : q.since().toString(),
        q.until() == null ? "" : q.until().toString(),
        orEmpty(q.outlet()),
        orEmpty(q.language()),
        q.sort().label(),
        page.stories(),
        hits,
        next,
        all.stories().size(),
        filtered);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static void add(StringBuilder b, String name, String value) {
    if (value != null && !value.isEmpty()) {
      b.append('&').append(name).append('=').append(enc(value));
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
