package io.corroborate.stories;

import io.corroborate.model.ArticleProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The date of an event: the day its articles most often give for the happening (their lead's dates,
 * resolved against each article's own date, else the article's date), earliest on a tie; null when
 * none of them says. Stateless.
 */
final class EventDates {

  private EventDates() {}

  static LocalDate of(List<ArticleProfile> members) {
    Map<LocalDate, Integer> votes = new TreeMap<>();
    for (ArticleProfile p : members) {
      if (p.eventDate() != null) {
        votes.merge(p.eventDate(), 1, Integer::sum);
      }
    }
    LocalDate best = null;
    int most = 0;
    for (Map.Entry<LocalDate, Integer> e : votes.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }
}
