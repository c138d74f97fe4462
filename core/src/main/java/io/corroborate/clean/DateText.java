package io.corroborate.clean;

import io.corroborate.model.NewsDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates news pages write: ISO-8601, RFC 1123, and written dates such as "January 14,
 * 2025", "14 Jan. 2025 09:30 GMT" or "Tuesday, 14 January 2025", in English, German, French,
 * Spanish, Italian, Portuguese, Dutch and Polish month names. Stateless and thread-safe.
 */
public final class DateText {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("januar", 1),
          Map.entry("janvier", 1),
          Map.entry("enero", 1),
          Map.entry("gennaio", 1),
          Map.entry("jänner", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("februar", 2),
          Map.entry("février", 2),
          Map.entry("fevrier", 2),
          Map.entry("febrero", 2),
          Map.entry("febbraio", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("märz", 3),
          Map.entry("maerz", 3),
          Map.entry("mars", 3),
          Map.entry("marzo", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("avril", 4),
          Map.entry("abril", 4),
          Map.entry("aprile", 4),
          Map.entry("may", 5),
          Map.entry("mai", 5),
          Map.entry("mayo", 5),
          Map.entry("maggio", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("juni", 6),
          Map.entry("juin", 6),
          Map.entry("junio", 6),
          Map.entry("giugno", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("juli", 7),
          Map.entry("juillet", 7),
          Map.entry("julio", 7),
          Map.entry("luglio", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("août", 8),
          Map.entry("aout", 8),
          Map.entry("agosto", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("septembre", 9),
          Map.entry("septiembre", 9),
          Map.entry("settembre", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("oktober", 10),
          Map.entry("octobre", 10),
          Map.entry("octubre", 10),
          Map.entry("ottobre", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("novembre", 11),
          Map.entry("noviembre", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12),
          Map.entry("dezember", 12),
          Map.entry("décembre", 12),
          Map.entry("decembre", 12),
          Map.entry("diciembre", 12),
          Map.entry("dicembre", 12),
          // Portuguese
          Map.entry("janeiro", 1),
          Map.entry("fevereiro", 2),
          Map.entry("março", 3),
          Map.entry("marco", 3),
          Map.entry("maio", 5),
          Map.entry("junho", 6),
          Map.entry("julho", 7),
          Map.entry("setembro", 9),
          Map.entry("outubro", 10),
          Map.entry("novembro", 11),
          Map.entry("dezembro", 12),
          // Dutch
          Map.entry("januari", 1),
          Map.entry("februari", 2),
          Map.entry("maart", 3),
          Map.entry("mei", 5),
          Map.entry("augustus", 8),
          // Polish (genitive, as dates write them)
          Map.entry("stycznia", 1),
          Map.entry("lutego", 2),
          Map.entry("marca", 3),
          Map.entry("kwietnia", 4),
          Map.entry("maja", 5),
          Map.entry("czerwca", 6),
          Map.entry("lipca", 7),
          Map.entry("sierpnia", 8),
          Map.entry("września", 9),
          Map.entry("października", 10),
          Map.entry("listopada", 11),
          Map.entry("grudnia", 12));

  private static final String MONTH = "(\\p{L}{3,12})\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?" + MONTH + "\\s+(?:de\\s+)?(\\d{4})");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern NUMERIC_DAY =
      Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
  private static final Pattern TIME =
      Pattern.compile("(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?");
  private static final Pattern LEFTOVER =
      Pattern.compile(
          "(?:published|updated|posted|date|last updated|modified|on|at|um|le|à|a las|alle|"
              + "aktualisiert|veröffentlicht|veröffentlichung|erstellt|geändert|stand|am|vom|"
              + "datum|mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|news date|"
              + "\\.|"
              + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
              + "mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
              + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
              + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
              + "uhr|et|est|edt|pt|pst|pdt|ct|cst|cdt|gmt|utc|bst|cet|cest|ist|jst|kst|aest|"
              + "[+-]\\d{2}:?\\d{2}|[|,:;/()\\-\u2013\u2014\u00b7\u2022]|\\s)*");

  private DateText() {}

  /**
   * Whether a lower-case word belongs to how dates are written (a month or weekday name, a label
   * such as "posted" or "updated", "at", a time zone) rather than to what a line says beside them.
   */
  static boolean isCalendarWord(String lower) {
    return MONTHS.containsKey(lower) || LEFTOVER.matcher(lower).matches();
  }

  /**
   * The date of a line that consists only of a date (with optional weekday, time, zone and a
   * "Published"-style label), or null when the line says anything else.
   */
  public static NewsDate parseDateLine(String line) {
    if (line == null || line.length() > 80) {
      return null;
    }
    String lower = line.toLowerCase(Locale.ROOT).strip();
    Found found = find(lower);
    if (found == null) {
      return null;
    }
    String rest = lower.substring(0, found.start) + " " + lower.substring(found.end);
    Matcher t = TIME.matcher(rest);
    String withoutTime =
        t.find() ? rest.substring(0, t.start()) + " " + rest.substring(t.end()) : rest;
    if (!LEFTOVER.matcher(withoutTime).matches()) {
      return null;
    }
    return found.date;
  }

  /**
   * Parses a date in any of the supported forms anywhere in a short string (a meta tag's value, a
   * JSON field), or null.
   */
  public static NewsDate parse(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.isEmpty() || s.length() > 100) {
      return null;
    }
    try {
      return NewsDate.parse(s);
    } catch (IllegalArgumentException e) {
      // not ISO; try the others
    }
    try {
      return NewsDate.of(OffsetDateTime.parse(s.replace(' ', 'T')));
    } catch (DateTimeParseException e) {
      // next
    }
    if (s.length() >= 20 && s.charAt(10) == ' ') {
      try {
        return NewsDate.parse(s.substring(0, 10) + "T" + s.substring(11).strip());
      } catch (IllegalArgumentException e) {
        // next
      }
    }
    try {
      ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      return NewsDate.of(z.toOffsetDateTime());
    } catch (DateTimeParseException e) {
      // next
    }
    Found found = find(s.toLowerCase(Locale.ROOT));
    return found == null ? null : found.date;
  }

  private record Found(NewsDate date, int start, int end) {}

  private static Found find(String lower) {
    Matcher m = ISO_DAY.matcher(lower);
    if (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return withTime(lower, d, m.start(), m.end());
      }
    }
    m = MONTH_DAY_YEAR.matcher(lower);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(1));
      if (month != null) {
        LocalDate d = date(m.group(3), String.valueOf(month), m.group(2));
        if (d != null) {
          return withTime(lower, d, m.start(), m.end());
        }
      }
    }
    m = DAY_MONTH_YEAR.matcher(lower);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(2));
      if (month != null) {
        LocalDate d = date(m.group(3), String.valueOf(month), m.group(1));
        if (d != null) {
          return withTime(lower, d, m.start(), m.end());
        }
      }
    }
    m = NUMERIC_DAY.matcher(lower);
    if (m.find()) {
      // day first, as most of the world writes it, unless that is impossible
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      LocalDate d =
          a > 12 || b <= 12
              ? date(m.group(3), m.group(2), m.group(1))
              : date(m.group(3), m.group(1), m.group(2));
      if (d != null) {
        return new Found(NewsDate.of(d), m.start(), m.end());
      }
    }
    return null;
  }

  private static Found withTime(String lower, LocalDate d, int start, int end) {
    if (end < lower.length() && lower.charAt(end) == 't') {
      try {
        String rest = lower.substring(end + 1);
        int stop = 0;
        while (stop < rest.length() && "0123456789:.+-z".indexOf(rest.charAt(stop)) >= 0) {
          stop++;
        }
        String iso = d + "T" + rest.substring(0, stop).toUpperCase(Locale.ROOT);
        return new Found(NewsDate.parse(iso), start, end + 1 + stop);
      } catch (IllegalArgumentException e) {
        return new Found(NewsDate.of(d), start, end);
      }
    }
    Matcher t = TIME.matcher(lower);
    if (t.find(end) && t.start() - end <= 4) {
      try {
        int h = Integer.parseInt(t.group(1));
        int min = Integer.parseInt(t.group(2));
        String ampm = t.group(4);
        if (ampm != null) {
          boolean pm = ampm.startsWith("p");
          if (h == 12) {
            h = pm ? 12 : 0;
          } else if (pm) {
            h += 12;
          }
        }
        LocalTime time = LocalTime.of(h, min);
        ZoneOffset offset = zone(lower.substring(t.end()));
        return new Found(new NewsDate(d, time, offset), start, t.end());
      } catch (DateTimeException e) {
        return new Found(NewsDate.of(d), start, end);
      }
    }
    return new Found(NewsDate.of(d), start, end);
  }

  private static ZoneOffset zone(String after) {
    String s = after.strip();
    if (s.startsWith("gmt") || s.startsWith("utc") || s.startsWith("z ") || s.equals("z")) {
      return ZoneOffset.UTC;
    }
    return null;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2200) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
