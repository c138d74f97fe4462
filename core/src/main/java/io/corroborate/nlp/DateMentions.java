package io.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import io.corroborate.util.WordLists;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates an article mentions, from SUTime in CoreNLP's entity layer, resolved here against a
 * reference date (the article's) when one is given. SUTime is never told the article's date: its
 * own resolution of relative dates keeps state from one document to the next (CoreNLP issue 1061: a
 * "Friday" read after other articles can resolve to another week than when read first), and an
 * article's analysis must not depend on what was analysed before it. So SUTime leaves relative
 * values open ({@code XXXX-WXX-2}, {@code OFFSET P-1D}, {@code THIS P1W OFFSET P-1W}) and they are
 * anchored here: a bare weekday is the latest such day on or before the reference, as news reports
 * past events, or the next one on or after it when the verb it goes with points ahead (will, would,
 * could, should, shall, going to: SUTime's own cues). Stateless and thread-safe.
 */
public final class DateMentions {

  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
  private static final Pattern OPEN_DAY = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})");
  private static final Pattern OPEN_MONTH = Pattern.compile("^XXXX-(\\d{2})$");
  private static final Pattern WEEKDAY = Pattern.compile("^XXXX-WXX-(\\d)");
  private static final Pattern WEEKDAY_OFFSET =
      Pattern.compile("^XXXX-WXX-(\\d)\\S* OFFSET P(-?\\d{1,3})W$");
  private static final Pattern OFFSET = Pattern.compile("^OFFSET P(-?\\d{1,4})([DWMY])$");
  private static final Pattern THIS =
      Pattern.compile("^THIS P1([DWMY])(?: OFFSET P(-?\\d{1,4})([DWMY]))?$");

  /** Modals that point ahead (resource {@code dates.txt}). */
  private static final Set<String> AHEAD =
      WordLists.read(DateMentions.class, "dates.txt").get("future-modals");

  private DateMentions() {}

  /**
   * The dates of an analysed article, relative ones resolved against {@code reference} (null: left
   * unresolved unless SUTime knew the article's date).
   */
  public static List<DateMention> of(AnalyzedArticle article, LocalDate reference) {
    List<DateMention> raw =
        article.derived(
            DateMentions.class,
            a -> a.body().isBlank() ? List.of() : of(a.annotation(Layer.NER), a.body(), null));
    if (reference == null) {
      return raw;
    }
    List<DateMention> out = new ArrayList<>(raw.size());
    for (DateMention d : raw) {
      out.add(
          d.resolved()
              ? d
              : resolve(
                  d.text(), d.start(), d.end(), d.value(), reference, d.sentence(), d.ahead()));
    }
    return out;
  }

  /** The dates of a CoreNLP annotation with entity mentions. */
  public static List<DateMention> of(Annotation annotation, String text, LocalDate reference) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return List.of();
    }
    List<DateMention> out = new ArrayList<>();
    int index = 0;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
          if (!"DATE".equals(tag) && !"TIME".equals(tag)) {
            continue;
          }
          Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          if (begin == null || end == null || begin < 0 || end > text.length() || begin > end) {
            continue;
          }
          Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
          String value = timex != null ? timex.value() : null;
          if (value == null) {
            value = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
          }
          if (value == null) {
            continue;
          }
          out.add(
              resolve(
                  text.substring(begin, end),
                  begin,
                  end,
                  value,
                  reference,
                  index,
                  pointsAhead(tokens, begin, end)));
        }
      }
      index++;
    }
    return List.copyOf(out);
  }

  /** A mention with its value resolved as far as the value and the reference allow. */
  static DateMention resolve(
      String text,
      int start,
      int end,
      String value,
      LocalDate reference,
      int sentence,
      boolean ahead) {
    LocalDate date = null;
    DateGranularity g = null;
    try {
      Matcher m;
      if ((m = DAY.matcher(value)).find()) {
        date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        g = DateGranularity.DAY;
      } else if ((m = WEEK.matcher(value)).find()) {
        date =
            LocalDate.of(num(m, 1), 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        g = DateGranularity.WEEK;
      } else if ((m = MONTH.matcher(value)).find()) {
        date = LocalDate.of(num(m, 1), num(m, 2), 1);
        g = DateGranularity.MONTH;
      } else if ((m = YEAR.matcher(value)).find()) {
        date = LocalDate.of(num(m, 1), 1, 1);
        g = DateGranularity.YEAR;
      } else if (reference != null) {
        if ((m = OPEN_DAY.matcher(value)).find()) {
          LocalDate d = LocalDate.of(reference.getYear(), num(m, 1), num(m, 2));
          date = d.isAfter(reference.plusDays(7)) ? d.minusYears(1) : d;
          g = DateGranularity.DAY;
        } else if ((m = OPEN_MONTH.matcher(value)).find()) {
          LocalDate d = LocalDate.of(reference.getYear(), num(m, 1), 1);
          date = d.isAfter(reference) ? d.minusYears(1) : d;
          g = DateGranularity.MONTH;
        } else if ((m = WEEKDAY_OFFSET.matcher(value)).find()) {
          // "last Friday": the Friday of the week before the reference's
          int dow = num(m, 1);
          if (dow >= 1 && dow <= 7) {
            date = reference.with(DayOfWeek.of(dow)).plusWeeks(num(m, 2));
            g = DateGranularity.DAY;
          }
        } else if ((m = WEEKDAY.matcher(value)).find()) {
          int dow = num(m, 1);
          if (dow >= 1 && dow <= 7) {
            date =
                reference.with(
                    ahead
                        ? TemporalAdjusters.nextOrSame(DayOfWeek.of(dow))
                        : TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)));
            g = DateGranularity.DAY;
          }
        } else if ((m = OFFSET.matcher(value)).find()) {
          // "yesterday", "two weeks ago", "next month"
          g = granularity(m.group(2).charAt(0));
          date = start(shift(reference, num(m, 1), m.group(2).charAt(0)), g);
        } else if ((m = THIS.matcher(value)).find()) {
          // "today", "this week", "last month" (THIS P1M OFFSET P-1M)
          g = granularity(m.group(1).charAt(0));
          LocalDate d =
              m.group(2) == null ? reference : shift(reference, num(m, 2), m.group(3).charAt(0));
          date = start(d, g);
        } else if (value.startsWith("PRESENT_REF")) {
          date = reference;
          g = DateGranularity.DAY;
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      date = null;
      g = null;
    }
    return new DateMention(text, start, end, value, date, g, sentence, ahead);
  }

  private static DateGranularity granularity(char unit) {
    return switch (unit) {
      case 'D' -> DateGranularity.DAY;
      case 'W' -> DateGranularity.WEEK;
      case 'M' -> DateGranularity.MONTH;
      default -> DateGranularity.YEAR;
    };
  }

  private static LocalDate shift(LocalDate d, int n, char unit) {
    return switch (unit) {
      case 'D' -> d.plusDays(n);
      case 'W' -> d.plusWeeks(n);
      case 'M' -> d.plusMonths(n);
      default -> d.plusYears(n);
    };
  }

  /** The first day of the period of granularity {@code g} that holds {@code d}. */
  private static LocalDate start(LocalDate d, DateGranularity g) {
    return switch (g) {
      case DAY -> d;
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  /**
   * Whether the verb the date at {@code [begin, end)} goes with points ahead: the nearest verb
   * before it in its sentence (else the nearest after it), with the auxiliaries, adverbs and "to"
   * just before that verb, holds a modal of the future ("will stay closed until Friday", "would
   * resign on Monday", "is going to open on Friday"); "said on Tuesday" and "hit on Friday" do not.
   */
  static boolean pointsAhead(List<CoreLabel> tokens, int begin, int end) {
    if (tokens == null) {
      return false;
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() < end && t.endPosition() > begin) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return false;
    }
    int verb = -1;
    for (int i = first - 1; i >= 0 && verb < 0; i--) {
      if (isVerb(tokens.get(i))) {
        verb = i;
      }
    }
    for (int i = last + 1; i < tokens.size() && verb < 0; i++) {
      if (isVerb(tokens.get(i))) {
        verb = i;
      }
    }
    for (int i = verb; i >= 0 && inVerbGroup(tokens.get(i)); i--) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (AHEAD.contains(w)
          || w.equals("going")
              && i + 1 < tokens.size()
              && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(CoreLabel t) {
    String tag = t.tag();
    return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
  }

  private static boolean inVerbGroup(CoreLabel t) {
    String tag = t.tag();
    return tag != null
        && (tag.startsWith("VB") || tag.equals("MD") || tag.equals("RB") || tag.equals("TO"));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
