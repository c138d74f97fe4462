package io.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One developing topic: its articles, events, copy graph, figures and quotes.
 *
 * @param id identifier, unique within the dossier
 * @param title a title naming the story
 * @param articleIds its articles
 * @param events its events
 * @param provenance one entry per article
 * @param figures reconciled figures
 * @param quotes grouped quotes
 * @param independentSources the number of independent sources among its articles: copies of one
 *     report, in the corpus or outside it, count once
 */
public record Story(
    String id,
    String title,
    List<String> articleIds,
    List<Event> events,
    List<CopyLink> provenance,
    List<FigureGroup> figures,
    List<QuoteGroup> quotes,
    int independentSources) {

  /** Validates the fields. */
  public Story {
    Objects.requireNonNull(id, "id");
    articleIds = List.copyOf(articleIds);
    events = List.copyOf(events);
    provenance = List.copyOf(provenance);
    figures = List.copyOf(figures);
    quotes = List.copyOf(quotes);
    if (independentSources < 0 || independentSources > articleIds.size()) {
      throw new IllegalArgumentException(
          "independentSources must be between 0 and the number of articles: independentSources="
              + independentSources
              + ", articles="
              + articleIds.size());
    }
  }
}
