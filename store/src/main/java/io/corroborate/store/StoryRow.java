package io.corroborate.store;

import java.util.List;

/**
 * A story as {@code stories} lists it (INTERFACES.md, store command outputs).
 *
 * @param id its id
 * @param title its title
 * @param firstDate the earliest date of its articles (ISO-8601), or null
 * @param lastDate the latest date of its articles (ISO-8601), or null
 * @param articles how many articles it holds
 * @param outlets how many distinct outlets published them
 * @param independentSources how many independent reports (copy origins) stand behind it
 * @param openConflicts how many of its key figures conflict
 * @param aliases its retired ids, oldest first
 */
public record StoryRow(
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
  public StoryRow {
    aliases = List.copyOf(aliases);
  }
}
