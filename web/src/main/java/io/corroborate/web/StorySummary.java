package io.corroborate.web;

import java.util.List;

/**
 * One line of the story list, in the shape of {@code stories --format jsonl}.
 *
 * @param id the story's id
 * @param title its title, or null
 * @param firstDate the day of its earliest dated article (ISO-8601), or null
 * @param lastDate the day of its latest dated article, or null
 * @param articles how many articles it holds
 * @param outlets how many distinct outlets published them
 * @param independentSources distinct copy origins among its articles (a copy and its source count
 *     once)
 * @param openConflicts figure groups whose values conflict
 * @param aliases old ids that now answer for it
 */
public record StorySummary(
    String id,
    String title,
    String firstDate,
    String lastDate,
    int articles,
    int outlets,
    int independentSources,
    int openConflicts,
    List<String> aliases) {

  /** Freezes the aliases. */
  public StorySummary {
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }
}
