package io.corroborate.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the clusterer knows of one article: the features stories and events are matched on. Built
 * once per article by {@link ProfileBuilder}; the clusterer turns the raw weights into TF-IDF with
 * the document frequencies of the stream so far.
 *
 * @param id the article id
 * @param date the day the article speaks from (published, else a dateline in its text), or null
 * @param eventDate the day the reported happening took place, as far as the article says, or null
 * @param entities normalised name keys ({@code p:}, {@code o:}, {@code l:}, {@code m:} prefixed)
 *     and their weights
 * @param leadEntities the entity keys of the headline and lead: who and where the happening is
 * @param terms content-word lemmas and their weights over the whole article
 * @param leadTerms content-word lemmas of the headline and lead: what happened
 * @param dates the dates mentioned, as keys ({@code y:2013}, {@code m:2013-05}, {@code
 *     d:2013-05-03}) with weights
 * @param embedding the unit sentence embedding of headline and lead, or an empty array
 * @param headline the headline, else the lead sentence, or null
 * @param titled whether {@code headline} is the article's own title
 * @param names display names of the entity keys, for titles
 */
public record ArticleProfile(
    String id,
    LocalDate date,
    LocalDate eventDate,
    Map<String, Float> entities,
    Map<String, Float> leadEntities,
    Map<String, Float> terms,
    Map<String, Float> leadTerms,
    Map<String, Float> dates,
    float[] embedding,
    String headline,
    boolean titled,
    Map<String, String> names) {

  /** Validates the fields and freezes the maps in key order. */
  public ArticleProfile {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank: id=" + id);
    }
    entities = frozen(entities);
    leadEntities = frozen(leadEntities);
    terms = frozen(terms);
    leadTerms = frozen(leadTerms);
    dates = frozen(dates);
    names = frozen(names);
    embedding = embedding == null ? new float[0] : embedding;
  }

  private static <V> Map<String, V> frozen(Map<String, V> m) {
    return Collections.unmodifiableMap(new TreeMap<>(m == null ? Map.of() : m));
  }

  /** Whether the article gave nothing to match on. */
  public boolean isEmpty() {
    return entities.isEmpty() && terms.isEmpty() && embedding.length == 0;
  }

  /** A copy with another id (for a duplicate that must stay apart). */
  public ArticleProfile withId(String newId) {
    return new ArticleProfile(
        newId,
        date,
        eventDate,
        entities,
        leadEntities,
        terms,
        leadTerms,
        dates,
        embedding,
        headline,
        titled,
        names);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleProfile p
        && id.equals(p.id)
        && Objects.equals(date, p.date)
        && Objects.equals(eventDate, p.eventDate)
        && entities.equals(p.entities)
        && leadEntities.equals(p.leadEntities)
        && terms.equals(p.terms)
        && leadTerms.equals(p.leadTerms)
        && dates.equals(p.dates)
        && java.util.Arrays.equals(embedding, p.embedding)
        && Objects.equals(headline, p.headline)
        && titled == p.titled
        && names.equals(p.names);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, date, entities.keySet());
  }
}
