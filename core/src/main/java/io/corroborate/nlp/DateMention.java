package io.corroborate.nlp;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date an article mentions, as CoreNLP's SUTime normalised it, resolved to a calendar date when
 * it can be. Offsets index the article's cleaned body.
 *
 * @param text the words as written ("on Tuesday" gives "Tuesday")
 * @param start first body index, inclusive
 * @param end last body index, exclusive
 * @param value the TIMEX3 value SUTime gave ("2013-05-03", "XXXX-WXX-2", "2022")
 * @param date the first day of the time named, or null when it could not be resolved
 * @param granularity how precise {@code date} is, or null when {@code date} is null
 * @param sentence index of the sentence holding it, from 0
 * @param ahead whether the words next to it point ahead ("will stay closed until Friday"), so that
 *     a bare weekday is read as the next such day rather than the last
 */
public record DateMention(
    String text,
    int start,
    int end,
    String value,
    LocalDate date,
    DateGranularity granularity,
    int sentence,
    boolean ahead) {

  /** Validates the fields. */
  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("mention bounds invalid: start=" + start + ", end=" + end);
    }
    if ((date == null) != (granularity == null)) {
      throw new IllegalArgumentException(
          "date and granularity go together: date=" + date + ", granularity=" + granularity);
    }
  }

  /** Whether it names a calendar date. */
  public boolean resolved() {
    return date != null;
  }

  /** The last day of the time named, or null. */
  public LocalDate lastDay() {
    if (date == null) {
      return null;
    }
    return switch (granularity) {
      case DAY -> date;
      case WEEK -> date.plusDays(6);
      case MONTH -> date.plusMonths(1).minusDays(1);
      case YEAR -> date.plusYears(1).minusDays(1);
    };
  }
}
