package io.corroborate.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A publication date as precise as the source gives it: a day, or a day and time with or without an
 * offset. Prints as ISO-8601 ({@code 2025-01-14}, {@code 2025-01-14T09:30:00Z}).
 *
 * @param date the calendar day
 * @param time the time of day, or null when only the day is known
 * @param offset the UTC offset of {@code time}, or null when unknown
 */
public record NewsDate(LocalDate date, LocalTime time, ZoneOffset offset)
    implements Comparable<NewsDate> {

  /** Validates the fields. */
  public NewsDate {
    Objects.requireNonNull(date, "date");
    if (time == null && offset != null) {
      throw new IllegalArgumentException("offset without time: offset=" + offset);
    }
    if (time != null) {
      time = time.truncatedTo(ChronoUnit.SECONDS);
    }
  }

  /** A date known to the day. */
  public static NewsDate of(LocalDate date) {
    return new NewsDate(date, null, null);
  }

  /** A date known to the second, with its offset. */
  public static NewsDate of(OffsetDateTime dateTime) {
    return new NewsDate(dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
  }

  /**
   * Parses an ISO-8601 day, local date-time, offset date-time or instant.
   *
   * @throws IllegalArgumentException quoting the input when it is none of those
   */
  public static NewsDate parse(String iso) {
    Objects.requireNonNull(iso, "iso");
    String s = iso.strip();
    try {
      if (s.length() <= 10) {
        return of(LocalDate.parse(s));
      }
      try {
        return of(OffsetDateTime.parse(s));
      } catch (DateTimeParseException e) {
        LocalDateTime local = LocalDateTime.parse(s);
        return new NewsDate(local.toLocalDate(), local.toLocalTime(), null);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 date: \"" + iso + "\"", e);
    }
  }

  /** Whether a time of day is known. */
  public boolean hasTime() {
    return time != null;
  }

  /**
   * The instant this date stands for, taking midnight for a bare day and UTC for an unknown offset;
   * for ordering only.
   */
  public Instant approximateInstant() {
    LocalTime t = time == null ? LocalTime.MIDNIGHT : time;
    ZoneOffset z = offset == null ? ZoneOffset.UTC : offset;
    return OffsetDateTime.of(date, t, z).toInstant();
  }

  @Override
  public int compareTo(NewsDate o) {
    return approximateInstant().compareTo(o.approximateInstant());
  }

  @Override
  public String toString() {
    if (time == null) {
      return date.toString();
    }
    String t = DateTimeFormatter.ISO_LOCAL_TIME.format(time);
    if (time.getSecond() == 0 && t.length() == 5) {
      t = t + ":00";
    }
    return date + "T" + t + (offset == null ? "" : offset.getId());
  }
}
